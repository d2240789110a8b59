package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.khotin.model.CrawlStatus;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;
    private final AtomicInteger crawlStarts = new AtomicInteger();

    @BeforeAll
    void start() {
        CrawlControl crawl = new CrawlControl() {
            @Override
            public CrawlStatus status() {
                return new CrawlStatus(CrawlStatus.State.IDLE, java.time.Instant.parse("2026-03-01T00:00:00Z"),
                        java.time.Instant.parse("2026-03-01T01:00:00Z"), 120, 100, 5,
                        Map.of("timeout", 3L, "http-404", 2L));
            }

            @Override
            public boolean start() {
                return crawlStarts.incrementAndGet() == 1;
            }

            @Override
            public boolean stop() {
                return false;
            }

            @Override
            public boolean reindex() {
                return false;
            }
        };
        web = new WebFixture(WebFixture.config().withAdminToken("bi-mat-123"), crawl,
                RawCaptures.none());
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void homePageHasLandmarksSearchBoxAndNewestArticles() {
        HttpResponse<String> r = web.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("lang=\"vi\"", "<header", "<nav", "<main id=\"noi-dung\"", "<footer",
                "href=\"#noi-dung\"", "<label for=\"q\"", "Bài mới nhất", "Kho đang lưu");
        assertThat(r.body()).doesNotContain("<script", "style=\"");
    }

    @Test
    void aSearchFindingNothingLinksToTheWordsArticlesWrite() {
        String body = web.get("/?q=" + q("Bão xyzqua")).body();
        assertThat(body).contains("Không bài nào trong kho có “xyzqua”", "Tìm với những từ còn lại: <a href=\"/?q="
                + q("Bão") + "\">Bão</a>").doesNotContain("Có phải bạn muốn tìm");
        // nothing to download, but the topic can be followed (researchers' check: exports offered for 0 results)
        assertThat(body).doesNotContain("format=csv", "Tải toàn bộ kết quả").contains("/api/v1/feed?q=");
    }

    @Test
    void resultsPageShowsCountHighlightsAndPagination() {
        HttpResponse<String> r = web.get("/?q=" + q("cầu ngư") + "&size=5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(web.get("/?q=" + q("di tích Đồng Lộc")).body()).contains("+1 bản tương tự", "collapse=false");
        // adjacent marks read as one highlighted phrase, whether the highlighter marks words or syllables
        assertThat(r.body().replace("</mark> <mark>", " ")).contains("Lễ hội <mark>cầu ngư</mark>");
        assertThat(r.body()).contains("kết quả", " ms)", "<mark>",
                "<svg", ">Số bài theo tháng (", "aria-label=\"Trang kết quả\"",
                "format=csv", "/api/v1/feed?q=");
        HttpResponse<String> page2 = web.get("/?q=" + q("cầu ngư") + "&size=5&page=2");
        assertThat(page2.body()).contains("aria-current=\"page\">2<");
    }

    @Test
    void resultsPageHasDateFieldsThatWorkWithoutScript() {
        String page = web.get("/?q=" + q("lúa") + "&since=2024-01&until=2024-06-30&category=" + q("Kinh tế")).body();
        // a plain GET form: the fields carry the range back as full dates, the query and filters ride along
        String form = page.substring(page.indexOf("<form class=\"sort\""), page.indexOf("</form>", page.indexOf("<form class=\"sort\"")));
        assertThat(form).contains("action=\"/\" method=\"get\"", "<label for=\"since\">Từ ngày</label>",
                "<input type=\"date\" id=\"since\" name=\"since\" value=\"2024-01-01\"",
                "<label for=\"until\">Đến ngày</label>",
                "<input type=\"date\" id=\"until\" name=\"until\" value=\"2024-06-30\"",
                "<input type=\"hidden\" name=\"q\" value=\"lúa\">",
                "<input type=\"hidden\" name=\"category\" value=\"Kinh tế\">");
        // without a range the fields are empty, and an empty field submitted is no bound
        String open = web.get("/?q=" + q("lúa")).body();
        assertThat(open).contains("<input type=\"date\" id=\"since\" name=\"since\" min=");
        assertThat(web.get("/?q=" + q("lúa") + "&since=&until=&sort=relevance").statusCode()).isEqualTo(200);
    }

    @Test
    void timelineIsReadableWithoutScript() {
        String page = web.get("/?q=" + q("lúa")).body();
        // 36 months: labelled ends, a year label at each January between them
        assertThat(page).contains(">01/2023</text>", ">12/2025</text>", "class=\"tick year\"", ">2024</text>",
                ">2025</text>");
        // each bar with hits is a link named by its period and count, its count drawn (shown on hover/focus)
        assertThat(page).containsPattern("<a href=\"/\\?q=l%C3%BAa&amp;since=2023-01-01&amp;until=2023-01-31\" "
                + "aria-label=\"01/2023: \\d+ bài\" class=\"hit\"><title>01/2023: \\d+ bài</title>");
        assertThat(page).containsPattern("<text class=\"count\"[^>]*>\\d+</text></a>");
        // the same numbers as a table inside a disclosure, period links included
        assertThat(page).contains("<summary>Bảng số bài theo tháng</summary>", "<th scope=\"col\">Tháng</th>",
                "<th scope=\"col\">Số bài</th>");
        assertThat(page).containsPattern("<tr><td><a href=\"[^\"]+since=2023-01-01[^\"]+\">01/2023</a></td><td class=\"n\">\\d+</td></tr>");
    }

    @Test
    void hostileArticleAndQueryCannotInjectMarkup() {
        HttpResponse<String> article = web.get("/bai/" + WebFixture.HOSTILE_ID);
        assertThat(article.statusCode()).isEqualTo(200);
        String body = article.body();
        assertThat(body).doesNotContain("<script", "<img src=x", "<svg onload", "<iframe", "<a href=\"javascript:",
                "<b>");
        assertThat(body).contains("&lt;script&gt;alert(");
        assertThat(body).as("non-http original URL is text, not a link").contains("javascript:alert(document.cookie)");

        String hostileQuery = "\"><script>alert(7)</script><img src=x onerror=alert(8)> bão";
        HttpResponse<String> results = web.get("/?q=" + q(hostileQuery));
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).doesNotContain("<script>alert", "<img src=x", "=\"\"><");
        assertThat(results.body()).contains("&lt;script&gt;");
        // the hostile article is found by "bão" and its snippet stays escaped
        assertThat(web.get("/?q=" + q("bão lớn")).body()).doesNotContain("<b>đậm", "<svg onload", "<script");

        HttpResponse<String> feed = web.get("/api/v1/feed?q=" + q("bão"));
        assertThat(feed.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : List.of("/", "/?q=bão", "/bai/300001", "/api/v1/search?q=bão", "/khong-co", "/static/khotin.css")) {
            HttpResponse<String> r = web.get(path.replace("bão", q("bão")));
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(Filters.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void apiAllowsCrossOriginGetsOnly() {
        HttpResponse<String> r = web.get("/api/v1/search?q=" + q("lúa"));
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> pre = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/search"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET").build());
        assertThat(pre.statusCode()).isEqualTo(204);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("")).doesNotContain("POST");
        HttpResponse<String> post = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"bão\"}")).build());
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void badParametersGetA400WithAVietnameseMessage() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/v1/search?size=1000", "'size'",
                "/api/v1/search?size=abc", "số nguyên",
                "/api/v1/search?page=0&size=20", "'page'",
                "/api/v1/search?since=2024-13", "'since'",
                "/api/v1/search?since=2025&until=2024", "Khoảng ngày",
                "/api/v1/search?sort=random", "'sort'",
                "/api/v1/search?q=" + "a".repeat(1001), "quá dài",
                "/api/v1/articles/abc", "Mã bài viết",
                "/api/v1/export?format=xml", "'format'");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = web.get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.get("error").asText()).as(c.getKey()).contains(c.getValue());
            assertThat(error.get("status").asInt()).isEqualTo(400);
        }
        // page 600 of 20 lies past the fixture's last result: not a bad parameter but the page just past the end
        HttpResponse<String> pastEnd = web.get("/api/v1/search?page=600&size=20");
        assertThat(pastEnd.statusCode()).as(pastEnd.body()).isEqualTo(200);
        assertThat(JSON.readTree(pastEnd.body()).get("hits")).isEmpty();
        assertThat(JSON.readTree(pastEnd.body()).get("total").asLong()).isBetween(1L, 11_980L);
        HttpResponse<String> pastEndPage = web.get("/?q=&page=600&size=20");
        assertThat(pastEndPage.statusCode()).isEqualTo(200);
        assertThat(pastEndPage.body()).contains("Trang này nằm sau kết quả cuối cùng. <a href=\"/?page=")
                .contains("\">Về trang cuối (trang ");
        HttpResponse<String> page = web.get("/?q=x&size=0");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Yêu cầu chưa hợp lệ", "<main");
    }

    @Test
    void unknownPagesAndArticlesGetFriendly404s() throws Exception {
        HttpResponse<String> page = web.get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang", "Về trang tìm kiếm");
        HttpResponse<String> article = web.get("/bai/424242");
        assertThat(article.statusCode()).isEqualTo(404);
        assertThat(article.body()).contains("424242");
        HttpResponse<String> api = web.get("/api/v1/articles/424242");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("error").asText()).contains("424242");
        HttpResponse<String> apiUnknown = web.get("/api/v1/khong-co");
        assertThat(apiUnknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(apiUnknown.body()).has("error")).isTrue();
    }

    @Test
    void searchApiKeepsItsFieldNamesAndPages() throws Exception {
        JsonNode r = JSON.readTree(web.get("/api/v1/search?q=" + q("lúa") + "&size=5&page=2&collapse=false").body());
        assertThat(r.get("total").asLong()).isGreaterThan(5);
        assertThat(r.get("hits")).hasSize(5);
        JsonNode hit = r.get("hits").get(0);
        List<String> names = new ArrayList<>();
        hit.fieldNames().forEachRemaining(names::add);
        assertThat(names).startsWith("id", "url", "title", "sapo", "published", "category", "snippet");
        JsonNode byOffset = JSON.readTree(web.get("/api/v1/search?q=" + q("lúa") + "&size=5&from=5&collapse=false").body());
        assertThat(byOffset.get("hits").get(0).get("id")).isEqualTo(hit.get("id"));
    }

    @Test
    void searchApiGivesFacetsTimelineAndDrillDown() throws Exception {
        JsonNode r = JSON.readTree(web.get("/api/v1/search?q=" + q("lúa") + "&facets=category,year&timeline=year").body());
        JsonNode category = r.get("facets").get(0);
        assertThat(category.get("field").asText()).isEqualTo("category");
        assertThat(category.get("values").get(0).get("value").asText()).isEqualTo("Kinh tế");
        assertThat(r.get("timeline").size()).isEqualTo(3);
        JsonNode narrowed = JSON.readTree(web.get("/api/v1/search?q=" + q("lúa") + "&year=2024&collapse=false").body());
        assertThat(narrowed.get("total").asLong()).isLessThan(r.get("total").asLong()).isPositive();
        for (JsonNode hit : narrowed.get("hits")) {
            assertThat(hit.get("published").asText()).startsWith("2024-");
        }
        JsonNode dated = JSON.readTree(web.get("/api/v1/search?q=" + q("lúa") + "&since=2025-03&until=2025-04&collapse=false").body());
        assertThat(dated.get("hits")).allMatch(h -> h.get("published").asText().matches("2025-0[34]-.*"));
        assertThat(web.get("/api/v1/search?facets=giá").statusCode()).isEqualTo(400);
        assertThat(web.get("/api/v1/search?timeline=day").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestAndAnalyzeApis() throws Exception {
        JsonNode s = JSON.readTree(web.get("/api/v1/suggest?q=" + q("thach")).body());
        assertThat(s.get("completions").isArray()).isTrue();
        assertThat(web.get("/api/v1/suggest").statusCode()).isEqualTo(400);
        JsonNode a = JSON.readTree(web.get("/api/v1/analyze?text=" + q("UBND tỉnh Hà Tĩnh")).body());
        assertThat(a.get("fields").get("text.folded").toString()).contains("\"term\":\"ha\"");
        assertThat(web.get("/api/v1/analyze?text=x&field=" + q("<b>")).statusCode()).isEqualTo(400);
        for (String bad : List.of("bogus", "title.bogus", "xyz.folded", "text.folded.words")) {
            var r = web.get("/api/v1/analyze?text=x&field=" + q(bad));
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("title.folded");
        }
        assertThat(web.get("/api/v1/analyze?text=x&field=body.words.folded").statusCode()).isEqualTo(200);
        assertThat(web.get("/api/v1/analyze?text=x&query=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void controlCharactersInTheQueryAreNotWrittenBackIntoThePage() {
        String body = web.get("/?q=" + q("lúa") + "%00%1B").body();
        assertThat(body).doesNotContain("\u0000", "\u001B").contains("class=\"hit\"");
    }

    @Test
    void aPagePastTheLastResultSaysSoRatherThanNothingFound() {
        String body = web.get("/?q=" + q("lúa") + "&page=50").body();
        assertThat(body).contains("nằm sau kết quả cuối cùng").doesNotContain("Không tìm thấy bài nào khớp");
        assertThat(web.get("/?q=xyzzyq").body()).contains("Không tìm thấy bài nào khớp");
    }

    @Test
    void resultsPageFacetLinksDrillDownAndSuggestsAccents() {
        String body = web.get("/?q=" + q("lúa")).body();
        assertThat(body).contains("<h2>Chuyên mục</h2>", "href=\"/?q=l%C3%BAa&amp;category=Kinh+t%E1%BA%BF\"",
                "<h2>Năm</h2>", "class=\"hit\"");
        String drilled = web.get("/?q=" + q("lúa") + "&category=" + q("Kinh tế")).body();
        assertThat(drilled).contains("Chuyên mục: Kinh tế", "<strong>Kinh tế</strong>");
    }

    @Test
    void anotherFacetValueLinksToItsOwnCountAndOffersToAddIt() {
        // "Xe 13" under a chosen category led to 22 (Xe or the chosen one): the link now shows the value alone, and
        // "+ hoặc" adds it to the selection
        String drilled = web.get("/?q=&category=" + q("Kinh tế")).body();
        Matcher other = Pattern.compile("<li><a href=\"(/\\?[^\"]*category=([^&\"]+))\">([^<]+)</a> <span class=\"n\">"
                + "(\\d+)</span> <a class=\"or\" href=\"([^\"]+)\"").matcher(drilled);
        assertThat(other.find()).as(drilled).isTrue();
        assertThat(other.group(1)).doesNotContain("Kinh+t%E1%BA%BF");
        assertThat(other.group(5)).contains("category=Kinh+t%E1%BA%BF", "category=" + other.group(2));
        String clicked = web.get(other.group(1).replace("&amp;", "&")).body();
        assertThat(clicked).contains("<strong>" + other.group(3) + "</strong> <span class=\"n\">" + other.group(4));
    }

    @Test
    void aFacetWithMoreValuesThanListedLinksToThemAll() {
        String few = web.get("/?q=&facetSize=1&category=" + q("Kinh tế")).body();
        Matcher more = Pattern.compile("<p class=\"more\"><a href=\"([^\"]+)\">Xem thêm (\\d+) mục khác</a>")
                .matcher(few);
        assertThat(more.find()).as(few).isTrue();
        String all = web.get(more.group(1).replace("&amp;", "&")).body();
        String categories = all.substring(all.indexOf("<h2>Chuyên mục</h2>"), all.indexOf("</ul>",
                all.indexOf("<h2>Chuyên mục</h2>")));
        assertThat(categories.split("<li>")).hasSize(2 + Integer.parseInt(more.group(2)));
        assertThat(web.get("/?q=l%C3%BAa&facetSize=0").statusCode()).isEqualTo(400);
    }

    @Test
    void datesTheWrongWayRoundOfferTheSearchPutRightKeepingWhatWasTyped() {
        // the error page linked only to an empty search form: the query and filters typed were lost
        HttpResponse<String> r = web.get("/?q=" + q("lúa") + "&category=" + q("Kinh tế")
                + "&since=2024-01-01&until=2023-01-01");
        assertThat(r.statusCode()).isEqualTo(400);
        Matcher swapped = Pattern.compile("<a href=\"([^\"]+)\">Tìm với hai ngày đổi chỗ</a>").matcher(r.body());
        assertThat(swapped.find()).as(r.body()).isTrue();
        String href = swapped.group(1).replace("&amp;", "&");
        assertThat(href).contains("q=l%C3%BAa", "category=Kinh+t%E1%BA%BF", "since=2023-01-01", "until=2024-01-01");
        assertThat(web.get(href).statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Tìm không giới hạn ngày");
    }

    @Test
    void rawCaptureIsServedAsInertText() throws Exception {
        RawCaptures captures = new RawCaptures() {
            @Override
            public java.util.Optional<Info> info(long id) {
                return java.util.Optional.of(new Info(java.time.Instant.parse("2026-03-04T01:02:03Z"), true));
            }

            @Override
            public java.util.Optional<Raw> raw(long id) {
                return java.util.Optional.of(new Raw("https://baohatinh.vn/x", java.time.Instant.EPOCH, "text/html",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "a.warc.gz@0"));
            }
        };
        try (WebFixture f = new WebFixture(WebFixture.config(), CrawlControl.unavailable(), captures)) {
            assertThat(f.get("/bai/300001").body()).contains("04/03/2026 08:02", "href=\"/bai/300001/ban-luu\"");
            HttpResponse<String> raw = f.get("/bai/300001/ban-luu");
            assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(raw.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
            assertThat(raw.body()).contains("<script>alert(1)</script>");
        }
        assertThat(web.get("/bai/300001/ban-luu").statusCode()).isEqualTo(404);
    }

    @Test
    void articlePageShowsProvenanceCitationAndRelatedStories() {
        HttpResponse<String> r = web.get("/bai/300010");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<article", "Nguồn và trích dẫn", "https://baohatinh.vn/bai-300010",
                "Báo Hà Tĩnh", "/bai/300010", "Tin liên quan", "href=\"/bai/300009\"",
                "1 bài liên quan chưa có trong kho", "Bài cùng chủ đề trong kho", "Ảnh trong bài");
    }

    @Test
    void articlePageAndApiShowThePlacesTheIndexTagged() throws Exception {
        // 800001 names the memorial site in its title, sapo and body, and the province once.
        String page = web.get("/bai/800001").body();
        String memorial = "href=\"/?place=" + q("Ngã ba Đồng Lộc") + "&amp;sort=newest\">Ngã ba Đồng Lộc</a>";
        String province = "href=\"/?place=" + q("Tỉnh Hà Tĩnh") + "&amp;sort=newest\">Tỉnh Hà Tĩnh</a>";
        assertThat(page).contains("Địa danh: ", memorial, province);
        assertThat(page.indexOf(memorial)).as("most mentioned first").isLessThan(page.indexOf(province));
        // the link is the results page's place filter: following it finds the story (its newer copy first,
        // this one folded into it)
        String filtered = web.get("/?place=" + q("Ngã ba Đồng Lộc") + "&sort=newest").body();
        assertThat(filtered).contains("Địa danh: Ngã ba Đồng Lộc", "href=\"/bai/800002\"", "+1 bản tương tự");

        JsonNode api = JSON.readTree(web.get("/api/v1/articles/800001").body());
        assertThat(api.get("places").isArray()).isTrue();
        assertThat(api.get("places")).extracting(JsonNode::asText)
                .containsExactly("Ngã ba Đồng Lộc", "Tỉnh Hà Tĩnh");
        assertThat(api.get("title").asText()).isEqualTo("Đón nhận bằng di tích quốc gia đặc biệt Ngã ba Đồng Lộc");
        assertThat(api.get("tags")).extracting(JsonNode::asText).containsExactly("Di tích");

        // an article that names no place: no block on the page, an empty array in the API
        assertThat(web.get("/bai/" + WebFixture.HOSTILE_ID).body()).doesNotContain("Địa danh:", "place=");
        JsonNode none = JSON.readTree(web.get("/api/v1/articles/" + WebFixture.HOSTILE_ID).body());
        assertThat(none.get("places").isArray()).isTrue();
        assertThat(none.get("places")).isEmpty();
    }

    @Test
    void relatedApiForArticlesAndDrafts() throws Exception {
        JsonNode r = JSON.readTree(web.get("/api/v1/articles/300010/related").body());
        assertThat(r.get("editorial").get(0).get("id").asLong()).isEqualTo(300009);
        assertThat(r.get("editorial").get(0).get("inArchive").asBoolean()).isTrue();
        assertThat(r.get("editorial").get(1).get("inArchive").asBoolean()).isFalse();
        assertThat(r.get("related").size()).isPositive();
        for (JsonNode rel : r.get("related")) {
            assertThat(rel.get("id").asLong()).isNotEqualTo(300010);
            assertThat(rel.get("reason").asText()).isNotBlank();
            // what an editor pastes: the original address, an ISO date, reasons in parts
            assertThat(rel.get("url").asText()).startsWith("https://baohatinh.vn/");
            assertThat(rel.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
            assertThat(rel.get("reasons").get("words").isArray()).isTrue();
            assertThat(rel.get("reasons").has("sameEvent")).isTrue();
        }
        assertThat(r.get("copiesExcluded").isInt()).isTrue();
        HttpResponse<String> draft = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Xã Cẩm Nhượng chuẩn bị đua thuyền\",\"text\":\"Người dân xã Cẩm Nhượng tập đua thuyền trên sông La.\"}"))
                .build());
        assertThat(draft.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(draft.body()).get("related").get(0);
        assertThat(first.get("reason").asText()).isNotBlank();
        assertThat(first.get("permalink").asText()).startsWith(web.base() + "/bai/");
        HttpResponse<String> bad = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .POST(HttpRequest.BodyPublishers.ofString("không phải json")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> wrongTypes = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":123,\"text\":[\"a\"]}")).build());
        assertThat(wrongTypes.statusCode()).isEqualTo(400);
        assertThat(wrongTypes.body()).contains("phải là chuỗi văn bản");
    }

    @Test
    void exportsStreamTheWholeResultSet() throws Exception {
        HttpResponse<String> csv = web.get("/api/v1/export?format=csv&q=" + q("lúa"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        long total = Long.parseLong(csv.headers().firstValue("X-Total-Count").orElseThrow());
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFid,url,permalink,title,published,category,author,tags,places,wordCount,"
                + "sapo,citation,allWords");
        assertThat(lines).hasSize((int) total + 1);

        HttpResponse<String> all = web.get("/api/v1/export?format=jsonl");
        String[] rows = all.body().split("\n");
        assertThat(rows.length).isEqualTo(WebFixture.articles().size()).isGreaterThan(100);
        JsonNode row = JSON.readTree(rows[0]);
        assertThat(row.get("permalink").asText()).isEqualTo(web.base() + "/bai/" + row.get("id").asLong());

        HttpResponse<String> hostile = web.get("/api/v1/export?format=csv&q=" + q("iframe"));
        assertThat(hostile.body()).contains("\"<script>alert('tiêu đề')", "\"\"\"><svg").doesNotContain(",=");
        assertThat(ExportWriter.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void exportStopsAtTheCap() throws Exception {
        try (WebFixture small = new WebFixture(WebFixture.config().withExportCap(7),
                CrawlControl.unavailable(), RawCaptures.none())) {
            HttpResponse<String> r = small.get("/api/v1/export?format=jsonl");
            assertThat(r.body().split("\n")).hasSize(7);
            assertThat(r.headers().firstValue("X-Export-Rows")).hasValue("7");
        }
    }

    @Test
    void atomFeedIsWellFormedAndNewestFirst() throws Exception {
        HttpResponse<String> r = web.get("/api/v1/feed?q=" + q("lúa"));
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isPositive();
        assertThat(r.body()).contains("rel=\"self\"", "/bai/", "<title>Khotin – lúa</title>");
        // two feeds of one query with other filters read apart in a feed reader
        String filtered = web.get("/api/v1/feed?q=" + q("lúa") + "&category=" + q("Kinh tế") + "&since=2020").body();
        assertThat(filtered).contains("<title>Khotin – lúa · Chuyên mục: Kinh tế · Thời gian: 01/01/2020 – …</title>");
    }

    /**
     * A feed subscriber follows exactly the query: the feed served the relaxed search's articles with most of the
     * words, and a Telex-corrected query's results, which the query as typed never matches.
     */
    @Test
    void aFeedIsTheStrictSearchNeverRelaxedNorCorrected() throws Exception {
        String relaxed = q("bão đua thuyền cầu treo");
        JsonNode search = JSON.readTree(web.get("/api/v1/search?size=100&sort=newest&q=" + relaxed).body());
        assertThat(search.get("relaxed").asBoolean()).as("the page relaxes it").isTrue();
        List<String> strict = new ArrayList<>();
        JSON.readTree(web.get("/api/v1/search?size=100&sort=newest&exact=true&q=" + relaxed).body()).get("hits")
                .forEach(h -> strict.add(web.base() + "/bai/" + h.get("id").asLong()));
        assertThat(strict.size()).as("few articles have every word").isLessThan(search.get("total").asInt());
        String feed = web.get("/api/v1/feed?q=" + relaxed).body();
        assertThat(entryIds(feed)).containsExactlyElementsOf(strict.subList(0, Math.min(30, strict.size())));
        assertThat(feed).as("its page is the same exact search").contains("rel=\"alternate\" href=\"" + web.base()
                + "/?q=" + relaxed + "&amp;sort=newest&amp;size=30&amp;exact=true\"");

        String telex = q("caauf nguw");
        assertThat(JSON.readTree(web.get("/api/v1/search?q=" + telex).body()).get("correctedQuery").isTextual()).isTrue();
        assertThat(entryIds(web.get("/api/v1/feed?q=" + telex).body())).isEmpty();
    }

    /**
     * A page showing a correction's results links its exports and feed to the correction, so they hold what the page
     * shows (researchers' check: "giao thôngg" showed 119 corrected results and its feed link had none).
     */
    @Test
    void aCorrectedPageExportsWhatItShows() throws Exception {
        String telex = q("caauf nguw");
        String corrected = JSON.readTree(web.get("/api/v1/search?q=" + telex).body()).get("correctedQuery").asText();
        String page = web.get("/?q=" + telex).body();

        assertThat(page).contains("/api/v1/feed?q=" + q(corrected), "/api/v1/export?q=" + q(corrected))
                .doesNotContain("/api/v1/feed?q=" + telex);
        assertThat(entryIds(web.get("/api/v1/feed?q=" + q(corrected)).body())).isNotEmpty();
    }

    /** Without words, the page says it lists every article, newest first, and its order box says so too. */
    @Test
    void anEmptyQueryListsTheNewestAndSaysSo() {
        String page = web.get("/?q=").body();

        assertThat(page).contains("Tất cả bài, mới nhất trước").doesNotContain("cho “”");
        assertThat(page).containsPattern("<option value=\"newest\" selected[^>]*>mới nhất</option>");
    }

    /** The ids of a feed's entries, in order. */
    private static List<String> entryIds(String feed) throws Exception {
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            ids.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        }
        return ids;
    }

    @Test
    void healthAndMetrics() throws Exception {
        JsonNode health = JSON.readTree(web.get("/health").body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asInt()).isEqualTo(WebFixture.articles().size());
        web.get("/?q=" + q("lúa"));
        web.get("/bai/300001");
        String metrics = web.get("/metrics").body();
        assertThat(metrics).contains("khotin_http_requests_total{method=\"GET\",route=\"/bai/{id}\",status=\"200\"}",
                "khotin_http_request_duration_seconds_bucket{route=\"/\",le=\"+Inf\"}",
                "khotin_index_articles " + WebFixture.articles().size(), "khotin_crawl_state{state=\"idle\"} 1",
                "khotin_crawl_failures{reason=\"timeout\"} 3");
        assertThat(metrics).doesNotContain("route=\"/bai/300001\"");
    }

    @Test
    void statusPageShowsCrawlProgressAndFailures() {
        String body = web.get("/trang-thai").body();
        assertThat(body).contains("đang nghỉ", "Lỗi theo nguyên nhân", "timeout", "http-404", "120");
    }

    @Test
    void adminActionsNeedTheToken() throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(web.base() + "/admin/crawl/start"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(web.send(req.build()).statusCode()).isEqualTo(401);
        assertThat(web.send(req.copy().header("Authorization", "Bearer sai").build()).statusCode()).isEqualTo(401);
        assertThat(crawlStarts.get()).isZero();
        HttpResponse<String> ok = web.send(req.copy().header("Authorization", "Bearer bi-mat-123").build());
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(crawlStarts.get()).isEqualTo(1);
        assertThat(web.send(req.copy().header("Authorization", "Bearer bi-mat-123").build()).statusCode())
                .isEqualTo(409);
        HttpResponse<String> get = web.get("/admin/crawl/start");
        assertThat(get.statusCode()).isIn(404, 405);
    }

    @Test
    void adminActionsAreOffWithoutAConfiguredToken() throws Exception {
        try (WebFixture plain = new WebFixture()) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(plain.base() + "/admin/reindex"))
                    .header("Authorization", "Bearer ").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void apiRateLimitAnswers429WithRetryAfter() throws Exception {
        // one request a minute refills, so a loaded machine that takes seconds for these requests sees no refill
        try (WebFixture limited = new WebFixture(WebFixture.config().withRateLimit(1, 3),
                CrawlControl.unavailable(), RawCaptures.none())) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                codes.add(limited.get("/api/v1/search?q=lua").statusCode());
            }
            assertThat(codes).containsExactly(200, 200, 200, 429, 429);
            HttpResponse<String> refused = limited.get("/api/v1/search?q=lua");
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                    .as("seconds until the next request is allowed").isBetween(1L, 60L);
            assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("Quá nhiều yêu cầu");
            assertThat(limited.get("/?q=lua").statusCode()).as("pages are not rate limited").isEqualTo(200);
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnRateLimit() throws Exception {
        for (boolean trusted : new boolean[] {true, false}) {
            // one request a minute refills: on a loaded machine, five requests may take longer than a second
            WebConfig config = WebFixture.config().withRateLimit(1, 2)
                    .withTrustedProxies(trusted ? java.util.Set.of("127.0.0.1", "::1") : java.util.Set.of());
            try (WebFixture proxied = new WebFixture(config, CrawlControl.unavailable(), RawCaptures.none())) {
                List<Integer> codes = new ArrayList<>();
                for (String client : List.of("203.0.113.5", "203.0.113.5", "198.51.100.7", "198.51.100.7",
                        "203.0.113.5")) {
                    codes.add(proxied.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(proxied.base() + "/api/v1/search?q=lua"))
                            .header("X-Forwarded-For", "10.9.9.9, " + client).build()).statusCode());
                }
                // Trusted: two clients, two requests each, then the first is over its burst. Not trusted: the
                // header is ignored and everything counts against the proxy's own address.
                assertThat(codes).as("trusted=%s", trusted).containsExactly(trusted
                        ? new Integer[] {200, 200, 200, 200, 429} : new Integer[] {200, 200, 429, 429, 429});
            }
        }
    }

    @Test
    void editorToolFindsRelatedStoriesForADraft() {
        HttpResponse<String> form = web.get("/bien-tap");
        assertThat(form.body()).contains("<label for=\"title\"", "<label for=\"text\"", "method=\"post\"");
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/bien-tap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=" + q("Xã Cẩm Nhượng chuẩn bị đua thuyền") + "&text="
                        + q("<script>alert(1)</script> Người dân xã Cẩm Nhượng tập đua thuyền trên sông La.")))
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        // the copy list carries what an editor pastes: the title and the original baohatinh.vn address
        assertThat(r.body()).contains("class=\"reason\"", "Danh sách liên kết", " – https://baohatinh.vn/")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void aDraftTypedWithoutDiacriticsIsComparedWithThemAndTheEditorIsTold() throws Exception {
        String draft = "Nguoi dan xa Cam Nhuong tap dua thuyen tren song La chuan bi cho le hoi dau nam.";
        HttpResponse<String> api = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + draft + "\"}")).build());
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("accentsRestored").asBoolean()).isTrue();
        assertThat(body.get("related")).isNotEmpty();
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/bien-tap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=&text=" + q(draft))).build());
        assertThat(page.body()).contains("Bản thảo gõ không dấu: Khotin đã thêm dấu", "class=\"reason\"");
    }

    @Test
    void aDraftOfFunctionWordsFindsNothingAndTheEditorIsToldWhy() throws Exception {
        HttpResponse<String> api = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/related"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"và của là những các\"}")).build());
        JsonNode body = JSON.readTree(api.body());
        assertThat(body.get("related")).isEmpty();
        assertThat(body.get("message").asText())
                .isEqualTo("Bản thảo chỉ có từ chức năng (và, của, là…), không đủ để tìm tin liên quan.");
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/bien-tap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=&text=" + q("và của là những các"))).build());
        assertThat(page.body()).contains("Bản thảo chỉ có từ chức năng").doesNotContain("class=\"reason\"");
    }

    @Test
    void openApiDocumentsEveryApiRoute() throws Exception {
        JsonNode doc = JSON.readTree(web.get("/api/v1/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        String routes = new String(WebServerTest.class.getResourceAsStream("/vn/khotin/web/openapi.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(routes).isNotEmpty();
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/vn/khotin/web/Routes.java"));
        Matcher m = Pattern.compile("r\\.(get|post)\\(\"(/api/v1/[^\"]+)\"").matcher(source);
        int n = 0;
        while (m.find()) {
            n++;
            JsonNode path = doc.get("paths").get(m.group(2));
            assertThat(path).as("documented: %s", m.group(2)).isNotNull();
            assertThat(path.get(m.group(1))).as("method %s %s", m.group(1), m.group(2)).isNotNull();
        }
        assertThat(n).isGreaterThanOrEqualTo(6);
        Iterator<String> documented = doc.get("paths").fieldNames();
        while (documented.hasNext()) {
            assertThat(source).as("route exists").contains("\"" + documented.next() + "\"");
        }
    }

    @Test
    void gracefulShutdownFinishesRequestsInFlight() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CrawlControl slow = CrawlControl.statusOnly(() -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CrawlStatus.unavailable();
        });
        WebFixture fixture = new WebFixture(WebFixture.config(), slow, RawCaptures.none());
        var pending = fixture.http.sendAsync(HttpRequest.newBuilder(URI.create(fixture.base() + "/api/v1/crawl"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(() -> {
            try {
                fixture.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        closer.start();
        Thread.sleep(100);
        assertThat(closer.isAlive()).as("close waits for the request in flight").isTrue();
        HttpResponse<String> refused = fixture.get("/health");
        assertThat(refused.statusCode()).as("new requests are refused while draining").isEqualTo(503);
        release.countDown();
        HttpResponse<String> r = pending.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("UNAVAILABLE");
        closer.join(5_000);
        assertThat(closer.isAlive()).isFalse();
    }
}
