package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.CrawlStatus;
import vn.khotin.replica.Fault;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.web.WebConfig;

/** What a running or stopped crawl tells the user: a time left that holds, and no "done" after a stop. */
class CrawlProgressTest {

    @TempDir
    Path tmp;

    @Test
    void timeLeftOfARunLimitedToSomeArticlesIsNotTheWholeFrontiers() throws Exception {
        try (ReplicaServer replica = ReplicaCrawling.replica(400, EnumSet.noneOf(Fault.class),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Options.Crawl crawl = new Options.Crawl();
            crawl.origin = replica.baseUri().toString();
            crawl.rate = 25.0;
            try (Serving serving = Serving.start(tmp.resolve("data"), WebConfig.defaults("127.0.0.1", 0),
                    crawl.profile(), 25, new PrintWriter(new StringWriter(), true), false)) {
                long t0 = System.nanoTime();
                serving.crawl().start();
                List<Long> etas = new ArrayList<>();
                long maxQueued = 0;
                while (true) {
                    CrawlStatus s = serving.crawl().status();
                    if (s.state() != CrawlStatus.State.RUNNING && s.state() != CrawlStatus.State.STOPPING
                            && System.nanoTime() - t0 > 500_000_000L) {
                        break;
                    }
                    if (s.etaSeconds() != null) {
                        etas.add(s.etaSeconds());
                    }
                    maxQueued = Math.max(maxQueued, s.queued());
                    Thread.sleep(50);
                }
                double took = (System.nanoTime() - t0) / 1e9;
                assertThat(maxQueued).as("the frontier is long (the sitemaps list every article)").isGreaterThan(200);
                assertThat(etas).isNotEmpty();
                // An estimate over the whole frontier (hundreds of URLs) would say minutes; one over the articles
                // left says about the run's length. The first estimates come from a slow start on a loaded machine
                // (CI), hence the margin.
                assertThat(etas).as("time left (s) of a run that took %.1f s", took)
                        .allMatch(eta -> eta <= 4 * took + 10);
            }
        }
    }

    @Test
    void demoStoppedByTheArticleLimitNeverSaysItIsDone() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                Main.class.getName(), "demo", "--max-articles", "3", "--port", "0", "--data",
                tmp.resolve("demo").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(vn.khotin.web.WebConfig.ADMIN_TOKEN_ENV);
        Process p = builder.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (line.contains("Nhấn Ctrl-C")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
        assertThat(out.toString()).contains("Đã dừng sau", "--max-articles", "Vẫn đang phục vụ tìm kiếm")
                .doesNotContain("Đã thu thập xong", "Đã dừng giữa chừng");
        // with no admin token the admin action is off (403): the hint says how to turn it on
        assertThat(out.toString()).contains("đặt biến KHOTIN_ADMIN_TOKEN").doesNotContain("(thu thập lại: POST");
    }
}
