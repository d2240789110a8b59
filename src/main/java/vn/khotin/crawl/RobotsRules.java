package vn.khotin.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * robots.txt for the crawler ({@link Crawler}), per host (RFC 9309 via crawler-commons): read through the same
 * pacing and archive as every request, trusted for at most the configured TTL, 4xx allowing all, 5xx or
 * unreachable disallowing all until it can be read (with back-off), Crawl-delay handed to the pacer and the
 * sitemaps it lists queued. Used by the crawl thread only.
 */
final class RobotsRules {

    /** A host's rules until {@code expires}; {@code unavailable}: it could not be read ({@code failures} times). */
    record Robots(BaseRobotRules rules, long expires, boolean unavailable, int failures) {}

    private final CrawlSettings settings;
    private final CrawlStore store;
    private final UrlCanonicalizer canon;
    private final Discovery discovery;
    private final Fetcher fetcher;
    private final HostPacer pacer;
    private final CrawlStats stats;
    private final Frontier frontier;
    private final Retries retries;
    private final Logger log;
    private final Map<String, Robots> robots = new HashMap<>();
    private final String agent;

    RobotsRules(CrawlSettings settings, CrawlStore store, UrlCanonicalizer canon, Discovery discovery, Fetcher fetcher,
            HostPacer pacer, CrawlStats stats, Frontier frontier, Retries retries, Logger log) {
        this.settings = settings;
        this.store = store;
        this.canon = canon;
        this.discovery = discovery;
        this.fetcher = fetcher;
        this.pacer = pacer;
        this.stats = stats;
        this.frontier = frontier;
        this.retries = retries;
        this.log = log;
        String ua = settings.userAgent();
        int slash = ua.indexOf('/');
        this.agent = (slash > 0 ? ua.substring(0, slash) : ua.split("\\s+")[0]).trim().toLowerCase(Locale.ROOT);
    }

    /** The rules for a URI's host: cached, or fetched (and their sitemaps queued) when absent or expired. */
    Robots robots(URI uri, CaptureSink sink) throws Exception {
        String key = hostKey(uri);
        Robots cached = robots.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expires > now) {
            return cached;
        }
        Robots fresh = fetchRobots(uri, sink, cached);
        robots.put(key, fresh);
        return fresh;
    }

    private Robots fetchRobots(URI uri, CaptureSink sink, Robots previous) throws Exception {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        parser.setMaxCrawlDelay(Long.MAX_VALUE); // we cap Crawl-delay ourselves rather than refuse the site
        long ttl = settings.politeness().robotsCacheTtl().toMillis();
        String url = uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt";
        String host = hostKey(uri);
        for (int hop = 0; hop <= 5; hop++) {
            pacer.acquire(host);
            stats.requests++;
            Exchange ex;
            try {
                ex = fetcher.get(url, null, null, null);
                pacer.done(host);
            } catch (Fetcher.FetchException e) {
                pacer.done(host);
                stats.status(0);
                retries.requestFailed(e.reason);
                return robotsUnavailable(url, e.reason, previous);
            }
            Capture c = ex.capture();
            stats.status(c.status());
            retries.answered(c.status());
            String ref = sink.archive(ex);
            store.addCapture(url, c.status(), ref, c.fetchedAt().toEpochMilli(), null, frontier.run());
            int status = c.status();
            if (status >= 300 && status < 400 && c.header("Location").isPresent()) {
                url = URI.create(url).resolve(c.header("Location").get().trim()).toString();
                continue;
            }
            if (status >= 200 && status < 300) {
                BaseRobotRules rules = parser.parseContent(url, c.body(), c.mediaType(), List.of(agent));
                if (rules.getCrawlDelay() > 0) {
                    pacer.crawlDelay(host, Duration.ofMillis(rules.getCrawlDelay()));
                }
                store.inTransaction(() -> {
                    for (String sitemap : rules.getSitemaps()) {
                        canon.canonicalize(c.url(), sitemap).filter(discovery::fetchable)
                                .ifPresent(s -> frontier.enqueueOrRevisit(s, CrawlStore.Kind.SITEMAP, 0));
                    }
                    return null;
                });
                return new Robots(rules, System.currentTimeMillis() + ttl, false, 0);
            }
            if (status == 429 || status >= 500) {
                Retries.retryAfter(c).ifPresent(d -> pacer.pause(host, d));
                return robotsUnavailable(url, "http-" + status, previous);
            }
            // 4xx: no robots.txt, everything allowed (RFC 9309 §2.3.1.3)
            return new Robots(parser.failedFetch(status), System.currentTimeMillis() + ttl, false, 0);
        }
        return robotsUnavailable(url, "too-many-redirects", previous);
    }

    /** RFC 9309: an unreachable robots.txt means the whole host is off limits until it can be read. */
    private Robots robotsUnavailable(String url, String reason, Robots previous) {
        int failures = previous != null && previous.unavailable ? previous.failures + 1 : 1;
        Duration wait = retries.backoff(failures);
        log.warn("{} unavailable ({}); the host waits {} ms", url, reason, wait.toMillis());
        return new Robots(new SimpleRobotRulesParser().failedFetch(503), System.currentTimeMillis() + wait.toMillis(),
                true, failures);
    }

    static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
