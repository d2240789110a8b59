package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every example the home page and the help page offer is a real search: followed as a link, it finds articles
 * as written (no correction, no dropped words), both in the demo archive ({@code khotin demo}) and in the test
 * archive.
 */
class ExamplesTest {

    @Test
    void everyExampleFindsArticlesInTheDemoArchive() throws Exception {
        try (WebFixture demo = new WebFixture(DemoArchive.articles())) {
            assertEveryExampleFinds(demo);
        }
    }

    @Test
    void everyExampleFindsArticlesInTheTestArchive() throws Exception {
        try (WebFixture web = new WebFixture()) {
            assertEveryExampleFinds(web);
        }
    }

    private static void assertEveryExampleFinds(WebFixture site) {
        List<String> home = examples(site, "/");
        List<String> help = examples(site, "/tro-giup");
        assertThat(home).as("examples on the home page").hasSize(3);
        assertThat(help).as("syntax lines and URL parameters on the help page").hasSize(17);
        List<String> all = new ArrayList<>(home);
        all.addAll(help);
        for (String href : all) {
            assertThat(href).startsWith("/?");
            Document results = Jsoup.parse(site.get(href).body());
            String count = results.select("p.count").text();
            assertThat(count).as(href).matches("[1-9][0-9.]* kết quả.*");
            assertThat(results.select("ol.hits > li")).as(href).isNotEmpty();
            assertThat(results.select(".suggest.corrected")).as(href + ": found as written, not corrected").isEmpty();
            assertThat(results.select(".suggest.relaxed").text()).as(href + ": some article has every word")
                    .doesNotStartWith("Không có bài chứa đủ");
        }
    }

    private static List<String> examples(WebFixture site, String page) {
        var response = site.get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).select("a.example").stream().map(e -> e.attr("href")).toList();
    }
}
