package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every HTML page type against the reference skeleton (§4, §6.4, §6.5, §10), and the §0 switches. */
class SkeletonTest {

    /** Things every HTML page of the site shares. */
    static void commonSkeleton(Document d, String what) {
        assertThat(d.select("html").attr("lang")).as(what).isEqualTo("vi");
        assertThat(d.select("meta[charset]").attr("charset")).as(what).isEqualTo("utf-8");
        assertThat(d.title()).as(what).endsWith(" | Báo Hà Tĩnh");
        assertThat(d.select("link[rel=canonical]").attr("href")).as(what).startsWith("http://127.0.0.1:");
        assertThat(d.select("header nav.main-menu a.cms-link[href=/tin-moi.html]")).as(what).hasSize(1);
        assertThat(d.select("footer").text()).as(what).contains("Giấy phép số: 15/GP-BTTTT", "Bản quyền thuộc về Báo Hà Tĩnh",
                "Số 22, đường Phan Đình Phùng", "hatinhdientu@baohatinh.vn");
        assertThat(d.select(".ads-wrap ins.adsbygoogle")).as(what).isNotEmpty();
    }

    @Test
    void everyPageTypeHasTheSharedSkeleton() throws Exception {
        try (ReplicaServer s = ReplicaServer.startWithSamples()) {
            Map<String, String> pages = Map.of(
                    "home", "/", "category", "/kinh-te/", "latest", "/tin-moi.html",
                    "article", s.articleUri(306960).getPath(), "old-era article", s.articleUri(211790).getPath(),
                    "tag", s.tagUri("OCOP").orElseThrow().getPath(), "topic", "/chu-de/san-pham-ocop-ha-tinh-785.html",
                    "video section", "/video/", "tools", "/cong-cu/gia-xang-dau/ron95", "404", "/khong-co-trang-nay");
            for (Map.Entry<String, String> e : pages.entrySet()) {
                HttpResponse<byte[]> r = Http.get(s.uri(e.getValue()));
                Document d = Jsoup.parse(Http.text(r));
                commonSkeleton(d, e.getKey());
                boolean article = e.getKey().contains("article");
                assertThat(d.select("article.article h1.article__title.cms-title")).as(e.getKey()).hasSize(article ? 1 : 0);
                if (!article && !e.getKey().equals("404") && !e.getKey().contains("section") && !e.getKey().equals("tools")) {
                    assertThat(d.select("article.story > h2.story__heading > a.cms-link, article.story > h3.story__heading > a.cms-link"))
                            .as(e.getKey()).isNotEmpty()
                            .allMatch(a -> a.attr("href").matches("(http://127\\.0\\.0\\.1:\\d+)?/[a-z0-9-]+-post\\d+\\.html"));
                }
            }
        }
    }

    @Test
    void articleSkeletonInOrder() throws Exception {
        try (ReplicaServer s = ReplicaServer.startWithSamples()) {
            ReplicaArticle a = s.article(211790).orElseThrow();
            Document d = Jsoup.parse(Http.text(Http.get(s.articleUri(a.id()))));
            String order = d.select("div.breadcrumbs, h1.article__title, div.article__meta, div.article__sapo, figure.article__avatar, "
                    + "div.article__body, div.article__tag, section.related, section.comments, section.box-older-news, div.weather-box, "
                    + "div.share-popup, footer").eachAttr("class").toString();
            assertThat(order).isEqualTo("[breadcrumbs, article__title cms-title, article__meta, article__sapo cms-desc, article__avatar, "
                    + "article__body zce-content-body cms-body, article__tag, related, comments, box-older-news, weather-box, share-popup, site-footer]");
            // The caption that runs on across two images (§6.1), and the body keeps only the article's paragraphs.
            assertThat(d.select(".cms-body figcaption").eachText()).contains("Dịp này, Thị ủy tặng giấy khen cho các tập thể...",
                    "... và cá nhân có thành tích xuất sắc trong thực hiện NQ 05.");
            List<String> paragraphs = d.select(".cms-body > p").eachText();
            assertThat(paragraphs.subList(0, a.body().size())).containsExactlyElementsOf(a.body());
            assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo(a.author());
            assertThat(d.select(".article__author-source .cms-author").text()).isEqualTo(a.author());
            assertThat(d.select(".comments").text()).contains("{name} - {time}", "{name}- {time}", "Trả lời", "{body}", "0 bình luận");
            assertThat(d.select(".sidebar .box-title").first().text()).isEqualTo("Video mới");
            assertThat(d.select("script[type=application/ld+json]").first().data()).contains("\"datePublished\":\"2021-05-20T14:05:00+07:00\"");
        }
    }

