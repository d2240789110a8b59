package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.pipeline.ImportIds;
import vn.khotin.pipeline.Workspace;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
import vn.khotin.web.CrawlControl;
import vn.khotin.web.TokenAnalysis;
import vn.khotin.web.WebConfig;
import vn.khotin.web.WebServer;

/**
 * {@code khotin import} as a new user meets it: an archive imported from the corpus form, served, exported as
 * JSON Lines and imported into another data directory keeps its article IDs; a file of nothing but malformed
 * lines is a failure (exit 1); and an imported article's "bản lưu gốc" is the record of its import.
 */
class ImportRoundTripTest {

    private static final String CORPUS = String.join("\n",
            "{\"id\": \"baomoi-21395276\", \"title\": \"Cầu Cửa Hội thông xe\", \"sapo\": \"Cây cầu nối Nghệ An và "
                    + "Hà Tĩnh.\", \"body\": \"Đoạn đầu của bài.\\nĐoạn sau của bài.\", \"date\": \"2024-09-02\", "
                    + "\"category\": \"Xã hội\", \"source\": \"Báo Mới\"}",
            "{\"id\": \"unc-news_sport_001\", \"title\": \"Đội bóng Hồng Lĩnh Hà Tĩnh thắng trận sân nhà\", "
                    + "\"sapo\": \"Chiều qua, đội bóng giành ba điểm.\", \"body\": \"Đoạn một.\\nĐoạn hai.\", "
                    + "\"date\": \"2021-05-03\", \"category\": \"sport\", \"source\": \"unc\"}",
            "{\"id\": 4242, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path corpus() throws Exception {
        return Files.writeString(tmp.resolve("tin.jsonl"), CORPUS, StandardCharsets.UTF_8);
    }

    private WebServer serve(Workspace ws) {
        ArticleSearch search = new ArticleSearch(ws.index());
        return WebServer.start(search, new RelatedStories(ws.index(), search), WebConfig.defaults("127.0.0.1", 0),
                CrawlControl.unavailable(), Serving.captures(ws), TokenAnalysis.unavailable());
    }

    private HttpResponse<String> get(WebServer web, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anExportOfAnImportedArchiveImportsAgainWithTheSameIds() throws Exception {
        Path d1 = tmp.resolve("d1");
        Path d2 = tmp.resolve("d2");
        assertThat(CliTest.run("import", corpus().toString(), "--data", d1.toString(), "--threads", "1").code())
                .isZero();
        Path export = tmp.resolve("xuat.jsonl");
        try (Workspace ws = Workspace.open(d1); WebServer web = serve(ws)) {
            // all fields: the body and the source mark go along, so the copy is whole and cites its publisher
            HttpResponse<String> r = get(web, "/api/v1/export?format=jsonl&fields=all&q=");
            assertThat(r.statusCode()).isEqualTo(200);
            Files.writeString(export, r.body(), StandardCharsets.UTF_8);
        }
        long hashed = ImportIds.ofString("baomoi-21395276");
        assertThat(Files.readString(export)).contains("\"id\":" + hashed);

        CliTest.Run again = CliTest.run("import", export.toString(), "--data", d2.toString(), "--threads", "1");

        assertThat(again.err()).isEmpty();
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Xong: nhập 3 bài", "0 dòng lỗi");
        try (Workspace ws = Workspace.open(d2); WebServer web = serve(ws)) {
            assertThat(ws.index().articleIds()).containsExactlyInAnyOrder(hashed,
                    ImportIds.ofString("unc-news_sport_001"), 4242L);
            assertThat(get(web, "/api/v1/articles/" + hashed).body()).contains("Cầu Cửa Hội thông xe",
                    "\"source\":\"Báo Mới\"");
        }
        // a rerun, and the corpus lines the export came from, find every article already there
        CliTest.Run rerun = CliTest.run("import", export.toString(), "--data", d2.toString(), "--threads", "1");
        assertThat(rerun.code()).isZero();
        assertThat(rerun.out()).contains("Xong: nhập 0 bài", "bỏ qua 3 bài đã có", "Kho có 3 bài");
        CliTest.Run source = CliTest.run("import", corpus().toString(), "--data", d2.toString(), "--threads", "1");
        assertThat(source.out()).contains("bỏ qua 3 bài đã có", "Kho có 3 bài");
    }

    @Test
    void aFileOfOnlyMalformedLinesIsAFailureWithAVietnameseSummary() throws Exception {
        Path bad = Files.writeString(tmp.resolve("hong.jsonl"), String.join("\n",
                "{\"id\": 9007199254740992, \"title\": \"Quá lớn cho JavaScript\"}",
                "{\"title\": \"Không có id\"}", "không phải JSON") + "\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("d");

        CliTest.Run r = CliTest.run("import", bad.toString(), "--data", data.toString(), "--threads", "1");

        assertThat(r.code()).isEqualTo(UserException.RUNTIME);
        assertThat(r.out()).contains("Xong: nhập 0 bài", "3 dòng lỗi");
        assertThat(r.err()).contains("Dòng 1: id số phải từ 1 đến 9007199254740991, không phải 9007199254740992");
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines.getLast())
                .isEqualTo("Lỗi: Không nhập được bài nào từ hong.jsonl: 3 dòng lỗi, không dòng nào dùng được "
                        + "(lý do từng dòng ở trên).");

        // one good line is enough for success, and its rerun (the bad lines again, the good one present) too
        Files.writeString(bad, CORPUS.lines().findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(CliTest.run("import", bad.toString(), "--data", data.toString(), "--threads", "1").code())
                .isZero();
        assertThat(CliTest.run("import", bad.toString(), "--data", data.toString(), "--threads", "1").code())
                .isZero();
    }

    @Test
    void anImportedArticlesOriginalRecordIsTheLineItWasImportedFrom() throws Exception {
        Path data = tmp.resolve("d");
        assertThat(CliTest.run("import", corpus().toString(), "--data", data.toString(), "--threads", "1").code())
                .isZero();
        long id = ImportIds.ofString("unc-news_sport_001");
        try (Workspace ws = Workspace.open(data); WebServer web = serve(ws)) {
            String page = get(web, "/bai/" + id).body();
            assertThat(page).contains("href=\"/bai/" + id + "/ban-luu\"", "(nhập từ tệp, không tải từ web)");

            HttpResponse<String> raw = get(web, "/bai/" + id + "/ban-luu");

            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(raw.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
            assertThat(raw.body()).contains("Bài này không được thu thập từ web: nó được nhập từ một tệp JSON Lines",
                    "Tệp nguồn: tin.jsonl, dòng 2", "Mã bài trong tệp: unc-news_sport_001",
                    "Địa chỉ ghi trong bản ghi: urn:khotin:import:unc-news_sport_001",
                    CORPUS.lines().toList().get(1));
            assertThat(raw.headers().firstValue("X-Khotin-Warc-Record").orElse("")).contains(".warc");
        }
    }
}
