package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.Exchange;

/**
 * The crawler against a small site on loopback, judged by what the site saw and what the crawl store recorded:
 * robots.txt obeyed, requests to the host spaced by the rate, Retry-After honored, every failure recorded with its
 * reason, articles found through the sitemap robots.txt names and through listings.
 */
class CrawlerTest {

    private static final ArticleIds IDS = ArticleIds.fromPattern(Pattern.compile("-post(\\d+)\\.html$"));

    @TempDir
    Path tmp;

    private TestSite site;
    private CrawlStore store;
    private final List<Exchange> processed = new ArrayList<>();

    /** Archives nothing; keeps what the crawler hands on for processing. */
    private final CaptureSink sink = new CaptureSink() {
        private int n;

        @Override
        public String archive(Exchange exchange) {
            return "test.warc.gz@" + n++;
        }

        @Override
        public void process(Exchange exchange, String archiveRef) {
            processed.add(exchange);
        }
    };

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        store = CrawlStore.open(tmp.resolve("crawl.db"));
    }

    @AfterEach
    void stop() {
        store.close();
        site.close();
    }

    private CrawlStats crawl(double rate, String... settings) throws Exception {
        Crawler crawler = new Crawler(CrawlSettings.from(site.profile(rate, settings)), store, IDS);
        return crawler.crawl(sink, () -> false, p -> { });
    }

    private static String article(long id, String title) {
        return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>";
    }

    private List<String> processedPaths() {
        return processed.stream().map(e -> java.net.URI.create(e.capture().url()).getPath()).toList();
    }

    @Test
    void robotsTxtDisallowedPathsAreNeverFetchedAndRecordedAsDisallowed() throws Exception {
        site.page("/robots.txt", TestSite.Page.of(200, "text/plain", "User-agent: *\nDisallow: /rieng/\n"))
                .html("/", "<a href=\"/rieng/bao-cao-post1.html\">Riêng</a> <a href=\"/cong-khai-post2.html\">Công khai</a>")
                .html("/cong-khai-post2.html", article(2, "Công khai"))
                .html("/rieng/bao-cao-post1.html", article(1, "Riêng"));

        CrawlStats stats = crawl(100);

        assertThat(site.paths()).doesNotContain("/rieng/bao-cao-post1.html").contains("/cong-khai-post2.html");
        CrawlStore.Row row = store.find(site.origin() + "/rieng/bao-cao-post1.html").orElseThrow();
        assertThat(row.state()).isEqualTo(CrawlStore.State.DISALLOWED);
        assertThat(row.reason()).isEqualTo("robots");
        assertThat(stats.snapshot()).containsEntry("disallowedSkipped", 1L);
    }

    @Test
    void requestsToTheHostAreSpacedByTheConfiguredRate() throws Exception {
        StringBuilder home = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            home.append("<a href=\"/bai-").append(i).append("-post").append(i).append(".html\">Bài</a>");
            site.html("/bai-" + i + "-post" + i + ".html", article(i, "Bài " + i));
        }
        site.html("/", home.toString());

        crawl(10); // one request every 100 ms at most

        List<Instant> times = site.requests.stream().map(TestSite.Request::at).toList();
        assertThat(times).hasSize(8); // robots.txt, the home page, six articles
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(95));
        }
    }

    @Test
    void aRetryAfterHoldsTheWholeHostForThatLong() throws Exception {
        site.html("/", "<a href=\"/a-post1.html\">A</a> <a href=\"/b-post2.html\">B</a>")
                .page("/a-post1.html", TestSite.Page.of(429, "text/html", "bận").withHeader("Retry-After", "1"))
                .html("/b-post2.html", article(2, "B"));

        CrawlStats stats = crawl(100, "crawl.max-retries", "0");

        List<TestSite.Request> log = site.requests;
        int busy = site.paths().indexOf("/a-post1.html");
        assertThat(busy).isPositive().isLessThan(log.size() - 1);
        assertThat(Duration.between(log.get(busy).at(), log.get(busy + 1).at()))
                .as("next request after the 429").isGreaterThanOrEqualTo(Duration.ofMillis(980));
        assertThat(stats.snapshot()).containsEntry("retryAfterHonored", 1L);
    }

    @Test
    void everyFailureIsRecordedWithItsReasonAndTheCrawlGoesOn() throws Exception {
        site.html("/", "<a href=\"/mat-post1.html\">Mất</a> <a href=\"/loi-post2.html\">Lỗi</a>"
                        + " <a href=\"/tot-post3.html\">Tốt</a>")
                .page("/loi-post2.html", TestSite.Page.of(500, "text/html", "lỗi máy chủ"))
                .html("/tot-post3.html", article(3, "Tốt"));

        CrawlStats stats = crawl(200, "crawl.max-retries", "2");

        assertThat(store.find(site.origin() + "/mat-post1.html").orElseThrow())
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(CrawlStore.State.FAILED);
                    assertThat(r.reason()).isEqualTo("http-404");
                    assertThat(r.status()).isEqualTo(404);
                });
        assertThat(store.find(site.origin() + "/loi-post2.html").orElseThrow())
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(CrawlStore.State.FAILED);
                    assertThat(r.reason()).isEqualTo("retries-exhausted: http-500");
                });
        assertThat(site.paths().stream().filter("/loi-post2.html"::equals)).as("first try and two retries").hasSize(3);
        @SuppressWarnings("unchecked")
        Map<String, Long> failures = (Map<String, Long>) stats.snapshot().get("failuresByReason");
        assertThat(failures).containsExactlyInAnyOrderEntriesOf(Map.of("http-404", 1L, "retries-exhausted", 1L));
        assertThat(processedPaths()).contains("/tot-post3.html");
        assertThat(store.failuresByReason()).containsKeys("http-404");
    }

    @Test
    void articlesAreFoundThroughTheSitemapInRobotsTxtAndThroughListingsAndTheirNextPages() throws Exception {
        site.page("/robots.txt", TestSite.Page.of(200, "text/plain",
                        "User-agent: *\nAllow: /\nSitemap: " + site.origin() + "/sitemap.xml\n"))
                .page("/sitemap.xml", TestSite.Page.of(200, "application/xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%s/chi-trong-sitemap-post1.html</loc></url>
                        </urlset>""".formatted(site.origin())))
                .html("/", "<a href=\"/xa-hoi/\">Xã hội</a>")
                .html("/xa-hoi/", "<link rel=\"next\" href=\"/xa-hoi/trang-2.html\"><a href=\"/tin-a-post2.html\">A</a>")
                .html("/xa-hoi/trang-2.html", "<a href=\"/tin-b-post3.html\">B</a>"
                        + "<a href=\"/tin-a-post2.html?utm_source=zalo\">A lần nữa</a>");
        site.html("/chi-trong-sitemap-post1.html", article(1, "Chỉ trong sitemap"))
                .html("/tin-a-post2.html", article(2, "A"))
                .html("/tin-b-post3.html", article(3, "B"));

        crawl(200);

        assertThat(processedPaths()).contains("/chi-trong-sitemap-post1.html", "/tin-a-post2.html",
                "/tin-b-post3.html");
        assertThat(site.paths().stream().filter(p -> p.startsWith("/tin-a-post2.html")))
                .as("one article, one fetch, whatever its URL").hasSize(1);
        assertThat(store.find(site.origin() + "/chi-trong-sitemap-post1.html").orElseThrow().kind())
                .isEqualTo(CrawlStore.Kind.ARTICLE);
    }
}
