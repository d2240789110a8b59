package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import vn.khotin.replica.Fault;
import vn.khotin.replica.RecordedRequest;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.Workspace;

/**
 * {@code kill -9} at five random moments of one crawl, resuming after each: nothing is lost, nothing is
 * indexed twice, every WARC file reads to its end, and no article is fetched again needlessly. The crawl
 * runs in a child JVM (the replica stays in this one, so its request log spans all the attempts).
 */
class CrawlKillResumeTest {

    private static final Pattern ARTICLE = Pattern.compile("-post\\d+\\.html$");

    @TempDir
    Path tmp;

    @Test
    void killedFiveTimesTheCrawlStillEndsWithEveryArticleOnce() throws Exception {
        Random random = new Random(20260304L);
        try (ReplicaServer replica = ReplicaCrawling.replica(500, ReplicaCrawling.faults(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Path data = tmp.resolve("data");
            Path profile = ReplicaCrawling.profile(tmp);
            String origin = replica.baseUri().toString().replaceAll("/$", "");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    Main.class.getName(), "crawl", "--site", profile.toString(), "--origin", origin,
                    "--rate", "150", "--data", data.toString());
            int killed = 0;
            long before = 0;
            for (int k = 0; k < 5; k++) {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile())).start();
                // kill once the child is crawling: after some new requests reach the replica, plus a random delay
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                long target = before + 20 + random.nextInt(150);
                while (replica.requests().size() < target && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(300));
                if (p.isAlive()) {
                    p.destroyForcibly();
                    killed++;
                }
                p.waitFor(30, TimeUnit.SECONDS);
                before = replica.requests().size();
            }
            assertThat(killed).as("kills that hit a running crawl").isEqualTo(5);

            var last = ReplicaCrawling.crawl(replica, profile, data, 150);
            assertThat(last.code()).as("final run; stderr: %s", last.err()).isZero();

            Set<Long> expected = CrawlAcceptanceTest.expectedArticles(replica);
            try (Workspace ws = Workspace.open(data)) {
                for (long id : expected) {
                    assertThat(ws.index().captureInfo(id)).as("article %d indexed", id).isPresent();
                }
                assertThat(ws.index().count()).isEqualTo(expected.size());
                List<Path> files = ws.archive().files();
                assertThat(files).hasSizeGreaterThanOrEqualTo(6);
                for (Path f : files) {
                    readToTheEnd(f);
                }
            }

            // Each kill may cost the one article in flight; nothing else is fetched twice.
            Map<String, Long> fullFetches = replica.requests().stream()
                    .filter(r -> r.status() == 200 && r.fault() == null && ARTICLE.matcher(r.path()).find())
                    .collect(Collectors.groupingBy(RecordedRequest::path, Collectors.counting()));
            long refetched = fullFetches.values().stream().mapToLong(n -> n - 1).sum();
            assertThat(refetched).as("articles fetched again after a kill").isLessThanOrEqualTo(5);
        }
    }

    /** Reads every record and its whole body with jwarc, strictly: a torn file fails here. */
    private static void readToTheEnd(Path file) throws Exception {
        try (WarcReader reader = new WarcReader(file)) {
            int n = 0;
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                r.get().body().stream().transferTo(java.io.OutputStream.nullOutputStream());
                n++;
            }
            assertThat(n).as("records in %s", file.getFileName()).isPositive();
        }
        assertThat(Files.size(file)).isPositive();
    }

}
