package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaServerTest {

    static ReplicaServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ReplicaServer.start(ReplicaConfig.builder().pageSize(10).build());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return Http.get(server.uri(path), headers);
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertThat(server.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(server.port()).isPositive();
    }

    @Test
    void articleAndAmpPages() throws Exception {
        HttpResponse<byte[]> r = get("/ha-tinh-co-them-7-san-pham-ocop-4-sao-post275560.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        Document d = Jsoup.parse(Http.text(r));
        assertThat(d.select("h1.article__title").text()).isEqualTo("Hà Tĩnh có thêm 7 sản phẩm OCOP 4 sao");
        HttpResponse<byte[]> amp = get("/ha-tinh-co-them-7-san-pham-ocop-4-sao-post275560.amp");
        assertThat(amp.statusCode()).isEqualTo(200);
        Document a = Jsoup.parse(Http.text(amp));
        assertThat(a.select("html").hasAttr("⚡")).isTrue();
        assertThat(a.select("link[rel=canonical]").attr("href")).isEqualTo(server.articleUri(275560).toString());
        assertThat(a.select("amp-img")).isNotEmpty();
    }

    @Test
    void wrongSlugTrailingSlashAndQueryVariants() throws Exception {
        assertThat(get("/sai-slug-post275560.html").headers().firstValue("location")).hasValue(server.articleUri(275560).toString());
        HttpResponse<byte[]> slash = get("/ha-tinh-co-them-7-san-pham-ocop-4-sao-post275560.html/");
        assertThat(slash.statusCode()).isEqualTo(301);
        HttpResponse<byte[]> utm = get("/ha-tinh-co-them-7-san-pham-ocop-4-sao-post275560.html?utm_source=x&fbclid=1");
        assertThat(utm.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(Http.text(utm)).select("link[rel=canonical]").attr("href")).doesNotContain("?");
        assertThat(get("/khong-co-post999999999.html").statusCode()).isEqualTo(404);
    }

    @Test
    void oldSchemeRedirectsPermanently() throws Exception {
        HttpResponse<byte[]> r = get("/nong-nghiep/nong-dan-thach-ha-phan-khoi-vi-lua-xuan-duoc-mua/210560.htm");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("location")).hasValue(server.articleUri(210560).toString());
        assertThat(get("/video/nong-nghiep/x/210560.htm").statusCode()).isEqualTo(301);
        // A current-era ID never had an old URL.
        assertThat(get("/kinh-te/x/275560.htm").statusCode()).isEqualTo(404);
    }

    @Test
    void homeListingsAndPagination() throws Exception {
        Document home = Jsoup.parse(Http.text(get("/")));
        assertThat(home.select("nav.main-menu a.cms-link").eachAttr("href")).contains("/chinh-tri/", "/tin-moi.html", "/xa-hoi/");
        assertThat(home.select("article.story a.cms-link[href~=-post\\d+\\.html]")).hasSizeGreaterThan(20);
        Document p1 = Jsoup.parse(Http.text(get("/tin-moi.html")));
        assertThat(p1.select("article.story")).hasSize(10);
        assertThat(p1.select("link[rel=next]").attr("href")).isEqualTo("/tin-moi.html?page=2");
        Document p4 = Jsoup.parse(Http.text(get("/tin-moi.html?page=4")));
        assertThat(p4.select("article.story")).hasSize(5);
        assertThat(p4.select("link[rel=next]")).isEmpty();
        assertThat(get("/tin-moi.html?page=5").statusCode()).isEqualTo(404);
        Document xaHoi = Jsoup.parse(Http.text(get("/xa-hoi/")));
        assertThat(xaHoi.select("article.story time[datetime]")).isNotEmpty();
        assertThat(xaHoi.select("h1.page-title").text()).isEqualTo("Xã hội");
        assertThat(get("/xa-hoi").statusCode()).isEqualTo(301);
        assertThat(get("/nong-nghiep/").headers().firstValue("location")).hasValue(server.uri("/kinh-te/").toString());
    }

    @Test
    void tagAndTopicPages() throws Exception {
        URI tag = server.tagUri("OCOP").orElseThrow();
        Document d = Jsoup.parse(Http.text(Http.get(tag)));
        assertThat(d.select("h1.page-title").text()).isEqualTo("Từ khóa: \"OCOP\"");
        assertThat(d.select(".result-count").text()).isEqualTo("2 kết quả");
        assertThat(d.select("article.story h3 a.cms-link").eachAttr("href")).allMatch(h -> h.matches(".*-post\\d+\\.html"));
        assertThat(get("/tag/ocop/").headers().firstValue("location")).hasValue(tag.toString());
        Document topic = Jsoup.parse(Http.text(get("/chu-de/san-pham-ocop-ha-tinh-785.html")));
        assertThat(topic.select("article.story")).hasSize(2);
        assertThat(get("/topic/san-pham-ocop/785/").statusCode()).isEqualTo(301);
    }

    @Test
    void feedsInEveryForm() throws Exception {
        Document rss = Jsoup.parse(Http.text(get("/rss/home.rss")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(rss.select("item")).hasSize(35);
        assertThat(rss.select("item pubDate").first().text()).endsWith("+0700");
        assertThat(rss.select("item description").first().text()).contains("(Baohatinh.vn)");
        for (String p : List.of("/rss/kinh-te.rss", "/rss/kinhte-1172.rss", "/rss/kinh-te.xml")) {
            HttpResponse<byte[]> r = get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            Document f = Jsoup.parse(Http.text(r), "", org.jsoup.parser.Parser.xmlParser());
            assertThat(f.select("item category").eachText()).as(p).isNotEmpty().allMatch("Kinh tế"::equals);
        }
        assertThat(get("/rss/khong-co.rss").statusCode()).isEqualTo(404);
    }

    @Test
    void sitemapIndexAndMonthlySitemaps() throws Exception {
        Document idx = Jsoup.parse(Http.text(get("/sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = idx.select("sitemap loc").eachText();
        assertThat(locs).contains(server.uri("/sitemaps/news-2026-3.xml").toString(), server.uri("/sitemaps/news-2019-10.xml").toString());
        int total = 0;
        for (String loc : locs) {
            Document sm = Jsoup.parse(Http.text(Http.get(URI.create(loc))), "", org.jsoup.parser.Parser.xmlParser());
            if (loc.contains("news-")) {
                assertThat(sm.select("url lastmod")).hasSameSizeAs(sm.select("url loc"));
                total += sm.select("url").size();
            }
        }
        assertThat(total).isEqualTo(35);
        assertThat(get("/sitemaps/news-2026-03.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsTxtHasDisallowCrawlDelayAndSitemap() throws Exception {
        HttpResponse<byte[]> r = get("/robots.txt");
        SimpleRobotRules rules = new SimpleRobotRulesParser().parseContent(server.uri("/robots.txt").toString(), r.body(),
                "text/plain", List.of("khotin"));
        assertThat(rules.isAllowed(server.uri("/print/x-post1.html").toString())).isFalse();
        assertThat(rules.isAllowed(server.uri("/tim-kiem?q=a").toString())).isFalse();
        assertThat(rules.isAllowed(server.articleUri(275560).toString())).isTrue();
        assertThat(rules.getCrawlDelay()).isEqualTo(500);
        assertThat(rules.getSitemaps()).containsExactly(server.uri("/sitemap.xml").toString());
    }

    @Test
    void imagesNonArticleSectionsAnd404() throws Exception {
        for (String url : server.imageUrls(275560)) {
            HttpResponse<byte[]> img = Http.get(URI.create(url));
            assertThat(img.statusCode()).isEqualTo(200);
            assertThat(img.headers().firstValue("content-type")).hasValue("image/jpeg");
            assertThat(img.body()).startsWith((byte) 0xFF, (byte) 0xD8);
        }
        assertThat(Http.get(URI.create(server.imageUrls(180812).get(0))).statusCode()).isEqualTo(200);
        for (String p : List.of("/video/", "/video/lu-ve-nhanh-tren-song-ngan-sau/364", "/tv/", "/cong-cu/gia-xang-dau/ron95",
                "/cong-cu/lich-am/28-02-2026", "/multimedia/", "/emagazine/")) {
            HttpResponse<byte[]> r = get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            Document d = Jsoup.parse(Http.text(r));
            assertThat(d.select("h1.article__title, div.cms-body")).as(p).isEmpty();
        }
        HttpResponse<byte[]> nf = get("/khong-ton-tai");
        assertThat(nf.statusCode()).isEqualTo(404);
        assertThat(Http.text(nf)).contains("Không tìm thấy trang");
        assertThat(Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(server.uri("/")).POST(
                java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
    }

    @Test
    void requestLogRecordsEverythingAndDumpsJsonLines(@TempDir Path tmp) throws Exception {
        get("/robots.txt?x=1", "User-Agent", "KhotinTest/1.0", "If-None-Match", "\"abc\"");
        RecordedRequest r = server.requests().stream().filter(q -> q.path().equals("/robots.txt") && q.query().equals("x=1"))
                .findFirst().orElseThrow();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("User-Agent")).isEqualTo("KhotinTest/1.0");
        assertThat(r.header("if-none-match")).isEqualTo("\"abc\"");
        assertThat(r.bytes()).isPositive();
        Path dump = tmp.resolve("log.jsonl");
        server.dumpRequests(dump);
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty().allMatch(l -> l.startsWith("{\"time\":"));
        assertThat(lines).anyMatch(l -> l.contains("\"path\":\"/robots.txt\"") && l.contains("\"query\":\"x=1\"") && l.contains("KhotinTest/1.0"));
        StringWriter w = new StringWriter();
        server.writeRequests(w);
        assertThat(w.toString()).contains("\"status\":200");
    }

    @Test
    void gzipWhenAsked() throws Exception {
        HttpResponse<byte[]> r = get("/", "Accept-Encoding", "gzip");
        assertThat(r.headers().firstValue("content-encoding")).hasValue("gzip");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"vi\">");
        assertThat(get("/").headers().firstValue("content-encoding")).isEmpty();
    }
}
