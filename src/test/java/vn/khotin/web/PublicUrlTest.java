package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a reverse proxy the Host header names the proxy's upstream ("127.0.0.1:7070"), and any client may set it:
 * permalinks made from it pointed readers of an export or a feed at an address they cannot reach. With
 * {@code KHOTIN_PUBLIC_URL} set, every permalink uses the site's public address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicUrlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(WebFixture.config().withPublicUrl("https://kho.example.vn/"),
                CrawlControl.unavailable(), RawCaptures.none());
    }

    @AfterAll
    void stop() throws java.io.IOException {
        web.close();
    }

    @Test
    void exportsAndFeedsLinkToThePublicAddress() throws Exception {
        HttpResponse<String> all = web.get("/api/v1/export?format=jsonl");
        JsonNode row = JSON.readTree(all.body().split("\n")[0]);

        assertThat(row.get("permalink").asText()).isEqualTo("https://kho.example.vn/bai/" + row.get("id").asLong());
        assertThat(web.get("/api/v1/feed?q=l%C3%BAa").body()).contains("https://kho.example.vn/bai/")
                .doesNotContain(web.base() + "/bai/");
    }

    @Test
    void searchHitsAndArticlesCarryTheirPermalink() throws Exception {
        JsonNode hit = JSON.readTree(web.get("/api/v1/search?q=l%C3%BAa").body()).path("hits").get(0);
        long id = hit.get("id").asLong();
        assertThat(hit.get("permalink").asText()).isEqualTo("https://kho.example.vn/bai/" + id);

        JsonNode article = JSON.readTree(web.get("/api/v1/articles/" + id).body());
        assertThat(article.get("permalink").asText()).isEqualTo("https://kho.example.vn/bai/" + id);
    }

    @Test
    void theBrowsersSearchEngineDescriptionUsesThePublicAddress() throws Exception {
        HttpResponse<String> description = web.get("/opensearch.xml");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/opensearchdescription+xml");
        assertThat(description.body()).contains("template=\"https://kho.example.vn/?q={searchTerms}\"")
                .contains("template=\"https://kho.example.vn/api/v1/feed?q={searchTerms}\"");
        assertThat(web.get("/").body()).contains("href=\"/opensearch.xml\"");
    }

    @Test
    void thePublicAddressIsReadFromTheEnvironmentAndChecked() {
        assertThat(WebConfig.fromEnvironment("127.0.0.1", 7070, Map.of(WebConfig.PUBLIC_URL_ENV,
                "https://kho.example.vn/tin/")).publicUrl()).isEqualTo("https://kho.example.vn/tin");
        assertThat(WebConfig.fromEnvironment("127.0.0.1", 7070, Map.of()).publicUrl()).isNull();
        assertThatThrownBy(() -> WebConfig.fromEnvironment("127.0.0.1", 7070,
                Map.of(WebConfig.PUBLIC_URL_ENV, "kho.example.vn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KHOTIN_PUBLIC_URL")
                .hasMessageContaining("https://");
    }
}
