package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Exchange;

/** One GET, bounded: what the crawler archives of each response, and why a fetch failed. */
class FetcherTest {

    private TestSite site;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
        fetcher = new Fetcher(CrawlSettings.from(site.profile(10, "crawl.max-body-bytes", "1000",
                "crawl.read-timeout-seconds", "0.5")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aBodyOverTheLimitIsCutThereAndMarkedTruncatedByLength() throws Exception {
        site.page("/dai.html", TestSite.Page.html("x".repeat(5000)));
        Exchange ex = fetcher.get(site.origin() + "/dai.html", null, null, null);
        assertThat(ex.capture().status()).isEqualTo(200);
        assertThat(ex.capture().body()).hasSize(1000);
        assertThat(ex.truncation()).isEqualTo(Exchange.Truncation.LENGTH);
    }

    @Test
    void gzipIsDecodedAndTheRequestHeadersSentAreKeptForTheArchive() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("<p>Tin Hà Tĩnh</p>".getBytes(StandardCharsets.UTF_8));
        }
        site.page("/nen.html", new TestSite.Page(200, java.util.Map.of("Content-Type", "text/html; charset=utf-8",
                "Content-Encoding", "gzip"), gz.toByteArray(), 0));
        Exchange ex = fetcher.get(site.origin() + "/nen.html", null, null, null);
        assertThat(ex.capture().bodyText()).isEqualTo("<p>Tin Hà Tĩnh</p>");
        assertThat(ex.truncation()).isEqualTo(Exchange.Truncation.NONE);
        assertThat(ex.requestHeaders()).containsKeys("User-Agent", "Accept-Encoding");
        assertThat(site.requests.getFirst().headers().get("User-agent")).containsExactly(
                "KhotinBot/0.1 (+https://khotin.vn/bot)");
    }

    @Test
    void aConditionalGetSendsTheValidatorsAndA304RemembersWhatItConfirms() throws Exception {
        site.page("/bai-post1.html", TestSite.Page.of(304, "text/html", ""));
        Instant before = Instant.parse("2026-01-02T03:04:05Z");
        Exchange ex = fetcher.get(site.origin() + "/bai-post1.html", "\"v1\"", "Fri, 02 Jan 2026 03:04:05 GMT", before);
        assertThat(ex.isRevisit()).isTrue();
        assertThat(ex.previousFetch()).isEqualTo(before);
        var sent = site.requests.getFirst().headers();
        assertThat(sent.get("If-none-match")).containsExactly("\"v1\"");
        assertThat(sent.get("If-modified-since")).containsExactly("Fri, 02 Jan 2026 03:04:05 GMT");
    }

    @Test
    void redirectsAreNotFollowedButHandedBackForTheCrawlerToSchedule() throws Exception {
        site.page("/cu.htm", TestSite.Page.of(301, "text/html", "").withHeader("Location", "/moi-post2.html"));
        Exchange ex = fetcher.get(site.origin() + "/cu.htm", null, null, null);
        assertThat(ex.capture().status()).isEqualTo(301);
        assertThat(ex.capture().header("Location")).contains("/moi-post2.html");
        assertThat(site.paths()).containsExactly("/cu.htm");
    }

    @Test
    void aFailedFetchSaysWhy() throws Exception {
        site.page("/cham.html", TestSite.Page.html("<p>muộn</p>").delayed(1500));
        assertThatThrownBy(() -> fetcher.get(site.origin() + "/cham.html", null, null, null))
                .isInstanceOfSatisfying(Fetcher.FetchException.class, e -> assertThat(e.reason).isEqualTo("timeout"));

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.get("http://127.0.0.1:" + closedPort + "/", null, null, null))
                .isInstanceOfSatisfying(Fetcher.FetchException.class,
                        e -> assertThat(e.reason).isEqualTo("connect-failed"));
    }
}
