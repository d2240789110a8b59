package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Requests Jetty rejects before any route runs still get the site's own Vietnamese page, in UTF-8. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTest {

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
}
