package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.pipeline.Workspace;

/**
 * Tools that only read (stats, eval related --index) work beside the process writing the data directory;
 * commands that must write say which process holds it and how to stop it; a wrong folder is a clear error.
 */
class ReadOnlyToolsTest {

    @TempDir
    Path tmp;

    /** Stories in three topics, each linking (as the editors do) to the other stories of its topic. */
    private static List<Article> stories(int from, int count) {
        String[][] topics = {
            {"Lũ lụt ở Hương Khê", "Nước sông Ngàn Sâu dâng cao, nhiều thôn ở Hương Khê bị chia cắt, lực lượng cứu hộ sơ tán người dân."},
            {"Cam bù Hương Sơn vào vụ", "Nông dân Hương Sơn thu hoạch cam bù, giá cam năm nay cao, thương lái về tận vườn thu mua."},
            {"Tuyển sinh lớp 10", "Sở Giáo dục Hà Tĩnh công bố chỉ tiêu tuyển sinh lớp 10 các trường trung học phổ thông công lập."},
        };
        List<Article> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String[] t = topics[i % 3];
            List<Long> related = new ArrayList<>();
            for (int j = from; j < from + count; j++) {
                if (j != i && j % 3 == i % 3) {
                    related.add(500_000L + j);
                }
            }
            out.add(new Article(500_000L + i, "https://baohatinh.vn/bai-post" + (500_000 + i) + ".html",
                    t[0] + " (" + i + ")", t[1], "", List.of(t[1], "Bài số " + i + ": " + t[1]), List.of(), "",
                    OffsetDateTime.of(2025, 1 + i % 12, 1 + i % 28, 8, 0, 0, 0, ZoneOffset.ofHours(7)), null, "Xã hội",
                    List.of(), List.of(t[0].split(" ")[0]), related, List.of(), ExtractionMethod.PROFILE));
        }
        return out;
    }

    private static void add(Workspace ws, List<Article> articles) throws Exception {
        for (Article a : articles) {
            ws.index().upsert(new IndexedArticle(a, null, Instant.now()));
        }
        ws.index().commit();
    }

    @Test
    void readOnlyToolsWorkWhileTheWriterHoldsTheDirectory() throws Exception {
        Path data = tmp.resolve("data");
        String pid = Long.toString(ProcessHandle.current().pid());
        try (Workspace writer = Workspace.open(data)) { // a server or crawl, holding khotin.lock and Lucene's lock
            writer.store(); // crawl.db exists, as it does beside a crawl
            add(writer, stories(0, 30));

            CliTest.Run stats = CliTest.run("stats", "--data", data.toString());
            assertThat(stats.code()).as(stats.err()).isZero();
            assertThat(stats.out()).containsPattern("(?m)^Bài trong chỉ mục: +30$").contains("PID " + pid);
            ReindexStatsTest.assertValuesInOneColumn(stats.out()); // the writer's row too

            add(writer, stories(30, 6)); // the writer goes on; the next look sees its new commit
            assertThat(CliTest.run("stats", "--data", data.toString()).out())
                    .containsPattern("(?m)^Bài trong chỉ mục: +36$");

            for (Path index : List.of(data.resolve("lucene"), data)) {
                CliTest.Run eval = CliTest.run("eval", "related", "--index", index.toString(), "--queries", "10");
                assertThat(eval.code()).as("eval related --index %s: %s", index, eval.err()).isZero();
                assertThat(eval.out()).contains("Khotin RelatedStories", "precision@5");
            }

            CliTest.Run crawl = CliTest.run("crawl", "--origin", "http://127.0.0.1:9", "--data", data.toString());
            assertThat(crawl.code()).isEqualTo(1);
            assertThat(crawl.err()).contains("PID " + pid, "kill " + pid, "stats");

            CliTest.Run work = CliTest.run("eval", "search", "--index", data.resolve("lucene").toString());
            assertThat(work.code()).isEqualTo(2);
            assertThat(work.err()).contains("kho đã thu thập", "thư mục làm việc").doesNotContain("Exception");
        }
    }

    @Test
    void statsWorksBesideAServerInAnotherProcess() throws Exception {
        Path data = tmp.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            ws.store();
            add(ws, stories(0, 12));
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                Main.class.getName(), "serve", "--port", "0", "--data", data.toString());
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (System.nanoTime() < deadline && (line = r.readLine()) != null && !line.contains("đang phục vụ")) {
                // wait until it serves
            }
            CliTest.Run stats = CliTest.run("stats", "--data", data.toString());
            assertThat(stats.code()).as(stats.err()).isZero();
            assertThat(stats.out()).containsPattern("(?m)^Bài trong chỉ mục: +12$").contains("PID " + server.pid());
            CliTest.Run reindex = CliTest.run("reindex", "--data", data.toString());
            assertThat(reindex.code()).isEqualTo(1);
            assertThat(reindex.err()).contains("PID " + server.pid(), "kill " + server.pid());
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    @Test
    void aWrongFolderIsAClearErrorAndStaysUntouched() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("anh-chup"));
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải chỉ mục");
        CliTest.Run eval = CliTest.run("eval", "related", "--index", folder.toString());
        assertThat(eval.code()).isEqualTo(2);
        assertThat(eval.err()).contains("không chứa chỉ mục Lucene").doesNotContain("\n\n");
        CliTest.Run stats = CliTest.run("stats", "--data", folder.toString());
        assertThat(stats.code()).isEqualTo(2);
        assertThat(stats.err()).contains("không phải thư mục dữ liệu của khotin");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ghi-chu.txt");
        }
        Path empty = tmp.resolve("data");
        try (Workspace ws = Workspace.open(empty)) {
            ws.store();
        }
        CliTest.Run none = CliTest.run("eval", "related", "--index", empty.toString());
        assertThat(none.code()).as("an archive without editors' links has nothing to score").isEqualTo(1);
        assertThat(none.err()).contains("không có bài nào mang liên kết");
    }
}
