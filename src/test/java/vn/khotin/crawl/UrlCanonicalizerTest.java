package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Capture;

class UrlCanonicalizerTest {

    private static UrlCanonicalizer canon() {
        Map<String, String> keys = new HashMap<>(CrawlSettingsTest.valid());
        keys.put("crawl.url-rewrites", "-post(\\d+)\\.amp$ => -post$1.html");
        CrawlSettings s = CrawlSettings.from(keys);
        return new UrlCanonicalizer(s.origin(), s.urls());
    }

    @Test
    void everySpellingOfAnArticleBecomesOneUrl() {
        UrlCanonicalizer c = canon();
        String want = "https://baohatinh.vn/ha-tinh-co-them-7-san-pham-ocop-post275550.html";
        for (String variant : new String[] {
                "http://baohatinh.vn/ha-tinh-co-them-7-san-pham-ocop-post275550.html",
                "https://BaoHaTinh.vn:443/ha-tinh-co-them-7-san-pham-ocop-post275550.html#binh-luan",
                "https://www.baohatinh.vn/ha-tinh-co-them-7-san-pham-ocop-post275550.html?utm_source=fb&fbclid=x1",
                "/ha-tinh-co-them-7-san-pham-ocop-post275550.html/",
                "/xa-hoi/../ha-tinh-co-them-7-san-pham-ocop-post275550.html",
                "/ha-tinh-co-them-7-san-pham-ocop-post275550.amp"}) {
            assertThat(c.canonicalize("https://baohatinh.vn/xa-hoi/", variant)).as(variant).contains(want);
        }
    }

    @Test
    void meaningfulQueriesStaySortedAndDirectoriesKeepTheirSlash() {
        UrlCanonicalizer c = canon();
        assertThat(c.canonicalize("https://baohatinh.vn/", "/xa-hoi/?page=2&utm_medium=x&a=1"))
                .contains("https://baohatinh.vn/xa-hoi/?a=1&page=2");
        assertThat(c.canonicalize("https://baohatinh.vn/", "/xa-hoi/")).contains("https://baohatinh.vn/xa-hoi/");
        assertThat(c.canonicalize("https://baohatinh.vn/", "")).isEmpty();
        assertThat(c.canonicalize("https://baohatinh.vn/", "javascript:void(0)")).isEmpty();
        assertThat(c.canonicalize("https://baohatinh.vn/", "mailto:hatinhdientu@baohatinh.vn")).isEmpty();
        assertThat(c.canonicalize("https://baohatinh.vn/", "/tìm kiếm?q=hà tĩnh"))
                .contains("https://baohatinh.vn/t%C3%ACm%20ki%E1%BA%BFm?q=h%C3%A0%20t%C4%A9nh");
        assertThat(c.canonicalize("https://baohatinh.vn/", "https://cdn.baohatinh.vn/images/a/b.jpg"))
                .hasValueSatisfying(u -> assertThat(c.isSkippedType(u)).isTrue());
    }

    @Test
    void oldAndNewArticleUrlsShareTheirId() {
        ArticleIds ids = ArticleIds.fromPattern(Pattern.compile("-post(\\d+)\\.(?:html|amp)$|/(\\d+)\\.htm$"));
        assertThat(ids.idOf("http://baohatinh.vn/xa-hoi/mua-lon/158230.htm")).isEqualTo(OptionalLong.of(158230));
        assertThat(ids.idOf("https://baohatinh.vn/mua-lon-post158230.html?x=1")).isEqualTo(OptionalLong.of(158230));
        assertThat(ids.idOf("https://baohatinh.vn/xa-hoi/")).isEmpty();
    }

    @Test
    void retryAfterInSecondsAndAsAnHttpDate() {
        Capture seconds = new Capture("https://baohatinh.vn/", 429, Map.of("Retry-After", java.util.List.of("7")),
                null, java.time.Instant.now());
        assertThat(Crawler.retryAfter(seconds)).contains(java.time.Duration.ofSeconds(7));
        String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30));
        Capture dated = new Capture("https://baohatinh.vn/", 503, Map.of("Retry-After", java.util.List.of(date)),
                null, java.time.Instant.now());
        assertThat(Crawler.retryAfter(dated)).hasValueSatisfying(d -> assertThat(d.toSeconds()).isBetween(29L, 31L));
        Capture none = new Capture("https://baohatinh.vn/", 503, Map.of(), null, java.time.Instant.now());
        assertThat(Crawler.retryAfter(none)).isEmpty();
        assertThat(URI.create("https://baohatinh.vn/").getHost()).isEqualTo("baohatinh.vn");
    }
}
