package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static HttpCore.Request get(String path, String query) {
        return new HttpCore.Request(Instant.EPOCH, "GET", path, query, Map.of());
    }

    private static Page named(String name) {
        return Page.text("text/plain", name);
    }

    private static String text(Page page) {
        return page == null ? null : new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theFirstRouteThatAnswersWinsAndANullAnswerLetsTheNextOnesTry() {
        RouteTable table = new RouteTable()
                .get(Pattern.compile("^/cong-cu/.*"), c -> c.path().endsWith("/thoi-tiet") ? named("tool") : null)
                .get(Pattern.compile("^/([a-z-]+)/(.*)$"), c -> named("section " + c.group(1)))
                .get(Pattern.compile("^/cong-cu/thoi-tiet$"), c -> named("never reached"));
        assertThat(text(table.answer(get("/cong-cu/thoi-tiet", ""), 1))).isEqualTo("tool");
        assertThat(text(table.answer(get("/cong-cu/xo-so", ""), 1))).isEqualTo("section cong-cu");
        assertThat(table.answer(get("/", ""), 1)).isNull();
    }

    @Test
    void anExactPathIsTakenLiterallyAndWhole() {
        RouteTable table = new RouteTable().get("/robots.txt", c -> named("robots"));
        assertThat(text(table.answer(get("/robots.txt", ""), 1))).isEqualTo("robots");
        assertThat(table.answer(get("/robotsXtxt", ""), 1)).isNull();
        assertThat(table.answer(get("/robots.txt/", ""), 1)).isNull();
        assertThat(table.answer(get("/robots.txt\n", ""), 1)).isNull();
    }

    @Test
    void aCallCarriesTheGroupsTheVisitAndThePageParameter() {
        RouteTable table = new RouteTable().get(Pattern.compile("^/([a-z]+)-post(\\d+)\\.html$"),
                c -> named(c.group(1) + " " + c.number(2) + " visit " + c.visit() + " page " + c.page()));
        for (var example : List.of(
                List.of("", "bai 42 visit 3 page 1"),
                List.of("page=7", "bai 42 visit 3 page 7"),
                List.of("utm_source=x&page=12&b=1", "bai 42 visit 3 page 12"),
                List.of("subpage=5", "bai 42 visit 3 page 1"))) {
            assertThat(text(table.answer(get("/bai-post42.html", example.get(0)), 3))).isEqualTo(example.get(1));
        }
    }
}
