package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.web.WebServer;
import vn.khotin.pipeline.ReindexReporting;
import vn.khotin.pipeline.Workspace;
import vn.khotin.pipeline.SiteProfile;

/** Exit codes and one-line errors of the command line. */
class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("serve", "crawl", "run", "reindex", "stats", "analyze", "replica", "demo");
    }

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        Run root = run("--help");
        assertThat(root.out().replaceAll("\\s+", " ")).contains("analyze In các token mà bộ phân tích tiếng Việt tạo ra cho một đoạn văn bản.");
        assertThat(run("bench", "--help").out().replaceAll("\\s+", " "))
                .contains("analysis Đo tốc độ phân tích văn bản (MB/s, token/s) của bộ phân tích tiếng Việt so với StandardAnalyzer.");
        // the list of commands shows each description's first line: it must end a sentence, never stop mid-way
        List<String> cut = new ArrayList<>();
        eachCommand(new CommandLine(new Main()), c -> {
            String[] description = c.getCommandSpec().usageMessage().description();
            boolean listed = c.getParent() != null; // the root has a header, not a summary in any list
            if (listed && (description.length == 0 || !description[0].strip().endsWith("."))) {
                cut.add(c.getCommandSpec().qualifiedName() + ": " + (description.length == 0 ? "" : description[0]));
            }
        });
        assertThat(cut).as("summaries that do not end a sentence").isEmpty();
    }

    @Test
    void everyOptionValueHasAVietnamesePlaceholder() {
        List<String> unnamed = new ArrayList<>();
        eachCommand(new CommandLine(new Main()), c -> {
            for (OptionSpec o : c.getCommandSpec().options()) {
                boolean takesValue = o.typeInfo().getType() != boolean.class && o.typeInfo().getType() != Boolean.class;
                if (takesValue && !o.paramLabel().matches("[A-ZĐÀ-Ỹ_/]+")) {
                    unnamed.add(c.getCommandSpec().qualifiedName() + " " + o.longestName() + "=" + o.paramLabel());
                }
            }
        });
        assertThat(unnamed).as("options shown with picocli's <field> placeholder").isEmpty();
    }

    @Test
    void numbersPrintTheVietnameseWay() {
        var done = new vn.khotin.pipeline.ReindexReporting.Result(1_500, 82_000, 82_102, java.util.Map.of(
                vn.khotin.pipeline.ReindexReporting.Skip.HTTP_STATUS, java.util.Map.of("429", 1_398L)), java.util.Map.of(), 0,
                true, java.time.Duration.ofSeconds(1_234));
        assertThat(ReindexConsole.summary(done, 1_500_000)).containsExactly(
                "Xong: đọc 83.500 bản lưu (1.500 trang đã tải, 82.000 bài nhập), lập chỉ mục 82.102 lượt bài, bỏ qua "
                        + "1.398 bản lưu, trong 20 phút 34 giây. Kho có 1.500.000 bài.",
                "Bỏ qua: 1.398 phản hồi HTTP khác 200 (429: 1.398).");
        assertThat(Numbers.decimal(2.5)).isEqualTo("2,5");
        assertThat(Numbers.decimal2(1234.5)).isEqualTo("1.234,50");
    }

    @Test
    void everyCorpusCommandGivesTheSameMessageForAMissingCorpus() {
        String missing = tmp.resolve("khong-co.jsonl.gz").toString();
        for (String command : List.of("bench analysis", "bench extract", "bench related", "bench replica", "bench search",
                "bench web", "eval analysis", "eval related", "eval search")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--corpus", missing));
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err().strip()).as(command)
                    .startsWith("Lỗi: Không tìm thấy kho tin: " + missing + " (chỉ định bằng --corpus).");
        }
    }

    private static void eachCommand(CommandLine c, java.util.function.Consumer<CommandLine> action) {
        action.accept(c);
        c.getSubcommands().values().forEach(sub -> eachCommand(sub, action));
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Run r = run("crawl", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--bogus");
    }

    @Test
    void missingConfigFileIsAUsageErrorNamingTheFile() {
        Run r = run("crawl", "--site", tmp.resolve("nope.properties").toString(), "--data", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.properties").doesNotContain("Exception");
    }

    @Test
    void invalidConfigValueNamesTheKeyAndValue() throws Exception {
        String profile = Files.readString(SiteProfile.DEFAULT, StandardCharsets.UTF_8)
                .replace("crawl.rate = 1.0", "crawl.rate = nhanh");
        Path file = tmp.resolve("bad.properties");
        Files.writeString(file, profile, StandardCharsets.UTF_8);
        Run r = run("crawl", "--site", file.toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("crawl.rate", "nhanh").doesNotContain("at vn.khotin");
    }

    @Test
    void invalidSelectorNamesTheKey() throws Exception {
        String profile = Files.readString(SiteProfile.DEFAULT, StandardCharsets.UTF_8)
                .replaceAll("(?m)^extract\\.title = .*$", "extract.title = h1[[[");
        Path file = tmp.resolve("bad.properties");
        Files.writeString(file, profile, StandardCharsets.UTF_8);
        Run r = run("crawl", "--site", file.toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("extract.title");
    }

    @Test
    void badOriginIsAUsageError() {
        Run r = run("crawl", "--origin", "ftp://x", "--data", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--origin");
    }

    @Test
    void lockedDataDirectoryIsARuntimeErrorOnOneLine() {
        try (Workspace ignored = Workspace.open(tmp)) {
            Run r = run("crawl", "--origin", "http://127.0.0.1:9", "--data", tmp.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").contains("đang được một tiến trình khotin khác sử dụng");
        }
    }

    @Test
    void portInUseIsARuntimeErrorOnOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--data", tmp.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").contains("Cổng");
        }
        // the failed serve released the data directory
        Workspace.open(tmp).close();
    }

    @Test
    void statsOnAMissingDataDirectoryIsAUsageErrorOnOneLine() {
        Run r = run("stats", "--data", tmp.resolve("khong-co").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("Lỗi: Không có thư mục dữ liệu").doesNotContain("\n");
    }

    @Test
    void serveOrReindexOnAMistypedDataDirectoryIsAUsageErrorAndCreatesNothing() throws Exception {
        Path typo = tmp.resolve("typo");
        // a taken port: were the directory not checked first, serve would fail on the port (exit 1), not hang
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run serve = run("serve", "--data", typo.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(serve.code()).isEqualTo(2);
            assertThat(serve.err().strip()).doesNotContain("\n")
                    .startsWith("Lỗi: Thư mục dữ liệu " + typo.toAbsolutePath())
                    .contains("không tồn tại", "--create");
        }
        Run reindex = run("reindex", "--data", typo.toString());
        assertThat(reindex.code()).isEqualTo(2);
        assertThat(reindex.err().strip()).doesNotContain("\n").contains("không tồn tại");
        assertThat(typo).doesNotExist();
        Path file = Files.writeString(tmp.resolve("ghi-chu.txt"), "không phải thư mục");
        Run notADirectory = run("reindex", "--data", file.toString());
        assertThat(notADirectory.code()).isEqualTo(2);
        assertThat(notADirectory.err()).contains("không phải là thư mục");
    }

    @Test
    void serveOnAnEmptyDataDirectoryAnswersHealthAndSaysTheArchiveIsEmpty() throws Exception {
        try (Workspace ws = Workspace.open(tmp); WebServer web = WebServer.start(new vn.khotin.search.ArticleSearch(ws.index()), new vn.khotin.search.RelatedStories(ws.index()), "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"", "\"articles\":0");
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains("lang=\"vi\"", "Kho lưu trữ chưa có bài nào");
        }
    }
}
