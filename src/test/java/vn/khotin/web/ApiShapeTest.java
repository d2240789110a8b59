package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.khotin.model.CrawlStatus;

/**
 * Pins the JSON every endpoint answers with, over the test archive: per endpoint, each JSON path with the types
 * seen there and, for objects, the keys in the order written (each distinct order seen, as optional keys come and
 * go). The expected shapes are in {@code api-shapes.txt}; a change to the stored article or to the search records
 * that reaches the API fails here. A deliberate API change updates that file (the actual shapes are written to
 * {@code target/api-shapes.actual.txt} when they differ).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;

    @BeforeAll
    void start() {
        AtomicInteger calls = new AtomicInteger();
        CrawlControl crawl = CrawlControl.statusOnly(() -> {
            // in turn a crawler with everything known, one with nothing and one reindexing: both forms of each field
            Instant started = Instant.parse("2026-03-01T00:00:00Z");
            return switch (calls.getAndIncrement() % 3) {
                case 0 -> new CrawlStatus(CrawlStatus.State.RUNNING, started, started.plusSeconds(57), 10, 3, 7,
                        Map.of("timeout", 3L, "http-404", 2L), 1.5, 42L,
                        new CrawlStatus.RunSummary(1, started, started.plusSeconds(57), true, 57, 11, 10, 3, 0),
                        new CrawlStatus.Totals(111, 130, 2, 4096, 1), "Lỗi thử.", null);
                case 1 -> CrawlStatus.unavailable();
                default -> new CrawlStatus(CrawlStatus.State.REINDEXING, null, null, 0, 0, 0, Map.of(), 0, null, null,
                        new CrawlStatus.Totals(111, 0, 2, 4096, 0), null, new CrawlStatus.Reindex(
                                started.plusSeconds(600), 1200, 800, 400, 3_000_000, 14_000_000, 35L, false));
            };
        });
        web = new WebFixture(WebFixture.config().withAdminToken("ma-thu"), crawl, RawCaptures.none());
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void everyEndpointKeepsItsJsonShape() throws IOException {
        Map<String, List<JsonNode>> samples = new LinkedHashMap<>();
        String lua = WebServerTest.q("lúa");
        get(samples, "search", "/api/v1/search?q=" + lua + "&size=3",
                "/api/v1/search?q=" + lua + "&size=3&facets=all&timeline=month&explain=true",
                "/api/v1/search?q=" + lua + "&size=3&facets=category&timeline=year&sort=newest",
                "/api/v1/search?q=lua&size=2", // an accent suggestion
                "/api/v1/search?q=luaf&size=2", // corrected (Telex)
                "/api/v1/search?q=" + WebServerTest.q("bão đua thuyền cầu treo") + "&size=2", // relaxed
                "/api/v1/search?q=" + WebServerTest.q("lúa \"đua") + "&size=2", // a warning
                "/api/v1/search?q=" + WebServerTest.q("di tích Đồng Lộc"), // a folded copy
                "/api/v1/search?q=zzzqqq");
        get(samples, "article", "/api/v1/articles/300010", "/api/v1/articles/800001",
                "/api/v1/articles/" + WebFixture.HOSTILE_ID);
        get(samples, "articleRelated", "/api/v1/articles/300003/related",
                "/api/v1/articles/" + WebFixture.HOSTILE_ID + "/related");
        post(samples, "draftRelated", "/api/v1/related",
                "{\"title\":\"Xã Cẩm Nhượng chuẩn bị đua thuyền\",\"text\":\"Người dân xã Cẩm Nhượng tập đua thuyền trên sông La.\"}",
                "{\"title\":\"lúa\"}", // too short to compare: search results, no dates apart
                "{\"title\":\"zzzqqq xxyyzz\"}", // nothing: the message
                "{\"titel\":\"Đua thuyền\",\"text\":\"Người dân xã Cẩm Nhượng tập đua thuyền.\"}", // a warning
                // a person both mention (reasons.people): "Cẩm Nhượng" above and "Thạch Kim" are places
                "{\"title\":\"Nông dân Can Lộc được mùa lúa\",\"text\":\"Nông dân Can Lộc thu hoạch lúa được giá,"
                        + " ông Trần Văn Bình cho biết.\"}");
        get(samples, "suggest", "/api/v1/suggest?q=thach", "/api/v1/suggest?q=" + WebServerTest.q("Lễ hội"));
        get(samples, "analyze", "/api/v1/analyze?text=" + WebServerTest.q("UBND tỉnh Hà Tĩnh"),
                "/api/v1/analyze?text=hoaf+binhf&query=true&field=title");
        get(samples, "crawl", "/api/v1/crawl", "/api/v1/crawl", "/api/v1/crawl");
        get(samples, "export", "/api/v1/export?format=jsonl&fields=all&q=" + lua,
                "/api/v1/export?format=jsonl&q=" + WebServerTest.q("iframe"));
        get(samples, "error", "/api/v1/articles/424242", "/api/v1/search?size=1000", "/api/v1/khong-co");
        get(samples, "health", "/health");
        post(samples, "admin", "/admin/crawl/start", "");

        StringBuilder actual = new StringBuilder();
        samples.forEach((endpoint, bodies) -> {
            Map<String, Shape> shapes = new TreeMap<>();
            bodies.forEach(b -> collect(b, "$", shapes));
            shapes.forEach((path, s) -> actual.append(endpoint).append(' ').append(path).append(' ')
                    .append(s).append('\n'));
        });
        String expected;
        try (InputStream in = ApiShapeTest.class.getResourceAsStream("api-shapes.txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.toString().equals(expected)) {
            Files.writeString(Path.of("target", "api-shapes.actual.txt"), actual);
        }
        assertThat(actual.toString()).as("JSON shapes (actual in target/api-shapes.actual.txt)").isEqualTo(expected);
    }

    /** The types seen at one path, and the key orders of the objects there. */
    private static final class Shape {
        final TreeSet<String> types = new TreeSet<>();
        final TreeSet<String> keyOrders = new TreeSet<>();

        @Override
        public String toString() {
            return String.join("|", types) + (keyOrders.isEmpty() ? "" : " " + String.join(" ", keyOrders));
        }
    }

    private static void collect(JsonNode node, String path, Map<String, Shape> shapes) {
        Shape shape = shapes.computeIfAbsent(path, p -> new Shape());
        shape.types.add(type(node));
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            shape.keyOrders.add("{" + String.join(",", keys) + "}");
            // the analysis' fields are keyed by field name: one shape for all of them
            boolean map = path.endsWith(".failuresByReason") || path.equals("$.fields");
            node.properties().forEach(e -> collect(e.getValue(), path + (map ? ".*" : "." + e.getKey()), shapes));
            if (map) {
                shape.keyOrders.clear();
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", shapes));
        }
    }

    private static String type(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void get(Map<String, List<JsonNode>> samples, String endpoint, String... paths) throws IOException {
        for (String path : paths) {
            add(samples, endpoint, path, web.get(path));
        }
    }

    private void post(Map<String, List<JsonNode>> samples, String endpoint, String path, String... bodies)
            throws IOException {
        for (String body : bodies) {
            add(samples, endpoint, path, web.send(HttpRequest.newBuilder(URI.create(web.base() + path))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer ma-thu")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }
    }

    private static void add(Map<String, List<JsonNode>> samples, String endpoint, String path,
            HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).containsAnyOf("json", "ndjson");
        List<JsonNode> list = samples.computeIfAbsent(endpoint, e -> new ArrayList<>());
        for (String line : r.body().split("\n")) { // JSON Lines: one document per line
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
    }
}
