package vn.khotin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;

/**
 * A small archive of articles written for these tests (several topics over two years, plus hostile ones whose
 * text tries to inject markup), indexed in a temporary directory and served on loopback.
 */
final class WebFixture implements AutoCloseable {

    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    static final String HOSTILE_TITLE = "<script>alert('tiêu đề')</script> Bão <img src=x onerror=alert(1)>";
    static final long HOSTILE_ID = 900_001;
    /** The article whose body holds a quotation ({@link #QUOTE}), set apart as the page did. */
    static final long QUOTED_ID = 300_010;
    static final String QUOTE = "“Năm nay bà con ai cũng phấn khởi,” một người dân chia sẻ.";

    final Path dir;
    final ArticleIndex index;
    final ArticleSearch search;
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    WebFixture(WebConfig config, CrawlControl crawl, RawCaptures captures) {
        this(articles(), config, crawl, captures);
    }

    /** The site over other articles (such as {@link DemoArchive#articles()}). */
    WebFixture(List<Article> articles) {
        this(articles, config(), CrawlControl.unavailable(), RawCaptures.none());
    }

    private WebFixture(List<Article> articles, WebConfig config, CrawlControl crawl, RawCaptures captures) {
        try {
            dir = Files.createTempDirectory("khotin-web");
            index = ArticleIndex.open(dir);
            for (Article a : articles) {
                index.upsert(new IndexedArticle(a, null, Instant.parse("2026-03-05T01:00:00Z")));
            }
            index.refresh();
            search = new ArticleSearch(index);
            server = WebServer.start(search, new RelatedStories(index), config, crawl, captures,
                    new vn.khotin.cli.VietnameseTokens());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebFixture() {
        this(config(), CrawlControl.unavailable(), RawCaptures.none());
    }

    /**
     * Defaults with a generous search deadline: a loaded CI machine must not turn a slow first search into a
     * 503 (the deadline itself is tested on {@link SearchGate}).
     */
    static WebConfig config() {
        return WebConfig.defaults("127.0.0.1", 0).withSearchLimits(java.time.Duration.ofSeconds(30), 4);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[][] topics = {
            {"Xã hội", "Lễ hội cầu ngư ở Thạch Kim", "Ngư dân Thạch Kim tổ chức lễ hội cầu ngư, cầu mong biển lặng, được mùa tôm cá."},
            {"Kinh tế", "Giá lúa tăng, nông dân Can Lộc phấn khởi", "Vụ đông xuân năm nay, nông dân huyện Can Lộc thu hoạch lúa được giá, ông Trần Văn Bình cho biết."},
            {"Thời sự", "Bão số 3 đổ bộ vào Hà Tĩnh", "Bão gây mưa lớn ở Hương Khê, Vũ Quang; lực lượng cứu hộ túc trực ngày đêm."},
            {"Giáo dục", "Học sinh Hà Tĩnh đoạt giải quốc gia", "Đội tuyển học sinh giỏi Hà Tĩnh đoạt nhiều giải trong kỳ thi quốc gia."},
        };
        String[] communes = {"Cẩm Nhượng", "Kỳ Ninh", "Xuân Hội", "Thạch Bằng", "Hộ Độ", "Sơn Kim", "Đức Lạng",
            "Tùng Lộc", "Thiên Cầm", "Kỳ Xuân", "Hương Trạch", "Phúc Trạch", "Cẩm Duệ", "Thạch Đài", "Xuân Liên",
            "Ân Phú", "Gia Hanh", "Sơn Tây", "Kỳ Hoa", "Lộc Yên", "Đồng Lộc", "Trường Sơn", "Cương Gián",
            "Kỳ Phương", "Thạch Hải"};
        String[] details = {"đua thuyền trên sông La", "trồng thêm rừng phòng hộ ven biển", "sửa đường giao thông nông thôn",
            "khánh thành nhà văn hóa thôn", "hỗ trợ hộ nghèo làm chuồng trại", "kiên cố hóa kênh mương nội đồng",
            "mở lớp dạy bơi cho trẻ em", "tu bổ đê điều trước mùa mưa", "thu hoạch cam bù sớm",
            "xây cầu treo qua khe suối", "diễn tập phòng chống cháy rừng", "tặng quà gia đình chính sách",
            "chuyển đổi số trong thủ tục hành chính", "phát triển du lịch cộng đồng", "nạo vét cửa lạch"};
        long id = 300_000;
        for (int year = 2023; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int t = 0; t < topics.length; t++) {
                    if ((month + t) % 3 == 0 && t != 2) {
                        continue; // uneven months make the timeline show shape
                    }
                    String[] topic = topics[t];
                    id++;
                    OffsetDateTime published = OffsetDateTime.of(year, month, 1 + (t * 5), 7, 30, 0, 0, VN);
                    out.add(new Article(id, "https://baohatinh.vn/bai-" + id + "-post" + id + ".html",
                            topic[1] + " (" + month + "/" + year + ")", topic[2], "Baohatinh.vn",
                            body(id, topic, communes, details, month, year),
                            List.of(new Article.Caption("Quang cảnh tại " + topic[1], "Thành Chung", photo(id))),
                            "Lê Tuấn", published, null, topic[0], List.of("Hà Tĩnh", topic[0]),
                            List.of(topic[0]), id > 300_001 ? List.of(id - 1, 123L) : List.of(),
                            List.of(photo(id)), ExtractionMethod.PROFILE, id == QUOTED_ID ? List.of(QUOTE) : List.of()));
                }
            }
        }
        // one story published twice (the second a day later, lightly updated): a near-duplicate pair
        List<String> story = List.of(
                "Sáng nay, tỉnh Hà Tĩnh tổ chức lễ đón nhận bằng xếp hạng di tích quốc gia đặc biệt cho khu di tích "
                        + "Ngã ba Đồng Lộc, nơi mười cô gái thanh niên xung phong đã anh dũng hy sinh năm 1968.",
                "Hàng nghìn người dân và du khách đã về dâng hương tưởng niệm; ban quản lý khu di tích cho biết sẽ "
                        + "tiếp tục tôn tạo cảnh quan, số hóa hiện vật và mở thêm tuyến tham quan có thuyết minh.");
        for (int copy = 0; copy < 2; copy++) {
            long cid = 800_001 + copy;
            out.add(new Article(cid, "https://baohatinh.vn/di-tich-post" + cid + ".html",
                    "Đón nhận bằng di tích quốc gia đặc biệt Ngã ba Đồng Lộc" + (copy == 1 ? " (cập nhật)" : ""),
                    "Khu di tích Ngã ba Đồng Lộc được xếp hạng di tích quốc gia đặc biệt.", "Baohatinh.vn", story,
                    List.of(), "Thu Trang", OffsetDateTime.of(2025, 7, 24 + copy, 8, 0, 0, 0, VN), null, "Văn hóa",
                    List.of(), List.of("Di tích"), List.of(), List.of(), ExtractionMethod.PROFILE));
        }
        out.add(new Article(HOSTILE_ID, "javascript:alert(document.cookie)", HOSTILE_TITLE,
                "\"><svg onload=alert(2)> Bão lớn <b>đậm</b> & mưa", "", List.of("</p><script>alert(3)</script>bão",
                "<iframe src=\"https://evil.example/\"></iframe> bão"), List.of(new Article.Caption("<img src=x onerror=alert(4)>", "", "javascript:alert(7)")),
                "<a href=\"javascript:alert(5)\">tác giả</a>", OffsetDateTime.of(2025, 6, 15, 9, 0, 0, 0, VN), null,
                "<b>Thời sự</b>", List.of(), List.of("<script>alert(6)</script>"), List.of(), List.of(),
                ExtractionMethod.HEURISTIC));
        return out;
    }

    private static List<String> body(long id, String[] topic, String[] communes, String[] details, int month,
            int year) {
        List<String> body = new ArrayList<>(List.of(topic[2] + " Đây là bài số " + id + " của chuyên mục " + topic[0] + ".",
                "Tại xã " + communes[(int) (id % communes.length)] + ", người dân "
                        + details[(int) ((id * 7) % details.length)] + ".",
                "Phóng viên ghi nhận tại địa phương vào tháng " + month + " năm " + year + "."));
        if (id == QUOTED_ID) {
            body.add(2, QUOTE);
        }
        return body;
    }

    /** Where the article's photo is on the original site. */
    static String photo(long id) {
        return "https://cdn.baohatinh.vn/images/" + id + "/quang-canh.jpg";
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
