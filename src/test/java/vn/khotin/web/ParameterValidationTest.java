package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * Every parameter is checked the same way on every endpoint: a malformed value is a 400 with a Vietnamese
 * message naming the parameter, never a 200 with nothing found or a value silently ignored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;

    @BeforeAll
    void start() {
        // many API requests in a row: no 429 from the per-client limit (tested on its own in WebServerTest)
        web = new WebFixture(WebFixture.config().withRateLimit(60_000, 6_000), CrawlControl.unavailable(),
                RawCaptures.none());
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void malformedFiltersAndSwitchesAre400sOnEveryEndpoint() throws Exception {
        Map<String, String> cases = Map.of(
                "year=abcd", "'year'",
                "year=99999", "'year'",
                "month=13", "'month'",
                "month=2024-13", "'month'",
                "from=-1", "'from'",
                "from=abc", "'from'",
                "collapse=maybe", "'collapse'",
                "explain=yes", "'explain'",
                "exact=maybe", "'exact'");
        for (String endpoint : List.of("/api/v1/search", "/api/v1/export", "/api/v1/feed")) {
            for (var c : cases.entrySet()) {
                if (c.getKey().startsWith("explain") && !endpoint.endsWith("search")) {
                    continue; // explain is a search API switch only
                }
                String url = endpoint + "?q=" + WebServerTest.q("lúa") + "&" + c.getKey();
                HttpResponse<String> r = web.get(url);
                assertThat(r.statusCode()).as(url).isEqualTo(400);
                JsonNode error = JSON.readTree(r.body());
                assertThat(error.get("error").asText()).as(url).contains(c.getValue());
            }
        }
        for (var c : cases.entrySet()) {
            if (c.getKey().startsWith("explain")) {
                continue;
            }
            HttpResponse<String> page = web.get("/?q=" + WebServerTest.q("lúa") + "&" + c.getKey());
            assertThat(page.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(page.body()).contains("Yêu cầu chưa hợp lệ", c.getValue());
        }
    }

    @Test
    void aDraftTooLongIsToldWhichFieldAndItsOwnLimit() throws Exception {
        String title = "Lũ lụt ở Hương Khê ".repeat(30); // 570 characters: over the title's 500, far under the body's
        HttpResponse<String> api = postJson("/api/v1/related",
                JSON.writeValueAsString(Map.of("title", title, "text", "Mưa lớn gây ngập ở Hương Khê.")));
        assertThat(api.statusCode()).isEqualTo(400);
        String message = JSON.readTree(api.body()).get("error").asText();
        assertThat(message).contains("Tiêu đề", "tối đa 500 ký tự", "570").doesNotContain("50.000", "50000", "Nội dung");

        HttpResponse<String> page = web.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(web.base() + "/bien-tap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=" + WebServerTest.q(title) + "&text="
                        + WebServerTest.q("Mưa lớn gây ngập ở Hương Khê."))).build());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Tiêu đề bản thảo quá dài: tối đa 500 ký tự").doesNotContain("50.000");

        HttpResponse<String> body = postJson("/api/v1/related",
                JSON.writeValueAsString(Map.of("title", "Lũ lụt", "text", "mưa ".repeat(12_501))));
        assertThat(JSON.readTree(body.body()).get("error").asText()).contains("Nội dung", "tối đa 50.000 ký tự")
                .doesNotContain("Tiêu đề");
    }

    private HttpResponse<String> postJson(String path, String json) {
        return web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void anUnknownOrRepeatedParameterIsWarnedAbout() throws Exception {
        JsonNode misspelt = JSON.readTree(web.get("/api/v1/search?q=lua&catgory=" + java.net.URLEncoder.encode(
                "Xã hội", java.nio.charset.StandardCharsets.UTF_8)).body());
        assertThat(misspelt.get("warnings").toString()).contains("không được hỗ trợ", "catgory");
        JsonNode twice = JSON.readTree(web.get("/api/v1/search?q=lua&q=bao").body());
        assertThat(twice.get("warnings").toString()).contains("lặp lại", "q");
        JsonNode known = JSON.readTree(web.get("/api/v1/search?q=lua&category=a&category=b&page=1&size=5").body());
        assertThat(known.get("warnings").toString()).doesNotContain("không được hỗ trợ", "lặp lại");
    }

    /** A stray "&" names no parameter: an export of "?q=lũ&" was a 400 about the parameter ''. */
    @Test
    void aStrayAmpersandIsNoParameter() throws Exception {
        assertThat(web.get("/api/v1/export?q=lua&").statusCode()).isEqualTo(200);
        assertThat(web.get("/api/v1/export?q=lua&&format=csv").statusCode()).isEqualTo(200);
        JsonNode search = JSON.readTree(web.get("/api/v1/search?q=lua&").body());
        assertThat(search.get("warnings").toString()).doesNotContain("không được hỗ trợ");
    }

    /** A misspelt field of a draft is named, as a search's unknown parameter is: "titel" was ignored in silence. */
    @Test
    void anUnknownFieldOfADraftIsNamed() throws Exception {
        HttpResponse<String> misspelt = postJson("/api/v1/related", JSON.writeValueAsString(Map.of(
                "titel", "Đua thuyền trên sông La", "text", "Người dân xã Cẩm Nhượng tập đua thuyền trên sông La.")));
        assertThat(misspelt.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(misspelt.body()).get("warnings").toString()).contains("không được hỗ trợ", "titel")
                .doesNotContain("\"text\"");
        HttpResponse<String> only = postJson("/api/v1/related", "{\"titel\": \"Đua thuyền trên sông La\"}");
        assertThat(only.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(only.body()).get("error").asText()).contains("'title' hoặc 'text'", "titel");
        HttpResponse<String> known = postJson("/api/v1/related", "{\"title\": \"Đua thuyền\", \"text\": \"Sông La\"}");
        assertThat(JSON.readTree(known.body()).get("warnings")).isEmpty();
    }

    /**
     * {@code size=0} asks the search API for the counts alone, as Elasticsearch's does (it was a 400); the site's
     * page and the feed, which exist to show hits, still want at least one, and say so.
     */
    @Test
    void sizeZeroAsksTheSearchApiForTheCountsAlone() throws Exception {
        String lua = "/api/v1/search?q=" + WebServerTest.q("lúa") + "&facets=category,year&timeline=year";
        HttpResponse<String> r = web.get(lua + "&size=0");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode counts = JSON.readTree(r.body());
        JsonNode page = JSON.readTree(web.get(lua).body());
        assertThat(counts.get("hits")).isEmpty();
        assertThat(counts.get("size").asInt()).isZero();
        assertThat(counts.get("total").asLong()).isPositive().isEqualTo(page.get("total").asLong());
        assertThat(counts.get("facets")).isNotEmpty().isEqualTo(page.get("facets"));
        assertThat(counts.get("timeline")).isNotEmpty().isEqualTo(page.get("timeline"));
        HttpResponse<String> offset = web.get(lua + "&size=0&from=5");
        assertThat(offset.statusCode()).as("no page number to work out of from=5: %s", offset.body()).isEqualTo(200);
        assertThat(JSON.readTree(offset.body()).get("hits")).isEmpty();
        assertThat(JSON.readTree(web.get(lua + "&size=-1").body()).get("error").asText())
                .contains("'size'", "từ 0 đến 100", "chỉ đếm");
        HttpResponse<String> site = web.get("/?q=" + WebServerTest.q("lúa") + "&size=0");
        assertThat(site.statusCode()).isEqualTo(400);
        assertThat(site.body()).contains("Yêu cầu chưa hợp lệ", "size", "phải từ 1 đến 100.");
        HttpResponse<String> feed = web.get("/api/v1/feed?q=" + WebServerTest.q("lúa") + "&size=0");
        assertThat(feed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(feed.body()).get("error").asText()).contains("'size'", "từ 1 đến 100");
    }

    @Test
    void wellFormedValuesStillWork() throws Exception {
        for (String ok : List.of("year=2024", "month=2024-06", "month=06/2024", "collapse=FALSE", "explain=true",
                "exact=true", "collapse=true", "from=0")) {
            HttpResponse<String> r = web.get("/api/v1/search?q=" + WebServerTest.q("lúa") + "&" + ok);
            assertThat(r.statusCode()).as(ok).isEqualTo(200);
        }
        JsonNode month = JSON.readTree(web.get("/api/v1/search?month=" + WebServerTest.q("06/2024")).body());
        assertThat(month.get("total").asLong()).as("06/2024 is the month 2024-06").isPositive();
    }

    @Test
    void sinceAndUntilTakeTheDatesOfTheQueryLanguage() throws Exception {
        String lua = "/api/v1/search?collapse=false&q=" + WebServerTest.q("lúa");
        Map<String, String> sameAs = Map.of(
                "since=15/02/2025", "since=2025-02-15",
                "until=15/02/2025", "until=2025-02-15",
                "since=06/2024", "since=2024-06-01",
                "until=06/2024", "until=2024-06-30",
                "until=6/2024", "until=2024-06-30",
                "since=2025", "since=2025-01-01",
                "until=2024", "until=2024-12-31");
        for (var c : sameAs.entrySet()) {
            HttpResponse<String> r = web.get(lua + "&" + c.getKey());
            assertThat(r.statusCode()).as(c.getKey() + ": " + r.body()).isEqualTo(200);
            assertThat(total(r)).as(c.getKey()).isEqualTo(total(web.get(lua + "&" + c.getValue())));
        }
        long inQuery = total(web.get("/api/v1/search?collapse=false&q=" + WebServerTest.q("lúa từ:03/2024 đến:06/2024")));
        assertThat(total(web.get(lua + "&since=03/2024&until=06/2024"))).isEqualTo(inQuery).isPositive();
        HttpResponse<String> page = web.get("/?q=" + WebServerTest.q("lúa") + "&since=" + WebServerTest.q("15/02/2025"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"2025-02-15\"");
        for (String bad : List.of("since=abc", "until=2024-06-15-1")) {
            HttpResponse<String> r = web.get(lua + "&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad)
                    .contains("'" + bad.substring(0, bad.indexOf('=')) + "'", "dd/mm/yyyy");
        }
    }

    /** A date in the right form that does not exist is told so: the 400 said to use dd/mm/yyyy, as typed. */
    @Test
    void aDateThatDoesNotExistIsToldSoNotToUseTheFormItWasTypedIn() throws Exception {
        String lua = "/api/v1/search?q=" + WebServerTest.q("lúa");
        Map<String, String> said = Map.of(
                "since=31/02/2020", "Tham số 'since': Ngày 31/02/2020 không có thật (tháng 2/2020 chỉ có 29 ngày).",
                "until=2023-02-29", "Tham số 'until': Ngày 2023-02-29 không có thật (tháng 2/2023 chỉ có 28 ngày).",
                "since=31/13/2020", "Tham số 'since': Ngày 31/13/2020 không có thật (không có tháng 13).",
                "until=13/2024", "Tham số 'until': Tháng 13/2024 không có thật (tháng từ 1 đến 12).");
        for (var c : said.entrySet()) {
            HttpResponse<String> r = web.get(lua + "&" + c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        HttpResponse<String> page = web.get("/?q=" + WebServerTest.q("lúa") + "&since=" + WebServerTest.q("31/02/2020"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Ngày 31/02/2020 không có thật").doesNotContain("dd/mm/yyyy");
    }

    @Test
    void everyPagePastTheEndIsThePageJustPastTheEnd() throws Exception {
        String lua = "q=" + WebServerTest.q("lúa") + "&collapse=false&size=5";
        JsonNode first = JSON.readTree(web.get("/api/v1/search?" + lua).body());
        long total = first.get("total").asLong();
        int last = (int) ((total + 4) / 5);
        assertThat(last).as("the fixture's matches span a few pages").isBetween(2, 100);
        for (int page : new int[] {last + 1, last + 2, 999, 2_000_000_000}) {
            HttpResponse<String> api = web.get("/api/v1/search?" + lua + "&page=" + page);
            assertThat(api.statusCode()).as("page %d: %s", page, api.body()).isEqualTo(200);
            JsonNode r = JSON.readTree(api.body());
            assertThat(r.get("total").asLong()).isEqualTo(total);
            assertThat(r.get("page").asInt()).isEqualTo(page);
            assertThat(r.get("hits")).isEmpty();
            HttpResponse<String> site = web.get("/?" + lua + "&page=" + page);
            assertThat(site.statusCode()).as("page %d", page).isEqualTo(200);
            assertThat(site.body()).contains("Trang này nằm sau kết quả cuối cùng")
                    .contains("href=\"/?q=l%C3%BAa&amp;page=" + last + "&amp;size=5&amp;collapse=false\">Về trang cuối "
                            + "(trang " + last + ")</a>")
                    .doesNotContain("page=" + (last + 1) + "&amp;");
        }
        for (String bad : List.of("page=0", "page=-3", "page=abc", "page=99999999999")) {
            assertThat(web.get("/api/v1/search?" + lua + "&" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    /** An integer too large to read is told so, with the largest accepted: the 400 said it was no integer. */
    @Test
    void anIntegerTooLargeToReadIsToldSoWithItsMaximum() throws Exception {
        String lua = "/api/v1/search?q=" + WebServerTest.q("lúa") + "&";
        Map<String, String> said = Map.of(
                "page=99999999999", "Tham số 'page' quá lớn: tối đa 2147483647.",
                "size=99999999999", "Tham số 'size' quá lớn: tối đa 100.",
                "from=-99999999999", "Tham số 'from' quá nhỏ: tối thiểu 0.",
                "page=12a", "Tham số 'page' phải là số nguyên.");
        for (var c : said.entrySet()) {
            HttpResponse<String> r = web.get(lua + c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        assertThat(JSON.readTree(web.get("/api/v1/suggest?q=lu&size=99999999999").body()).get("error").asText())
                .isEqualTo("Tham số 'size' quá lớn: tối đa 20.");
        assertThat(web.get("/?q=" + WebServerTest.q("lúa") + "&page=99999999999").body())
                .contains("Tham số 'page' quá lớn: tối đa 2147483647.");
    }

    @Test
    void aPageBeyondTheFirst10000ResultsIsAnApi400AndASitePageThatSaysWhy() throws Exception {
        try (WebFixture big = new WebFixture(numbered(10_050))) {
            String lua = "q=" + WebServerTest.q("lúa") + "&collapse=false";
            HttpResponse<String> readable = big.get("/api/v1/search?" + lua + "&size=20&page=500");
            assertThat(readable.statusCode()).as(readable.body()).isEqualTo(200);
            assertThat(JSON.readTree(readable.body()).get("total").asLong()).isEqualTo(10_050);
            assertThat(JSON.readTree(readable.body()).get("hits")).hasSize(20);
            // results 10,001-10,050 stand beyond the window: pages 501-503 of 20, or from=9950 of 100
            for (String page : List.of("size=20&page=501", "size=20&page=503", "size=100&from=9950")) {
                HttpResponse<String> api = big.get("/api/v1/search?" + lua + "&" + page);
                assertThat(api.statusCode()).as("%s: %s", page, api.body()).isEqualTo(400);
                assertThat(JSON.readTree(api.body()).get("error").asText()).as(page)
                        .isEqualTo("Chỉ xem được 10000 kết quả đầu tiên; hãy thu hẹp tìm kiếm.");
            }
            for (String page : List.of("size=20&page=504", "size=20&page=600")) {
                HttpResponse<String> past = big.get("/api/v1/search?" + lua + "&" + page);
                assertThat(past.statusCode()).as("results end at 10,050: %s is past them", page).isEqualTo(200);
                assertThat(JSON.readTree(past.body()).get("hits")).isEmpty();
                assertThat(JSON.readTree(past.body()).get("total").asLong()).isEqualTo(10_050);
            }

            String backToPage500 = "<a href=\"/?q=l%C3%BAa&amp;page=500&amp;collapse=false\">"
                    + "Về trang cuối (trang 500)</a>";
            HttpResponse<String> site = big.get("/?" + lua + "&page=502");
            assertThat(site.statusCode()).isEqualTo(200);
            assertThat(site.body()).contains("10.050 kết quả", "Chỉ xem được 10.000 kết quả đầu tiên; trang này nằm sau "
                    + "đó. Hãy thu hẹp tìm kiếm", backToPage500).doesNotContain("Trang này nằm sau kết quả cuối cùng");
            HttpResponse<String> sitePast = big.get("/?" + lua + "&page=600");
            assertThat(sitePast.statusCode()).isEqualTo(200);
            assertThat(sitePast.body()).contains("Trang này nằm sau kết quả cuối cùng. " + backToPage500)
                    .doesNotContain("Chỉ xem được");
        }
    }

    /** {@code n} short articles about rice, each its own story. */
    private static List<Article> numbered(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = 500_000 + i;
            out.add(new Article(id, "https://baohatinh.vn/tin-" + id + "-post" + id + ".html", "Vụ lúa số " + i, "",
                    "Baohatinh.vn", List.of("Bản tin lúa mã " + Long.toString(id * 7919, 36) + "."), List.of(), "",
                    OffsetDateTime.of(2020 + i % 6, 1 + i % 12, 1 + i % 28, 7, 0, 0, 0, WebFixture.VN), null,
                    "Kinh tế", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE));
        }
        return out;
    }

    private static long total(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("total").asLong();
    }

    @Test
    void fromIsAnyOffsetNotOnlyAMultipleOfSize() throws Exception {
        String q = "/api/v1/search?q=" + WebServerTest.q("lúa") + "&collapse=false";
        JsonNode all = JSON.readTree(web.get(q + "&size=10").body());
        List<Long> ids = new ArrayList<>();
        all.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
        HttpResponse<String> r = web.get(q + "&size=4&from=3");
        assertThat(r.statusCode()).isEqualTo(200);
        List<Long> window = new ArrayList<>();
        JSON.readTree(r.body()).get("hits").forEach(h -> window.add(h.get("id").asLong()));
        assertThat(window).containsExactlyElementsOf(ids.subList(3, 7));
    }
}
