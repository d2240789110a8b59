package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.replica.Fault;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.Workspace;

/**
 * {@code reindex} rebuilds the same index from WARC alone and accounts for every record it read; {@code stats}
 * reports the archive.
 */
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
        // what the rebuild brings, version by version (it had said "to find compound words" whatever the version)
        assertThat(before.toString()).contains("phiên bản 1", "khotin reindex", "gộp các bản đăng lại cùng tiêu đề",
                "không khớp qua dấu chấm câu");

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
        String shown = stats.toString();
        assertThat(shown).containsPattern("(?m)^Bài trong chỉ mục: +" + articles + "$")
                .containsPattern("(?m)^Bài mới nhất: +\\d\\d/\\d\\d/\\d{4}") // in Vietnam time, as the web shows dates
                .containsPattern("(?m)^Phản hồi theo mã HTTP: +200: \\d+") // "200 970" read as one number
                .containsPattern("(?m)^URL theo trạng thái: +\\d+ \\(đã tải: \\d+")
                .containsPattern("(?m)^URL theo loại: +\\d+ \\(.*bài: \\d+")
                .containsPattern("(?m)^Chỉ mục trên đĩa: +[\\d,]+ [KM]iB$")
                .doesNotContain("khotin reindex", "FETCHED", "ARTICLE", "capture");
        try (CrawlStore store = CrawlStore.openReadOnly(data.resolve("crawl.db"))) {
            assertThat(shown).containsPattern("(?m)^Bản lưu từ thu thập: +" + store.captureCount() + "$");
        }
        assertValuesInOneColumn(shown);
    }

    /** Every row's value starts in the same column, after its label and colon. */
    static void assertValuesInOneColumn(String stats) {
        List<Integer> columns = new ArrayList<>();
        for (String line : stats.strip().lines().toList()) {
            int colon = line.indexOf(':');
            assertThat(colon).as(line).isPositive();
            int value = colon + 1;
            while (value < line.length() && line.charAt(value) == ' ') {
                value++;
            }
            columns.add(value);
        }
        assertThat(new HashSet<>(columns)).as(stats).hasSize(1);
    }

    @Test
    void reindexAccountsForEveryRecordItReads() throws Exception {
        Path data = tmp.resolve("data");
        try (ReplicaServer replica = ReplicaCrawling.replica(40, EnumSet.of(Fault.TRUNCATED_BODY, Fault.CONDITIONAL,
                Fault.INTERMITTENT_500, Fault.NON_HTML, Fault.REDIRECTS),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Path profile = ReplicaCrawling.profile(tmp);
            assertThat(ReplicaCrawling.crawl(replica, profile, data, 500).code()).isZero();
            assertThat(ReplicaCrawling.crawl(replica, profile, data, 500).code()).as("revisits: 304s").isZero();
        }
        long captures;
        try (CrawlStore store = CrawlStore.openReadOnly(data.resolve("crawl.db"))) {
            captures = store.captureCount();
        }

        CliTest.Run reindex = CliTest.run("reindex", "--data", data.toString());

        assertThat(reindex.code()).as(reindex.err()).isZero();
        Matcher done = Pattern.compile("Xong: đọc ([\\d.]+) bản lưu \\(([\\d.]+) trang đã tải\\), lập chỉ mục ([\\d.]+) "
                + "lượt bài, bỏ qua ([\\d.]+) bản lưu").matcher(reindex.out());
        assertThat(done.find()).as(reindex.out()).isTrue();
        assertThat(number(done.group(1))).as("every capture the crawl recorded is read").isEqualTo(captures)
                .isEqualTo(number(done.group(2)));
        assertThat(number(done.group(3)) + number(done.group(4))).as("indexed + skipped").isEqualTo(captures);
        assertThat(reindex.out()).contains("Bỏ qua: ", "phản hồi HTTP khác 200 (", "trang bị cắt ngang khi tải",
                "lần tải lại không đổi (304)", "trang không phải bài (", "không phải HTML: ");
    }

    private static long number(String vietnamese) {
        return Long.parseLong(vietnamese.replace(".", ""));
    }

    @Test
    void reindexOfAnImportedArchiveCountsItsRecordsAndGetsPastOneTheIndexRefused() throws Exception {
        Path input = Files.writeString(tmp.resolve("bai.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 77, \"title\": \"Chuyên mục quá dài\", \"body\": \"Đoạn.\", \"category\": \""
                        + "x".repeat(40_000) + "\"}",
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        CliTest.Run imported = CliTest.run("import", input.toString(), "--data", data.toString(), "--threads", "1");
        assertThat(imported.out()).contains("Xong: nhập 2 bài", "1 dòng lỗi");

        CliTest.Run reindex = CliTest.run("reindex", "--data", data.toString());

        assertThat(reindex.code()).as(reindex.err()).isZero(); // it used to stop at the refused article, index wiped
        assertThat(reindex.out()).contains("1 tệp WARC (",
                "Xong: đọc 3 bản lưu (3 bài nhập), lập chỉ mục 2 lượt bài, bỏ qua 1 bản lưu",
                "Kho có 2 bài.", "Bỏ qua: 1 bài bị chỉ mục từ chối");
        assertThat(data.resolve("crawl.db")).as("no crawl state made up for an archive never crawled").doesNotExist();

        CliTest.Run stats = CliTest.run("stats", "--data", data.toString());
        assertThat(stats.out()).containsPattern("(?m)^Bài trong chỉ mục: +2$")
                .containsPattern("(?m)^Thu thập: +chưa chạy lần nào \\(bài trong chỉ mục đến từ import\\)$")
                .doesNotContain("Bản lưu", "URL theo");
        assertValuesInOneColumn(stats.out());
    }
}
