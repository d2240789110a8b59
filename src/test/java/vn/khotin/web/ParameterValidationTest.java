package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
        web = new WebFixture();
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
        for (String bad : List.of("since=abc", "since=31/02/2024", "until=13/2024", "until=2024-06-15-1")) {
            HttpResponse<String> r = web.get(lua + "&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad)
                    .contains("'" + bad.substring(0, bad.indexOf('=')) + "'", "dd/mm/yyyy");
        }
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
