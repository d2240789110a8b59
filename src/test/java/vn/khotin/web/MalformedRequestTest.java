package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests Jetty rejects before any route runs still get the site's own Vietnamese page, in UTF-8 (JSON with the
 * status under /api); addresses with broken encoding and methods an address does not take are said to be so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTest {

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
    void ambiguousPathsGetTheSitesErrorPage() {
        for (String path : List.of("/static/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/khotin.lock",
                "/static/%2e%2e/khotin.css", "/static/..%2f..%2fpom.xml")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            if (r.statusCode() == 400) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("utf-8");
                assertThat(r.body()).contains("Yêu cầu chưa hợp lệ");
            }
            assertThat(r.body()).as(path).contains("lang=\"vi\"", "<main",
                    "Về trang tìm kiếm").doesNotContain("HTTP ERROR", "Bad Request");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void aQueryOfThousandsOfCharactersGetsTheSearchsOwnLimitAndAnAddressTooLongAVietnamesePage() {
        String q = WebServerTest.q("lũ lụt Hương Khê ".repeat(300)); // 5,100 characters, some 30 kB encoded
        HttpResponse<String> api = web.get("/api/v1/search?q=" + q);
        HttpResponse<String> huge = web.get("/?q=" + WebServerTest.q("lũ lụt Hương Khê ".repeat(6_000)));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(api.body()).contains("Câu tìm quá dài", "1000 ký tự");
        assertThat(huge.statusCode()).isEqualTo(414);
        assertThat(huge.body()).contains("lang=\"vi\"", "quá dài").doesNotContain("HTTP ERROR", "không được phép");
    }

    @Test
    void aQueryOfMoreDistinctWordsThanTheRelaxedSearchCanWeighGetsTheStrictAnswerNotA500() throws Exception {
        // 26 codes no article has: the relaxed search weighs each word's rarity, and Lucene stopped at 1,024 terms
        for (String word : List.of("QL", "bão", "từ")) {
            String codes = java.util.stream.IntStream.range(0, 26).mapToObj(i -> word + i)
                    .collect(java.util.stream.Collectors.joining(" "));
            HttpResponse<String> api = web.get("/api/v1/search?q=" + WebServerTest.q(codes));
            HttpResponse<String> page = web.get("/?q=" + WebServerTest.q(codes));

            assertThat(api.statusCode()).as(codes).isEqualTo(200);
            assertThat(JSON.readTree(api.body()).get("total").asLong()).isZero();
            assertThat(page.statusCode()).as(codes).isEqualTo(200);
        }
    }

    @Test
    void brokenPercentEncodingOrUtf8InTheAddressIsA400SayingSo() throws Exception {
        for (String query : List.of("q=%zz", "q=%", "q=l%C5%A9+%2", "q=%FF%FE", "q=l%E1%BB", "q=a&category=%zz")) {
            Raw api = raw("/api/v1/search?" + query);
            assertThat(api.status()).as(query).isEqualTo(400);
            JsonNode error = JSON.readTree(api.body());
            assertThat(error.get("status").asInt()).as(query).isEqualTo(400);
            assertThat(error.get("error").asText()).as(query).contains("mã hóa ký tự bị hỏng", "UTF-8");

            Raw page = raw("/?" + query);
            assertThat(page.status()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains("lang=\"vi\"", "Yêu cầu chưa hợp lệ", "mã hóa ký tự bị hỏng")
                    .doesNotContain("\uFFFD");
        }
        assertThat(JSON.readTree(raw("/api/v1/search?q=%FF%FE").body()).get("error").asText())
                .contains("“%FF%FE”", "không phải văn bản UTF-8");
        assertThat(JSON.readTree(raw("/api/v1/search?q=%zz").body()).get("error").asText()).contains("“%zz”", "%25");
        // well-formed escapes, a literal % written %25 and an encoded U+FFFD are fine
        for (String query : List.of("q=l%C5%A9+l%E1%BB%A5t", "q=100%25", "q=%EF%BF%BD", "q=a+b&size=5")) {
            assertThat(raw("/api/v1/search?" + query).status()).as(query).isEqualTo(200);
            assertThat(raw("/?" + query).status()).as(query).isEqualTo(200);
        }
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsA405WithAllowAndHowToCallIt() throws Exception {
        HttpResponse<String> related = send("GET", "/api/v1/related");
        assertThat(related.statusCode()).isEqualTo(405);
        assertThat(related.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        JsonNode error = JSON.readTree(related.body());
        assertThat(error.get("status").asInt()).isEqualTo(405);
        assertThat(error.get("error").asText()).contains("GET", "POST", "JSON", "\"title\"", "\"text\"");

        for (String[] c : new String[][] {{"POST", "/api/v1/search"}, {"DELETE", "/api/v1/articles/306123"},
                {"PUT", "/api/v1/articles/300001/related"}}) {
            HttpResponse<String> r = send(c[0], c[1]);
            assertThat(r.statusCode()).as(c[1]).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(c[1]).hasValue("GET, HEAD, OPTIONS");
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(c[1]).contains(c[0], "hãy dùng GET");
        }
        HttpResponse<String> admin = send("GET", "/admin/reindex");
        assertThat(admin.statusCode()).isEqualTo(405);
        assertThat(admin.headers().firstValue("Allow")).hasValue("POST");
        assertThat(JSON.readTree(admin.body()).get("error").asText()).contains("POST", "Authorization: Bearer");

        HttpResponse<String> editor = send("PUT", "/bien-tap");
        assertThat(editor.statusCode()).isEqualTo(405);
        assertThat(editor.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertThat(editor.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(editor.body()).contains("lang=\"vi\"", "Phương thức không được hỗ trợ", "PUT", "GET", "POST")
                .doesNotContain("Không tìm thấy trang");
        assertThat(send("POST", "/").headers().firstValue("Allow")).hasValue("GET, HEAD");

        // an address no route serves is still a 404, even under /api where the CORS preflight answers OPTIONS
        for (String path : List.of("/api/v1/khong-co", "/khong-co", "/static/khotin.css")) {
            HttpResponse<String> r = send("POST", path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Allow")).as(path).isEmpty();
        }
        assertThat(send("OPTIONS", "/api/v1/related").statusCode()).isEqualTo(204);
    }

    @Test
    void errorsJettyAnswersUnderApiAreJsonWithTheirStatus() throws Exception {
        HttpRequest big = HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/search?q=a"))
                .header("X-Lon", "b".repeat(WebServer.MAX_REQUEST_HEADER_BYTES + 1_000)).build();
        HttpResponse<String> r = web.send(big);
        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("status").asInt()).isEqualTo(431);
        assertThat(error.get("error").asText()).contains("quá lớn");
    }

    /** An answer read off the socket. */
    private record Raw(int status, String body) {}

    /**
     * A GET of {@code target} exactly as written, which {@link java.net.URI} would refuse; HTTP/1.0, so the body is
     * never chunked.
     */
    private Raw raw(String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(answer.substring(9, 12)), answer.substring(end + 4));
        }
    }

    private HttpResponse<String> send(String method, String path) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