    @Test
    void switchesChangeTheRenderedForms() throws Exception {
        EraStyle style = EraStyle.currentDefaults().withDateStyle(EraStyle.DateStyle.WEEKDAY).withRelatedTitle(EraStyle.RelatedTitle.DOC_THEM)
                .withRelatedCount(3).withBoilerplate(false).withImageMode(EraStyle.ImageMode.DATA_ORIGINAL).withAltMode(EraStyle.AltMode.TITLE);
        ReplicaConfig cfg = ReplicaConfig.builder().eras(style).redirectMode(ReplicaConfig.RedirectMode.BOTH_200)
                .pagination(ReplicaConfig.Pagination.LOAD_MORE).pageSize(5).feedStyle(ReplicaConfig.FeedStyle.ZONE_ID)
                .gzipSitemaps(true).titleSuffix(" - Báo Hà Tĩnh điện tử").build();
        try (ReplicaServer s = ReplicaServer.start(cfg)) {
            ReplicaArticle a = s.article(275560).orElseThrow();
            Document d = Jsoup.parse(Http.text(Http.get(s.articleUri(a.id()))));
            assertThat(d.select(".article__meta time").text()).isEqualTo("Thứ Ba, ngày 15/10/2024 - 10:20");
            assertThat(d.select("section.related h2").text()).isEqualTo("Đọc thêm");
            assertThat(d.select("section.related article.story")).hasSize(3);
            assertThat(d.select("section.comments, section.box-older-news, div.weather-box, div.share-popup")).isEmpty();
            assertThat(d.select(".cms-body img").attr("data-original")).contains("/images/");
            assertThat(d.select(".cms-body img").attr("alt")).isEqualTo(a.title());
            assertThat(d.title()).endsWith(" - Báo Hà Tĩnh điện tử");
            HttpResponse<byte[]> old = Http.get(s.oldArticleUri(210560));
            assertThat(old.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(Http.text(old)).select("link[rel=canonical]").attr("href")).isEqualTo(s.articleUri(210560).toString());
            Document list = Jsoup.parse(Http.text(Http.get(s.uri("/tin-moi.html"))));
            assertThat(list.select("nav.pagination")).isEmpty();
            Document cat = Jsoup.parse(Http.text(Http.get(s.uri("/xa-hoi/"))));
            String more = cat.select("button.btn-load-more").attr("data-url");
            assertThat(more).isEqualTo("/ajax/xa-hoi/page-2.html");
            Document frag = Jsoup.parseBodyFragment(Http.text(Http.get(s.uri(more))));
            assertThat(frag.select("article.story")).isNotEmpty();
            assertThat(Http.get(s.uri("/ajax/xa-hoi/page-99.html")).statusCode()).isEqualTo(204);
            assertThat(d.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href")).contains("/rss/kinhte-1172.rss");
            String index = Http.text(Http.get(s.uri("/sitemap.xml")));
            assertThat(index).contains("/sitemaps/news-2024-10.xml.gz");
            HttpResponse<byte[]> gz = Http.get(s.uri("/sitemaps/news-2024-10.xml.gz"));
            String xml = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body())).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains(s.articleUri(275560).toString());
        }
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().redirectMode(ReplicaConfig.RedirectMode.GONE_404).maxPages(2).pageSize(5).build())) {
            assertThat(Http.get(s.oldArticleUri(210560)).statusCode()).isEqualTo(404);
            assertThat(Http.get(s.uri("/tin-moi.html?page=2")).statusCode()).isEqualTo(200);
            assertThat(Http.get(s.uri("/tin-moi.html?page=3")).statusCode()).isEqualTo(404);
            URI home = s.baseUri();
            assertThat(Http.get(home).statusCode()).isEqualTo(200);
        }
    }
}
