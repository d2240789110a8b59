package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

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

    @Test
    void samplesAreEnoughAndLongEnough() {
        assertThat(store.size()).isGreaterThanOrEqualTo(30);
        for (long id : store.allIds()) {
            ReplicaArticle a = store.get(id).orElseThrow();
            assertThat(a.body()).as("body of %d", id).hasSizeGreaterThanOrEqualTo(4);
            assertThat(a.tags()).isNotEmpty();
            assertThat(a.author()).isNotEmpty();
            assertThat(a.figures()).isNotEmpty();
        }
    }

    @Test
    void samplesContainTheTrickyText() {
        StringBuilder all = new StringBuilder();
        boolean nfd = false;
        for (long id : store.allIds()) {
            ReplicaArticle a = store.get(id).orElseThrow();
            String text = a.title() + "\n" + a.sapo() + "\n" + String.join("\n", a.body());
            nfd |= !Normalizer.isNormalized(text, Normalizer.Form.NFC);
            all.append(text).append('\n');
        }
        assertThat(nfd).as("some NFD text").isTrue();
        String s = all.toString();
        assertThat(s).contains("hoà", "thuỷ", "khoẻ", "uỷ ban", "hòa", "thủy", "khỏe", "ủy ban")
                .contains("TX ", "TP ", "UBND", "HĐND", "MTTQ", "GPMB", "KKT", "NQ ")
                .contains("-NQ/ThU", "-QĐ/TU", "28/2", "3/2/2021", "1.000", "2,5")
                .contains("\u00a0", "\u200b");
    }

    @Test
    void articlePageFollowsTheReferenceSkeleton() {
        ReplicaArticle a = store.get(275560).orElseThrow();
        Document d = Jsoup.parse(ArticlePage.render(site, a), site.abs(a.path()));
        assertThat(d.select("html").attr("lang")).isEqualTo("vi");
        assertThat(d.title()).isEqualTo(a.title() + " | Báo Hà Tĩnh");
        assertThat(d.select("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1:9/ha-tinh-co-them-7-san-pham-ocop-4-sao-post275560.html");
        assertThat(d.select("link[rel=amphtml]").attr("href")).endsWith("-post275560.amp");
        assertThat(d.select("h1.article__title.cms-title").text()).isEqualTo(a.title());
        assertThat(d.select("div.article__sapo.cms-desc").text()).startsWith("(Baohatinh.vn) - ").endsWith(a.sapo());
        assertThat(d.select(".article__meta .cms-author").text()).isEqualTo("Thu Trang");
        assertThat(d.select(".article__meta time[datetime]").attr("datetime")).isEqualTo("2024-10-15T10:20:00+07:00");
        assertThat(d.select(".article__meta time").text()).isEqualTo("15/10/2024 10:20");
        assertThat(d.select("meta[property=article:published_time]").attr("content")).isEqualTo("2024-10-15T10:20:00+07:00");
        Element body = d.selectFirst("div.article__body.zce-content-body.cms-body");
        assertThat(body).isNotNull();
        assertThat(body.select("> p").last().html()).isEqualTo("<strong>Thu Trang</strong>");
        assertThat(body.select("blockquote")).hasSize(1);
        assertThat(body.select("div.ads_middle")).hasSize(1);
        Element img = body.selectFirst("figure img.cms-photo");
        assertThat(img.attr("src")).startsWith("data:image/gif");
        assertThat(img.attr("data-src")).matches("http://127\\.0\\.0\\.1:9/images/[0-9a-f]{64}/bqbht_br_img-4653\\.jpg");
        assertThat(img.attr("alt")).isEqualTo("bqbht_br_img-4653.jpg");
        assertThat(body.select("figcaption").text()).endsWith("Ảnh: Thu Trang");
        assertThat(d.select("div.breadcrumbs a").eachText()).containsExactly("Trang chủ", "Kinh tế");
        assertThat(d.select("div.article__tag a").eachText()).containsExactly("OCOP", "Sản phẩm OCOP", "Kinh tế nông thôn");
        assertThat(d.select("section.related h2").text()).isEqualTo("Tin liên quan:");
        List<String> related = d.select("section.related article.story h3.story__heading a.cms-link").eachAttr("href");
        assertThat(related).hasSize(5).first().asString().endsWith("-post261010.html");
        assertThat(d.select("script[type=application/ld+json]").eachAttr("type")).hasSize(2);
        assertThat(d.select("script[type=application/ld+json]").first().data()).contains("\"@type\":\"NewsArticle\"");
        assertThat(d.select("script[type=application/ld+json]").last().data()).contains("\"@type\":\"BreadcrumbList\"");
        String text = d.text();
        assertThat(text).contains("{name} - {time}", "{body}", "Trả lời", "0 bình luận",
                "Ý kiến của bạn sẽ được biên tập trước khi đăng", "Các tin đã đưa", "Thời tiết", "Hãy chia sẻ với bạn bè!");
    }

    @Test
    void oldEraArticleUsesTitleAltAndNumericEntities() {
        ReplicaArticle a = store.get(180812).orElseThrow();
        String html = ArticlePage.render(site, a);
        assertThat(html).contains("&#7913;"); // ứ as a numeric reference
        Document d = Jsoup.parse(html);
        assertThat(d.select("h1.cms-title").text()).isEqualTo(a.title());
        assertThat(d.select(".cms-body figure img").attr("alt")).isEqualTo(a.title());
        assertThat(d.select(".cms-body figure img").attr("data-src")).contains("/w1000/news/1942/");
        assertThat(d.select(".cms-body .inline-related a.cms-relate")).hasSize(1);
    }
}
