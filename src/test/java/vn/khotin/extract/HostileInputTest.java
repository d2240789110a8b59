package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Capture;
import vn.khotin.extract.ExtractionResult.Extracted;
import vn.khotin.extract.ExtractionResult.Failed;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Article;

/** Bad captures end as a result with a reason, never as an exception, and within the page's limits. */
class HostileInputTest {

    private static final String URL = "https://baohatinh.vn/khanh-thanh-cau-dan-sinh-noi-hai-bo-song-nghen-post306120.html";
    private final ArticleExtractor extractor = new ArticleExtractor(Profiles.baohatinh());
    /** For the size and depth tests: what they check is the result, not speed, so a loaded machine must not matter. */
    private final ArticleExtractor patient = new ArticleExtractor(ExtractionRules.from(withTimeLimit("120000")));

    private static Map<String, String> withTimeLimit(String millis) {
        Map<String, String> p = new HashMap<>(Profiles.baohatinhMap());
        p.put("extract.time-limit-ms", millis);
        return p;
    }

    private static String defaultPage() {
        return new String(Profiles.resource("current-default.html"), StandardCharsets.UTF_8);
    }

    private ExtractionOutcome run(byte[] body, String contentType) {
        return extractor.extractDetailed(Profiles.capture(URL, body, contentType));
    }

    @Test
    void emptyAndBlankBodiesFailWithAReason() {
        assertThat(run(new byte[0], "text/html").result()).isEqualTo(new Failed("empty-body: 0 bytes"));
        assertThat(run(" \n\t ".getBytes(StandardCharsets.UTF_8), "text/html").result())
                .isEqualTo(new Failed("empty-body: only whitespace"));
    }

    @Test
    void statusAndMediaTypeAreRespected() {
        Capture redirect = new Capture(URL, 301, Map.of("Location", List.of("https://baohatinh.vn/x-post1.html")),
                new byte[0], Instant.EPOCH);
        assertThat(extractor.extract(redirect)).isEqualTo(new NotArticle("redirect", "HTTP 301 → https://baohatinh.vn/x-post1.html"));
        assertThat(extractor.extract(new Capture(URL, 404, Map.of(), "<p>x".getBytes(), Instant.EPOCH)))
                .isEqualTo(new NotArticle("http-error", "HTTP 404"));
        assertThat(run("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf").result())
                .isEqualTo(new NotArticle("non-html", "application/pdf"));
        // HTML served with a wrong media type is still read
        assertThat(run(defaultPage().getBytes(StandardCharsets.UTF_8), "text/plain").result()).isInstanceOf(Extracted.class);
    }

    @Test
    void wronglyDeclaredCharsetsStillGiveTheExactTitle() {
        byte[] utf8 = defaultPage().getBytes(StandardCharsets.UTF_8);
        for (String header : List.of("text/html; charset=iso-8859-1", "text/html; charset=windows-1258",
                "text/html; charset=no-such-charset", "text/html")) {
            ExtractionOutcome o = run(utf8, header);
            assertThat(o.result()).as(header).isInstanceOf(Extracted.class);
            assertThat(((Extracted) o.result()).article().title()).isEqualTo("Khánh thành cầu dân sinh nối hai bờ sông Nghèn");
        }
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] legacy = CharsetDetectorTest.cp1258Form(defaultPage().replace("charset=\"utf-8\"", "charset=\"windows-1258\"")
                .replace("“", "\"").replace("”", "\"")).getBytes(cp1258);
        ExtractionOutcome o = run(legacy, "text/html; charset=utf-8");
        Article a = ((Extracted) o.result()).article();
        assertThat(a.sapo()).isEqualTo(
                "Cây cầu dài 120 m do Nhân dân và các nhà hảo tâm cùng góp sức xây dựng đã chính thức đưa vào sử dụng.");
        assertThat(a.title()).isEqualTo("Khánh thành cầu dân sinh nối hai bờ sông Nghèn");
        assertThat(o.notes()).contains("charset: windows-1258 (meta)");
    }

    @Test
    void truncatedPagesKeepWhatArrived() {
        byte[] full = defaultPage().getBytes(StandardCharsets.UTF_8);
        int cut = defaultPage().indexOf("Theo lãnh đạo xã");
        byte[] head = java.util.Arrays.copyOf(full, defaultPage().substring(0, cut).getBytes(StandardCharsets.UTF_8).length + 7);
        Article a = ((Extracted) run(head, "text/html").result()).article();
        assertThat(a.title()).isEqualTo("Khánh thành cầu dân sinh nối hai bờ sông Nghèn");
        assertThat(a.body()).hasSize(3);
        assertThat(a.body().get(2)).isEqualTo("Theo l");
    }

    @Test
    void megabytePagesAreCutAtTheLimitWithANote() {
        String page = defaultPage();
        int at = page.indexOf("<p>Theo lãnh đạo");
        String filler = "<p>" + "Một câu văn bình thường của bài báo dài, lặp lại nhiều lần. ".repeat(20) + "</p>\n";
        String huge = page.substring(0, at) + filler.repeat(6_000) + page.substring(at);
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(4 << 20);
        ExtractionOutcome o = patient.extractDetailed(Profiles.capture(URL, bytes, "text/html; charset=utf-8"));
        assertThat(o.notes()).contains("truncated: " + bytes.length + " bytes cut to " + (4 << 20));
        assertThat(o.result()).isInstanceOf(Extracted.class);
        assertThat(((Extracted) o.result()).article().body().size()).isGreaterThan(1000);
    }

    @Test
    void deeplyNestedHtmlIsFlattenedNotFatal() {
        String deep = "<div>".repeat(60_000) + "<p>sâu</p>" + "</div>".repeat(60_000);
        String page = defaultPage().replace("<p>Dịp này", deep + "<p>Dịp này");
        ExtractionOutcome o = patient.extractDetailed(Profiles.capture(URL, page.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(o.result()).isInstanceOf(Extracted.class);
        assertThat(((Extracted) o.result()).article().body()).contains("sâu");
    }

    @Test
    void tooManyElementsAndTimeLimitsEndAsFailures() {
        String many = "<b>x</b>".repeat(300_000);
        assertThat(patient.extract(Profiles.capture(URL, ("<html><body>" + many).getBytes(StandardCharsets.UTF_8), "text/html")))
                .isEqualTo(new Failed("too-complex: more than 200000 elements"));

        Map<String, String> strict = withTimeLimit("10");
        String big = "<html><body><div class=\"article__body\">" + "<p>Đoạn văn bản kiểm tra thời gian.</p>".repeat(150_000);
        ExtractionResult r = new ArticleExtractor(ExtractionRules.from(strict))
                .extract(Profiles.capture(URL, big.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(r).isEqualTo(new Failed("timeout: over 10 ms"));
    }

    @Test
    void garbageIsNotAnArticle() {
        ExtractionResult r = run("\u0000\u0001<<<>>>&&&;;;\uFFFF".getBytes(StandardCharsets.UTF_8), "text/html").result();
        assertThat(r).isInstanceOf(NotArticle.class);
        assertThat(((NotArticle) r).kind()).isEqualTo("no-text");
    }
}
