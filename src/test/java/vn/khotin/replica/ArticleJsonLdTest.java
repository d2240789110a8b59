package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD of an article page keeps its keys in one fixed order, so that the page is the same bytes on every
 * run: the crawler's tests and conditional requests rely on that.
 */
class ArticleJsonLdTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ArticleStore store;
    static Site site;

    @BeforeAll
    static void load() throws Exception {
        store = ArticleStore.load(null, true);
        site = new Site(ReplicaConfig.builder().build(), store, "http://127.0.0.1:9");
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<JsonNode> jsonLd(String html) throws Exception {
        Document d = Jsoup.parse(html);
        List<JsonNode> out = new ArrayList<>();
        for (var script : d.select("script[type=application/ld+json]")) {
            out.add(JSON.readTree(script.data()));
        }
        return out;
    }

    @Test
    void newsArticleKeysComeInTheirFixedOrderAtEveryLevel() throws Exception {
        ReplicaArticle a = store.get(275560).orElseThrow();
        JsonNode news = jsonLd(ArticlePage.render(site, a)).get(0);
        assertThat(keys(news)).containsExactly("@context", "@type", "mainEntityOfPage", "headline", "description", "image",
                "datePublished", "dateModified", "author", "articleSection", "keywords", "inLanguage", "publisher");
        assertThat(keys(news.get("mainEntityOfPage"))).containsExactly("@type", "@id");
        assertThat(keys(news.get("author").get(0))).containsExactly("@type", "name");
        assertThat(keys(news.get("publisher"))).containsExactly("@type", "name", "logo");
        assertThat(keys(news.get("publisher").get("logo"))).containsExactly("@type", "url");
    }

    @Test
    void breadcrumbItemsKeepTheirFixedOrder() throws Exception {
        ReplicaArticle a = store.get(275560).orElseThrow();
        JsonNode crumbs = jsonLd(ArticlePage.render(site, a)).get(1);
        assertThat(keys(crumbs)).containsExactly("@context", "@type", "itemListElement");
        assertThat(crumbs.get("itemListElement")).hasSize(2);
        for (JsonNode item : crumbs.get("itemListElement")) {
            assertThat(keys(item)).containsExactly("@type", "position", "name", "item");
        }
    }

    @Test
    void theAmpFormCarriesTheSameNewsArticleText() {
        ReplicaArticle a = store.get(275560).orElseThrow();
        String html = Jsoup.parse(ArticlePage.render(site, a)).select("script[type=application/ld+json]").first().data();
        String amp = Jsoup.parse(ArticlePage.renderAmp(site, a)).select("script[type=application/ld+json]").first().data();
        assertThat(amp).isEqualTo(html).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"http://127.0.0.1:9/");
    }
}
