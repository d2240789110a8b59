package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/** What a fetched sitemap, feed or listing page adds to the frontier. */
class DiscoveryTest {

    private static final String SITE = "https://baohatinh.vn";

    private final CrawlSettings settings = CrawlSettings.from(CrawlSettingsTest.valid());
    private final Discovery discovery = new Discovery(settings,
            new UrlCanonicalizer(settings.origin(), settings.urls()),
            ArticleIds.fromPattern(Pattern.compile("-post(\\d+)\\.html$|/(\\d+)\\.htm$")));

    private static Exchange fetched(String url, String contentType, String body) {
        Capture c = new Capture(url, 200, Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8), Instant.now());
        return new Exchange(c, Map.of(), Exchange.Truncation.NONE, null);
    }

    @Test
    void aSitemapIndexLeadsToItsSitemapsAndASitemapToItsArticlesWithTheirLastmod() {
        Discovery.Found index = discovery.discover(fetched(SITE + "/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://baohatinh.vn/sitemaps/news-2026-03.xml</loc><lastmod>2026-03-05</lastmod></sitemap>
                  <sitemap><loc>https://example.com/sitemap.xml</loc></sitemap>
                </sitemapindex>"""), CrawlStore.Kind.SITEMAP);
        assertThat(index.links()).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo(SITE + "/sitemaps/news-2026-03.xml");
            assertThat(l.kind()).isEqualTo(CrawlStore.Kind.SITEMAP);
            assertThat(l.lastmod()).isNotNull();
        });

        Discovery.Found month = discovery.discover(fetched(SITE + "/sitemaps/news-2026-03.xml", "text/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://baohatinh.vn/le-hoi-cau-ngu-post301.html?utm_source=zalo</loc>
                       <lastmod>2026-03-04T07:30:00+07:00</lastmod></url>
                  <url><loc>https://baohatinh.vn/xa-hoi/</loc></url>
                  <url><loc>https://baohatinh.vn/tv/ban-tin-post302.html</loc></url>
                </urlset>"""), CrawlStore.Kind.SITEMAP);
        assertThat(month.links()).extracting(Discovery.Link::url, Discovery.Link::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SITE + "/le-hoi-cau-ngu-post301.html", CrawlStore.Kind.ARTICLE),
                org.assertj.core.groups.Tuple.tuple(SITE + "/xa-hoi/", CrawlStore.Kind.PAGE));
        assertThat(month.links().getFirst().lastmod())
                .isEqualTo(Instant.parse("2026-03-04T00:30:00Z").toEpochMilli());
    }

    @Test
    void aListingPageYieldsItsArticlesNextPagesAndFeedsButNotImagesOrOtherSites() {
        Discovery.Found found = discovery.discover(fetched(SITE + "/xa-hoi/", "text/html; charset=utf-8", """
                <html><head>
                  <link rel="alternate" type="application/rss+xml" href="/rss/xa-hoi.rss">
                  <link rel="next" href="/xa-hoi/trang-2.html">
                  <link rel="canonical" href="https://baohatinh.vn/xa-hoi/">
                </head><body>
                  <a href="/lu-rut-post11.html">Lũ rút</a>
                  <a href="https://baohatinh.vn/lu-rut-post11.html#binh-luan">Bình luận</a>
                  <a href="/xa-hoi/cu/12.htm">Bài cũ</a>
                  <a href="/anh/lu.jpg">Ảnh</a>
                  <a href="https://facebook.com/share?u=x">Chia sẻ</a>
                  <a href="/video/ban-tin-sang">Video</a>
                  <button class="load-more" data-url="/xa-hoi/?page=3">Xem thêm</button>
                </body></html>"""), CrawlStore.Kind.PAGE);
        assertThat(found.links()).extracting(Discovery.Link::url).containsExactlyInAnyOrder(
                SITE + "/rss/xa-hoi.rss", SITE + "/xa-hoi/trang-2.html", SITE + "/lu-rut-post11.html",
                SITE + "/xa-hoi/cu/12.htm", SITE + "/xa-hoi/?page=3");
        assertThat(found.links()).filteredOn(Discovery.Link::paginates).extracting(Discovery.Link::url)
                .containsExactlyInAnyOrder(SITE + "/xa-hoi/trang-2.html", SITE + "/xa-hoi/?page=3");
        assertThat(found.links()).filteredOn(l -> l.kind() == CrawlStore.Kind.FEED).hasSize(1);
        assertThat(found.links()).filteredOn(l -> l.kind() == CrawlStore.Kind.ARTICLE).hasSize(2);
        assertThat(found.canonical()).isEqualTo(SITE + "/xa-hoi/");
    }

    @Test
    void anRssFeedYieldsItsItems() {
        Discovery.Found found = discovery.discover(fetched(SITE + "/rss/home.rss", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Báo Hà Tĩnh</title><link>https://baohatinh.vn/</link>
                  <item><title>Lũ rút</title><link>https://baohatinh.vn/lu-rut-post11.html</link>
                    <pubDate>Wed, 04 Mar 2026 07:30:00 +0700</pubDate></item>
                </channel></rss>"""), CrawlStore.Kind.FEED);
        assertThat(found.links()).extracting(Discovery.Link::url).contains(SITE + "/lu-rut-post11.html");
    }
}
