package vn.khotin.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a site politely: robots.txt honored, one host paced to the configured rate, only allowed hosts and
 * paths, each URL once. Every exchange goes to a {@link CaptureSink}; the crawler itself only fetches,
 * discovers links and schedules. Article pages are fetched before other pages, so a limited crawl gets
 * articles quickly.
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final CrawlSettings settings;
    private final Predicate<URI> isArticle;
    private final HttpClient http;
    private final Deque<URI> articles = new ArrayDeque<>();
    private final Deque<URI> pages = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private BaseRobotRules robots;
    private long nextRequestNanos;
    private final CrawlStats stats = new CrawlStats();

    /**
     * @param isArticle tells article URLs from other pages, for scheduling
     */
    public Crawler(CrawlSettings settings, Predicate<URI> isArticle) {
        this.settings = settings;
        this.isArticle = isArticle;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Crawls until the frontier is empty or {@code stop} says so. Failures of single URLs are logged and
     * counted, never thrown.
     */
    public CrawlStats crawl(CaptureSink sink, BooleanSupplier stop) throws InterruptedException {
        robots = fetchRobots(sink);
        for (String seed : settings.seeds()) {
            schedule(settings.origin().resolve(seed));
        }
        while (!stop.getAsBoolean()) {
            URI next = !articles.isEmpty() ? articles.poll() : pages.poll();
            if (next == null) {
                break;
            }
            fetch(next, sink);
        }
        return stats;
    }

    private void fetch(URI uri, CaptureSink sink) throws InterruptedException {
        Capture capture;
        Map<String, List<String>> requestHeaders = Map.of("User-Agent", List.of(settings.userAgent()));
        try {
            capture = get(uri);
        } catch (IOException e) {
            stats.failed++;
            LOG.warn("Fetch failed for {}: {}", uri, e.toString());
            return;
        }
        stats.fetched++;
        try {
            sink.accept(capture, requestHeaders);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            stats.failed++;
            LOG.warn("Processing failed for {}: {}", uri, e.toString(), e);
        }
        if (capture.status() >= 300 && capture.status() < 400) {
            capture.header("Location").ifPresent(loc -> schedule(uri.resolve(loc.trim())));
        } else if (capture.status() == 200) {
            discover(capture);
        }
    }

    private Capture get(URI uri) throws IOException, InterruptedException {
        pace();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (body.length > settings.maxBodyBytes()) {
            body = java.util.Arrays.copyOf(body, (int) settings.maxBodyBytes());
        }
        return new Capture(uri.toString(), response.statusCode(), response.headers().map(), body, Instant.now());
    }

    private void pace() throws InterruptedException {
        long interval = (long) (1_000_000_000L / settings.requestsPerSecond());
        long crawlDelay = robots != null && robots.getCrawlDelay() > 0
                ? Math.min(robots.getCrawlDelay(), 10_000) * 1_000_000L : 0;
        long wait = nextRequestNanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        nextRequestNanos = System.nanoTime() + Math.max(interval, crawlDelay);
    }

    private BaseRobotRules fetchRobots(CaptureSink sink) throws InterruptedException {
        URI robotsUri = settings.origin().resolve("/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        try {
            Capture capture = get(robotsUri);
            stats.fetched++;
            try {
                sink.accept(capture, Map.of("User-Agent", List.of(settings.userAgent())));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warn("Archiving robots.txt failed: {}", e.toString());
            }
            if (capture.status() < 200 || capture.status() >= 300) {
                return parser.failedFetch(capture.status());
            }
            BaseRobotRules rules = parser.parseContent(robotsUri.toString(), capture.body(), capture.mediaType(),
                    List.of(agentName()));
            for (String sitemap : rules.getSitemaps()) {
                scheduleText(robotsUri.toString(), sitemap);
            }
            return rules;
        } catch (IOException e) {
            LOG.warn("robots.txt unreachable ({}); crawling nothing until it is", e.toString());
            return parser.failedFetch(503);
        }
    }

    private String agentName() {
        String ua = settings.userAgent();
        int slash = ua.indexOf('/');
        return (slash > 0 ? ua.substring(0, slash) : ua).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private void discover(Capture capture) {
        String media = capture.mediaType();
        String text = new String(capture.body(), capture.declaredCharset().orElse(StandardCharsets.UTF_8));
        if (media.contains("xml") || media.contains("rss")) {
            Document xml = Jsoup.parse(text, capture.url(), Parser.xmlParser());
            for (Element e : xml.select("loc, link")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.text();
                scheduleText(capture.url(), href);
            }
        } else if (media.isEmpty() || media.contains("html")) {
            Document doc = Jsoup.parse(text, capture.url());
            for (Element a : doc.select("a[href]")) {
                scheduleText(capture.url(), a.attr("href"));
            }
        }
    }

    private void scheduleText(String base, String href) {
        if (href == null || href.isBlank()) {
            return;
        }
        try {
            schedule(URI.create(base).resolve(href.trim()));
        } catch (IllegalArgumentException e) {
            LOG.debug("Ignoring malformed link {} on {}", href, base);
        }
    }

    private void schedule(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || !settings.allowsHost(uri.getHost())) {
            return;
        }
        URI clean;
        try {
            clean = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            return;
        }
        String key = clean.toString();
        if (!seen.add(key)) {
            return;
        }
        if (settings.deniesPath(clean.getPath()) || (robots != null && !robots.isAllowed(key))) {
            stats.skipped++;
            return;
        }
        (isArticle.test(clean) ? articles : pages).add(clean);
    }

    /** Counters of one crawl run. */
    public static final class CrawlStats {
        int fetched;
        int failed;
        int skipped;

        public int fetched() {
            return fetched;
        }

        public int failed() {
            return failed;
        }

        public int skipped() {
            return skipped;
        }

        public Map<String, Integer> asMap() {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("fetched", fetched);
            m.put("failed", failed);
            m.put("skipped", skipped);
            return m;
        }
    }
}
