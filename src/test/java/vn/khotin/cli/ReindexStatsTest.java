package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.Workspace;

/** {@code reindex} rebuilds the same index from WARC alone; {@code stats} reports the archive. */
class ReindexStatsTest {

    @TempDir
    Path tmp;

    @Test
    void reindexRebuildsTheIndexFromWarcAndStatsCountsIt() throws Exception {
        Path data = tmp.resolve("data");
        int articles;
        try (ReplicaServer replica = ReplicaCrawling.replica(60, Set.of(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            assertThat(ReplicaCrawling.crawl(replica, ReplicaCrawling.profile(tmp), data, 500).code()).isZero();
            articles = CrawlAcceptanceTest.expectedArticles(replica).size();
        } // the replica is gone: reindex must not need the network

        // Pretend the index was built by an older analysis: stats says to reindex, and the rebuild clears it.
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().analysisOutdated()).isFalse();
        }
        try (var directory = org.apache.lucene.store.FSDirectory.open(data.resolve("lucene"));
                var writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(vn.khotin.index.ArticleIndex.ANALYSIS_VERSION, "1").entrySet());
            writer.commit();
        }
        StringWriter before = new StringWriter();
        assertThat(Main.execute(new PrintWriter(before), new PrintWriter(new StringWriter()), "stats", "--data",
                data.toString())).isZero();
        assertThat(before.toString()).contains("phiên bản 1", "khotin reindex");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "reindex", "--data", data.toString());
        assertThat(code).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("Kho có " + articles + " bài");
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().count()).isEqualTo(articles);
        }

        StringWriter stats = new StringWriter();
        code = Main.execute(new PrintWriter(stats), new PrintWriter(err), "stats", "--data", data.toString());
        assertThat(code).isZero();
        assertThat(stats.toString()).contains("Bài trong chỉ mục:     " + articles, "Tệp WARC:", "Bài mới nhất:",
                "FETCHED").doesNotContain("khotin reindex");
    }
}
