package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.web.WebServer;
import vn.khotin.pipeline.Workspace;

/**
 * The whole pipeline at small scale: a page served on loopback is crawled with {@code crawl --origin},
 * archived, extracted, indexed, and found through the real web server's JSON API.
 */
class WalkingSkeletonTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void crawledArticleIsFoundThroughTheSearchApi() throws Exception {
        try (TinySite site = new TinySite()) {
            site.page("/robots.txt", "User-agent: *\nDisallow: /cong-cu/\n")
                    .page("/", "<html><body><a href=\"/le-hoi-cau-ngu-post306123.html\">Lễ hội</a>"
                            + "<a href=\"/cong-cu/gia-vang\">Giá vàng</a></body></html>")
                    .page("/tin-moi.html", "<html><body></body></html>")
                    .page("/rss/home.rss", "<rss></rss>")
                    .page("/le-hoi-cau-ngu-post306123.html", TinySite.article(306123,
                            "Lễ hội cầu ngư ở Thạch Kim thu hút hàng nghìn du khách",
                            "Sáng 28/2, UBND xã Thạch Kim tổ chức lễ hội cầu ngư truyền thống.",
                            "Ngư dân Hà Tĩnh cầu mong một năm biển lặng, được mùa tôm cá.",
                            "Lễ hội có phần rước thuyền, hát ví dặm và đua thuyền trên sông."));

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "crawl",
                    "--origin", site.origin(), "--rate", "50", "--data", data.toString());

            assertThat(code).as("crawl exit code; stderr: %s", err).isZero();
            assertThat(out.toString()).contains("1 bài được lập chỉ mục");
            assertThat(site.requested).as("robots.txt Disallow honored").doesNotContain("/cong-cu/gia-vang");

            try (Workspace ws = Workspace.open(data); WebServer web = WebServer.start(new vn.khotin.search.ArticleSearch(ws.index()), new vn.khotin.search.RelatedStories(ws.index()), "127.0.0.1", 0)) {
                JsonNode result = getJson(web, "/api/v1/search?q=" + URLEncoder.encode("lễ hội cầu ngư",
                        StandardCharsets.UTF_8) + "&size=5");
                assertThat(result.get("total").asLong()).isEqualTo(1);
                JsonNode hit = result.get("hits").get(0);
                assertThat(hit.get("id").asLong()).isEqualTo(306123);
                assertThat(hit.get("title").asText()).isEqualTo("Lễ hội cầu ngư ở Thạch Kim thu hút hàng nghìn du khách");
                assertThat(hit.get("url").asText()).endsWith("-post306123.html");
                assertThat(hit.get("published").asText()).isEqualTo("2026-03-04T07:30:00+07:00");
                assertThat(hit.get("sapo").asText()).startsWith("Sáng 28/2, UBND xã Thạch Kim");
                assertThat(hit.get("snippet").asText()).contains("<mark>");

                JsonNode unaccented = getJson(web, "/api/v1/search?q=thach+kim");
                assertThat(unaccented.get("total").asLong()).as("query without diacritics").isEqualTo(1);

                JsonNode article = getJson(web, "/api/v1/articles/306123");
                assertThat(article.get("body").isArray()).isTrue();
                assertThat(article.get("body").get(0).asText()).startsWith("Ngư dân Hà Tĩnh");
                assertThat(article.get("source").asText()).isEqualTo("Baohatinh.vn");

                JsonNode health = getJson(web, "/health");
                assertThat(health.get("status").asText()).isEqualTo("ok");
                assertThat(health.get("articles").asInt()).isEqualTo(1);
            }
        }
    }

    private static JsonNode getJson(WebServer web, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
