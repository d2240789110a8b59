package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultTest {

    static ReplicaServer server;

    @BeforeAll
    static void start() throws Exception {
        EnumSet<Fault> all = EnumSet.allOf(Fault.class);
        all.remove(Fault.INTERMITTENT_500);
        server = ReplicaServer.start(ReplicaConfig.builder().faults(all).faultTargets(2).slowMillis(300)
                .rateLimitPerSecond(100_000).largePageBytes(4 << 20).seed(7).build());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A raw exchange: the bytes received until the server closes, split into head and body. */
    record Raw(String head, byte[] body, int contentLength) {
    }

    static Raw raw(URI uri) throws IOException {
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            byte[] b = all.toByteArray();
            String text = new String(b, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            int cl = -1;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    cl = Integer.parseInt(line.substring(15).strip());
                }
            }
            return new Raw(head, java.util.Arrays.copyOfRange(b, end + 4, b.length), cl);
        }
    }

    @Test
    void faultListParsing() {
        assertThat(Fault.parseList("rate-limit-429, slow,GZIP_ALWAYS")).containsExactlyInAnyOrder(Fault.RATE_LIMIT_429, Fault.SLOW, Fault.GZIP_ALWAYS);
        assertThat(Fault.parseList("all")).hasSize(Fault.values().length);
        assertThat(Fault.parseList("")).isEmpty();
        assertThatThrownBy(() -> Fault.parseList("slow,bogus")).hasMessage("bogus");
    }

    @Test
    void everyPerArticleFaultHasDistinctTargets() {
        List<URI> seen = new ArrayList<>();
        for (Fault f : List.of(Fault.RATE_LIMIT_429, Fault.UNAVAILABLE_503, Fault.SLOW, Fault.CONNECTION_RESET,
                Fault.TRUNCATED_BODY, Fault.CHARSET_MISMATCH, Fault.UPDATED_ARTICLE)) {
            List<URI> t = server.faultTargets(f);
            assertThat(t).as(f.name()).hasSize(2);
            assertThat(seen).doesNotContainAnyElementsOf(t);
            seen.addAll(t);
        }
    }

    @Test
    void rateLimitTargetsAnswer429WithRetryAfterOnce() throws Exception {
        URI u = server.faultTargets(Fault.RATE_LIMIT_429).get(0);
        HttpResponse<byte[]> first = Http.get(u);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("retry-after")).hasValue("2");
        assertThat(Http.get(u).statusCode()).isEqualTo(200);
    }

    @Test
    void rateLimitWhenTooFast() throws Exception {
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().fault(Fault.RATE_LIMIT_429).rateLimitPerSecond(3).build())) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                codes.add(Http.get(s.uri("/robots.txt")).statusCode());
            }
            assertThat(codes).startsWith(200, 200, 200).contains(429);
            assertThat(s.requests().stream().filter(r -> r.status() == 429).allMatch(r -> r.fault() == Fault.RATE_LIMIT_429)).isTrue();
        }
    }

    @Test
    void unavailableTwiceWithBothRetryAfterForms() throws Exception {
        List<URI> t = server.faultTargets(Fault.UNAVAILABLE_503);
        List<String> retryAfter = new ArrayList<>();
        for (URI u : t) {
            HttpResponse<byte[]> r1 = Http.get(u);
            assertThat(r1.statusCode()).isEqualTo(503);
            retryAfter.add(r1.headers().firstValue("retry-after").orElseThrow());
            assertThat(Http.get(u).statusCode()).isEqualTo(503);
            assertThat(Http.get(u).statusCode()).isEqualTo(200);
        }
        assertThat(retryAfter).anyMatch(v -> v.matches("\\d+")).anyMatch(v -> v.endsWith("GMT"));
    }

    @Test
    void intermittentErrorsAreDeterministicAndPassOnRetry() throws Exception {
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().fault(Fault.INTERMITTENT_500).errorRate(0.5).seed(3).build())) {
            int errors = 0;
            for (long id : s.articleIds()) {
                int code = Http.get(s.articleUri(id)).statusCode();
                if (code == 500) {
                    errors++;
                    int retries = 0;
                    while (Http.get(s.articleUri(id)).statusCode() == 500 && retries < 20) {
                        retries++;
                    }
                    assertThat(retries).isLessThan(20);
                } else {
                    assertThat(code).isEqualTo(200);
                }
            }
            assertThat(errors).isBetween(5, 30);
            assertThat(Http.get(s.uri("/robots.txt")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void slowTargetsWait() throws Exception {
        URI u = server.faultTargets(Fault.SLOW).get(0);
        long t0 = System.nanoTime();
        assertThat(Http.get(u).statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void connectionResetOnFirstVisit() throws Exception {
        URI u = server.faultTargets(Fault.CONNECTION_RESET).get(0);
        // A raw socket: HttpClient would silently retry the GET on a fresh connection.
        boolean failed;
        try {
            Raw r = raw(u);
            failed = r.head().isEmpty();
        } catch (IOException | StringIndexOutOfBoundsException e) {
            failed = true;
        }
        assertThat(failed).isTrue();
        assertThat(Http.get(u).statusCode()).isEqualTo(200);
        assertThat(server.requests()).anyMatch(r -> r.path().equals(u.getPath()) && r.status() == 0 && r.fault() == Fault.CONNECTION_RESET);
    }

    @Test
    void truncatedBodyOnFirstVisit() throws Exception {
        URI u = server.faultTargets(Fault.TRUNCATED_BODY).get(0);
        Raw first = raw(u);
        assertThat(first.contentLength()).isPositive();
        assertThat(first.body().length).isLessThan(first.contentLength());
        Raw second = raw(u);
        assertThat(second.body().length).isEqualTo(second.contentLength());
    }

    @Test
    void redirectChainAndLoop() throws Exception {
        List<URI> starts = server.faultTargets(Fault.REDIRECTS);
        URI u = starts.get(0);
        List<Integer> codes = new ArrayList<>();
        HttpResponse<byte[]> r = Http.get(u);
        while (r.statusCode() / 100 == 3 && codes.size() < 10) {
            codes.add(r.statusCode());
            u = URI.create(r.headers().firstValue("location").orElseThrow());
            r = Http.get(u);
        }
        assertThat(codes).containsExactly(302, 301);
        assertThat(u.getPath()).matches("/.*-post\\d+\\.html");
        HttpResponse<byte[]> a = Http.get(starts.get(1));
        HttpResponse<byte[]> b = Http.get(URI.create(a.headers().firstValue("location").orElseThrow()));
        assertThat(b.headers().firstValue("location")).hasValue(starts.get(1).toString());
    }

    @Test
    void charsetMismatch() throws Exception {
        HttpResponse<byte[]> r = Http.get(server.faultTargets(Fault.CHARSET_MISMATCH).get(0));
        assertThat(r.headers().firstValue("content-type")).hasValue("text/html; charset=ISO-8859-1");
        String html = ungzip(r.body());
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("Báo Hà Tĩnh");
    }

    @Test
    void gzipEvenWhenNotAsked() throws Exception {
        HttpResponse<byte[]> r = Http.get(server.uri("/tin-moi.html"));
        assertThat(r.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(r.body()).startsWith((byte) 0x1f, (byte) 0x8b);
    }

    @Test
    void largeAndNonHtmlPages() throws Exception {
        URI large = server.faultTargets(Fault.LARGE_PAGE).get(0);
        HttpResponse<byte[]> r = Http.get(large, "Accept-Encoding", "identity");
        byte[] body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertThat(body.length).isGreaterThan(4 << 20);
        URI pdf = server.faultTargets(Fault.NON_HTML).get(0);
        assertThat(pdf.getPath()).matches("/.*-post\\d+\\.html");
        HttpResponse<byte[]> p = Http.get(pdf);
        assertThat(p.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(new String(p.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String home = ungzip(Http.get(server.uri("/")).body());
        assertThat(home).contains(large.getPath(), pdf.getPath(), "/vong-lap/a");
    }

    @Test
    void urlVariantsInLinks() throws Exception {
        Document home = Jsoup.parse(ungzip(Http.get(server.uri("/")).body()), server.baseUri().toString());
        List<String> hrefs = home.select("article.story h2 a, article.story h3 a").eachAttr("href");
        assertThat(hrefs).anyMatch(h -> h.contains("utm_source=")).anyMatch(h -> h.contains("fbclid="))
                .anyMatch(h -> h.startsWith("https://")).anyMatch(h -> h.endsWith(".html/"));
        String variant = hrefs.stream().filter(h -> h.contains("utm_source=")).findFirst().orElseThrow();
        HttpResponse<byte[]> r = Http.get(server.uri(variant.startsWith("/") ? variant : URI.create(variant).getRawPath()
                + "?" + URI.create(variant).getRawQuery()));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void updatedBetweenVisits() throws Exception {
        URI u = server.faultTargets(Fault.UPDATED_ARTICLE).get(0);
        Document v1 = Jsoup.parse(ungzip(Http.get(u).body()));
        Document v2 = Jsoup.parse(ungzip(Http.get(u).body()));
        assertThat(v2.select(".cms-body > p").size()).isEqualTo(v1.select(".cms-body > p").size() + 1);
        assertThat(v2.select("meta[property=article:modified_time]").attr("content"))
                .isNotEqualTo(v1.select("meta[property=article:modified_time]").attr("content"));
    }

    @Test
    void conditionalGetsAnswer304UntilTheArticleChanges() throws Exception {
        long id = server.articleIds()[3];
        URI u = server.articleUri(id);
        HttpResponse<byte[]> r1 = Http.get(u);
        String etag = r1.headers().firstValue("etag").orElseThrow();
        String lm = r1.headers().firstValue("last-modified").orElseThrow();
        assertThat(Http.get(u, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(Http.get(u, "If-Modified-Since", lm).statusCode()).isEqualTo(304);
        server.addGeneratedArticles(3); // new articles change sidebars, not this article's version
        assertThat(Http.get(u, "If-None-Match", etag).statusCode()).isEqualTo(304);
        server.updateArticle(id, "Đoạn bổ sung sau khi biên tập lại.");
        HttpResponse<byte[]> r2 = Http.get(u, "If-None-Match", etag);
        assertThat(r2.statusCode()).isEqualTo(200);
        assertThat(r2.headers().firstValue("etag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(server.requests()).anyMatch(r -> r.status() == 304 && r.header("if-none-match") != null);
    }

    @Test
    void incrementalChangesShowInSitemapLastmod() throws Exception {
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().build())) {
            Map<String, String> before = sitemap(s);
            List<ReplicaArticle> added = s.addGeneratedArticles(20);
            long[] ids = s.articleIds();
            for (int i = 0; i < 5; i++) {
                s.updateArticle(ids[i * 3], "Thông tin cập nhật " + i + ".");
            }
            Map<String, String> after = sitemap(s);
            List<String> changed = new ArrayList<>();
            after.forEach((loc, lastmod) -> {
                if (!lastmod.equals(before.get(loc))) {
                    changed.add(loc);
                }
            });
            assertThat(changed).hasSize(25);
            assertThat(changed).containsAll(added.stream().map(a -> s.articleUri(a.id()).toString()).toList());
            Document latest = Jsoup.parse(Http.text(Http.get(s.uri("/tin-moi.html"))));
            assertThat(latest.select("article.story h3 a").first().attr("href")).endsWith("-post" + added.get(19).id() + ".html");
        }
    }

    private static Map<String, String> sitemap(ReplicaServer s) throws Exception {
        Map<String, String> out = new HashMap<>();
        Document idx = Jsoup.parse(Http.text(Http.get(s.uri("/sitemap.xml"))), "", org.jsoup.parser.Parser.xmlParser());
        for (String loc : idx.select("sitemap loc").eachText()) {
            if (loc.contains("/news-")) {
                Document sm = Jsoup.parse(Http.text(Http.get(URI.create(loc))), "", org.jsoup.parser.Parser.xmlParser());
                sm.select("url").forEach(u -> out.put(u.selectFirst("loc").text(), u.selectFirst("lastmod").text()));
            }
        }
        return out;
    }

    private static String ungzip(byte[] b) throws IOException {
        if (b.length > 1 && b[0] == (byte) 0x1f && b[1] == (byte) 0x8b) {
            return new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes(), StandardCharsets.UTF_8);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
