package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.pipeline.Workspace;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;

/** {@code crawl --max-articles N} indexes exactly N articles, however far the fetching runs ahead of indexing. */
class CrawlLimitTest {

    @TempDir
    Path tmp;

    @Test
    void maxArticlesIsExactAtAFastRate() throws Exception {
        try (ReplicaServer replica = ReplicaCrawling.replica(120, Set.of(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Path data = tmp.resolve("data");
            Path profile = ReplicaCrawling.profile(tmp);
            String origin = replica.baseUri().toString().replaceAll("/$", "");
            for (int run = 1; run <= 2; run++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "crawl", "--site",
                        profile.toString(), "--origin", origin, "--rate", "500", "--max-articles", "10", "--data",
                        data.toString());
                assertThat(code).as("stderr: %s", err).isZero();
                assertThat(out.toString()).contains("10 bài được lập chỉ mục", "Đã dừng sau 10 bài theo --max-articles");
                try (Workspace ws = Workspace.open(data)) {
                    assertThat(ws.index().count()).as("articles after run %d", run).isEqualTo(10 * run);
                }
            }
        }
    }
}
