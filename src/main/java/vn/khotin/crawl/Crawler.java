package vn.khotin.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * The crawler: a persistent frontier ({@link CrawlStore}) worked through politely. It only fetches,
 * discovers and schedules; every exchange goes to a {@link CaptureSink}, which archives it before the store
 * records the fetch and processes it after.
 *
 * <p>What it guarantees:
 * <ul>
 *   <li>robots.txt (RFC 9309 via crawler-commons): 4xx allows all, 5xx or unreachable disallows all until it
 *       can be read, rules trusted for at most the configured TTL (≤ 24 h), Crawl-delay honored up to a cap;</li>
 *   <li>per host at most {@code rate} requests per second, a {@code Retry-After} on 429/503 holds the whole
 *       host, 5xx/timeouts/resets back off exponentially with jitter, a bounded number of times;</li>
 *   <li>each article is one frontier entry whatever its URL form ({@link ArticleIds}), each URL canonical;</li>
 *   <li>a kill at any moment loses at most the request in flight: the store commits once per fetch;</li>
 *   <li>a later run revisits only sitemaps, feeds and the pages next to the seeds (conditionally), articles
 *       whose sitemap {@code lastmod} moved, and what is new.</li>
 * </ul>
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /** Pages this close to a seed (category fronts, tag pages linked from the home page) are revisited each run. */
    static final int REVISIT_DEPTH = 1;

    private final CrawlSettings settings;
    private final CrawlStore store;
    private final ArticleIds ids;
    private final UrlCanonicalizer canon;
    private final Discovery discovery;
    private final Fetcher fetcher;
    private final HostPacer pacer;
    private final Map<String, Robots> robots = new HashMap<>();
    private final Set<String> knownUrls = new HashSet<>();
    private final Set<Long> knownArticles = new HashSet<>();
    private final CrawlStats stats = new CrawlStats();
    private final String agent;
    private long run;
    private long cycleStart;

    public Crawler(CrawlSettings settings, CrawlStore store, ArticleIds ids) {
        this.settings = settings;
        this.store = store;
        this.ids = ids;
        this.canon = new UrlCanonicalizer(settings.origin(), settings.urls());
        this.discovery = new Discovery(settings, canon, ids);
        this.fetcher = new Fetcher(settings);
        this.pacer = new HostPacer(settings.requestsPerSecond(), settings.politeness().maxCrawlDelay());
        String ua = settings.userAgent();
        int slash = ua.indexOf('/');
        this.agent = (slash > 0 ? ua.substring(0, slash) : ua.split("\\s+")[0]).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A progress report, at most twice a second. Made on the crawl thread, so it is the safe way for other
     * threads to see the run's counters ({@link CrawlStats} is not synchronized).
     *
     * @param failuresByReason URLs given up on in this run, by reason (a copy)
     */
    public record Progress(long requests, long fullFetches, long failed, long queued, double rate,
            Map<String, Long> failuresByReason) {
        public Progress {
            failuresByReason = Map.copyOf(failuresByReason);
        }
    }

    /**
     * Crawls until nothing is due or {@code stop} says so.
     *
     * @return this run's counters
     * @throws SQLException when the crawl store fails (the crawl cannot go on without it)
     * @throws Exception when the sink cannot archive (a full disk, say): nothing is fetched that cannot be kept
     */
    public CrawlStats crawl(CaptureSink sink, BooleanSupplier stop, Consumer<Progress> progress) throws Exception {
        long now = System.currentTimeMillis();
        run = store.beginRun(now);
        cycleStart = store.cycleStart(run);
        boolean newCycle = cycleStart == store.runStarted(run);
        store.forEachKnown((url, id) -> {
            knownUrls.add(url);
            if (id != null) {
                knownArticles.add(id);
            }
        });
        store.inTransaction(() -> {
            if (newCycle) {
                int again = store.requeueTransientFailures(run);
                if (again > 0) {
                    LOG.info("{} URLs that failed for transient reasons are queued again", again);
                }
            }
            for (String seed : settings.seeds()) {
                canon.canonicalize(settings.origin() + "/", seed).filter(discovery::fetchable)
                        .ifPresent(url -> enqueueOrRevisit(url, discovery.kindOf(url), 0));
            }
            for (CrawlStore.Row row : store.revisitCandidates(REVISIT_DEPTH)) {
                revisit(row);
            }
            return null;
        });
        long lastProgress = 0;
        while (!stop.getAsBoolean()) {
            long t = System.currentTimeMillis();
            Optional<CrawlStore.Row> next = store.next(t);
            if (next.isEmpty()) {
                OptionalLong due = store.earliestDue();
                if (due.isEmpty()) {
                    break;
                }
                Thread.sleep(Math.max(1, Math.min(200, due.getAsLong() - t)));
                continue;
            }
            visit(next.get(), sink);
            if (progress != null && System.nanoTime() - lastProgress > 500_000_000L) {
                lastProgress = System.nanoTime();
                progress.accept(new Progress(stats.requests, stats.fullFetches, stats.failed(), store.queuedCount(),
                        stats.rate(), stats.failures));
            }
        }
        return stats;
    }

    /** This run's number in the store. */
    public long run() {
        return run;
    }

    // ---- scheduling ----------------------------------------------------------------------------------------

    private void enqueueOrRevisit(String url, CrawlStore.Kind kind, int depth) {
        try {
            Optional<CrawlStore.Row> row = store.find(url);
            if (row.isPresent()) {
                revisit(row.get());
            } else {
                enqueue(new Discovery.Link(url, kind, null, false), depth, 0);
            }
        } catch (SQLException e) {
            throw new StoreFailureException(e);
        }
    }

    /** Queues a fetched row again, conditionally, unless this crawl cycle already fetched it. */
    private void revisit(CrawlStore.Row row) throws SQLException {
        if (row.state() == CrawlStore.State.FETCHED && row.fetchedAt() != null && row.fetchedAt() < cycleStart) {
            store.requeue(row.id(), run, null);
        }
    }

    /** Adds a link to the frontier; returns true when it is a URL (or article) never seen before. */
    private boolean enqueue(Discovery.Link link, int depth, int redirects) throws SQLException {
        String url = link.url();
        if (knownUrls.contains(url)) {
            if (link.lastmod() != null) {
                Optional<CrawlStore.Row> row = store.find(url);
                OptionalLong aid = ids.idOf(url);
                if (row.isEmpty() && aid.isPresent()) {
                    row = store.findArticle(aid.getAsLong());
                }
                row.ifPresent(r -> maybeChanged(r, link.lastmod()));
            }
            return false;
        }
        OptionalLong id = ids.idOf(url);
        if (id.isPresent() && knownArticles.contains(id.getAsLong())) {
            Optional<CrawlStore.Row> row = store.findArticle(id.getAsLong());
            if (row.isPresent()) {
                CrawlStore.Row r = row.get();
                if (link.lastmod() != null) {
                    maybeChanged(r, link.lastmod());
                } else if (r.state() == CrawlStore.State.QUEUED && r.fetchedAt() == null && r.attempts() == 0
                        && rank(url) < rank(r.url())) {
                    store.moveUrl(r.id(), url, r.redirects()); // prefer the current URL form to old or AMP ones
                }
            }
            knownUrls.add(url);
            return false;
        }
        CrawlStore.Kind kind = id.isPresent() ? CrawlStore.Kind.ARTICLE : link.kind();
        store.insert(url, kind, id.isPresent() ? id.getAsLong() : null, depth, redirects, link.lastmod(), run,
                System.currentTimeMillis());
        knownUrls.add(url);
        id.ifPresent(knownArticles::add);
        stats.discovered++;
        return true;
    }

    /** A sitemap says the resource changed at {@code lastmod}: fetch it again if that is after our copy. */
    private void maybeChanged(CrawlStore.Row row, long lastmod) {
        try {
            if (row.lastmod() != null && lastmod <= row.lastmod()) {
                return;
            }
            if (row.state() == CrawlStore.State.FETCHED && row.fetchedAt() != null && lastmod > row.fetchedAt()) {
                store.requeue(row.id(), run, lastmod);
            } else {
                store.setLastmod(row.id(), lastmod);
            }
        } catch (SQLException e) {
            throw new StoreFailureException(e);
        }
    }

    private static int rank(String url) {
        return url.endsWith(".html") ? 0 : url.endsWith(".htm") ? 1 : 2;
    }

    // ---- one visit -----------------------------------------------------------------------------------------

    private void visit(CrawlStore.Row row, CaptureSink sink) throws Exception {
        URI uri = URI.create(row.url());
        String host = hostKey(uri);
        if (!discovery.fetchable(row.url())) {
            finalState(row, CrawlStore.State.DISALLOWED, null, "denied-by-profile");
            return;
        }
        Robots r = robots(uri, sink);
        if (r.unavailable) {
            retryOrFail(row, null, "robots-unavailable", Duration.ofMillis(Math.max(0, r.expires - System.currentTimeMillis())));
            return;
        }
        if (!r.rules.isAllowed(row.url())) {
            stats.disallowed++;
            finalState(row, CrawlStore.State.DISALLOWED, null, "robots");
            return;
        }
        boolean conditional = row.fetchedAt() != null && row.archiveRef() != null;
        Exchange ex;
        pacer.acquire(host);
        stats.requests++;
        try {
            ex = fetcher.get(row.url(), conditional ? row.etag() : null, conditional ? row.lastModified() : null,
                    row.fetchedAt() == null ? null : Instant.ofEpochMilli(row.fetchedAt()));
            pacer.done(host);
        } catch (Fetcher.FetchException e) {
            pacer.done(host);
            stats.status(0);
            LOG.debug("Fetch of {} failed: {}", row.url(), e.toString());
            retryOrFail(row, null, e.reason, null);
            return;
        }
        Capture c = ex.capture();
        int status = c.status();
        stats.status(status);
        stats.bytes += c.body().length;
        String ref = sink.archive(ex);
        long at = c.fetchedAt().toEpochMilli();
        if (status == 304) {
            stats.notModified++;
            store.inTransaction(() -> {
                store.recordFetched(row, 304, ref, c.header("ETag").orElse(null),
                        c.header("Last-Modified").orElse(null), null, at, run, null);
                return null;
            });
        } else if (status >= 200 && status < 300) {
            fetched(row, ex, ref, sink);
        } else if (status >= 300 && status < 400) {
            redirected(row, ex, ref);
        } else if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(c).orElse(null);
            if (retryAfter != null) {
                pacer.pause(host, retryAfter);
                stats.retryAfterHonored++;
                stats.maxRetryAfterMillis = Math.max(stats.maxRetryAfterMillis, retryAfter.toMillis());
            }
            failedExchange(row, ref, at, status, "http-" + status, retryAfter, true);
        } else if (status >= 500 || status == 408) {
            failedExchange(row, ref, at, status, "http-" + status, null, true);
        } else {
            failedExchange(row, ref, at, status, "http-" + status, null, false);
        }
    }

    private void fetched(CrawlStore.Row row, Exchange ex, String ref, CaptureSink sink) throws Exception {
        Capture c = ex.capture();
        long at = c.fetchedAt().toEpochMilli();
        if (ex.truncation() == Exchange.Truncation.DISCONNECT || ex.truncation() == Exchange.Truncation.TIME) {
            stats.truncated++;
            failedExchange(row, ref, at, c.status(), "truncated-" + ex.truncation().name().toLowerCase(Locale.ROOT),
                    null, true);
            return;
        }
        if (ex.truncation() == Exchange.Truncation.LENGTH) {
            stats.truncated++;
        }
        stats.fullFetches++;
        stats.fullFetchesByKind.merge(row.kind().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        Discovery.Found found = discovery.discover(ex, row.kind());
        String hash = sha256(c.body());
        boolean revisited = row.fetchedAt() != null;
        store.inTransaction(() -> {
            store.recordFetched(row, c.status(), ref, c.header("ETag").orElse(null),
                    c.header("Last-Modified").orElse(null), hash, at, run,
                    ex.truncation() == Exchange.Truncation.LENGTH ? "truncated-length" : null);
            int fresh = 0;
            int childDepth = row.kind() == CrawlStore.Kind.PAGE ? row.depth() + 1 : row.depth();
            for (Discovery.Link link : found.links()) {
                if (enqueue(link, childDepth, 0) && link.kind() == CrawlStore.Kind.ARTICLE) {
                    fresh++;
                }
            }
            if (found.canonical() != null && !found.canonical().equals(row.url())
                    && ids.idOf(found.canonical()).isEmpty() && discovery.fetchable(found.canonical())
                    && !knownUrls.contains(found.canonical())) {
                // rel=canonical names this page's true URL: remember it as fetched-through-this-one
                long id = store.insert(found.canonical(), row.kind(), null, row.depth(), 0, null, run, at);
                store.recordFinal(id, CrawlStore.State.DUPLICATE, null, "canonical-of " + row.url());
                knownUrls.add(found.canonical());
            }
            if (revisited && fresh > 0) {
                // A listing revisited in a later run shows new articles: its next pages may too.
                for (Discovery.Link link : found.links()) {
                    if (link.kind() == CrawlStore.Kind.PAGE && paginates(row.url(), link)) {
                        Optional<CrawlStore.Row> known = store.find(link.url());
                        if (known.isPresent()) {
                            revisit(known.get());
                        }
                    }
                }
            }
            return null;
        });
        try {
            sink.process(ex, ref);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warn("Processing {} failed: {}", row.url(), e.toString());
        }
    }

    /** Whether a link from a listing leads to another page of the same listing. */
    static boolean paginates(String listing, Discovery.Link link) {
        if (link.paginates()) {
            return true;
        }
        URI a = URI.create(listing);
        URI b = URI.create(link.url());
        if (a.getRawPath().equals(b.getRawPath()) && b.getRawQuery() != null) {
            return true;
        }
        String p = b.getRawPath().toLowerCase(Locale.ROOT);
        return p.matches(".*(/page[-/]?\\d+|/trang[-/]?\\d+|-p\\d+)(\\.html?)?/?$");
    }

    private void redirected(CrawlStore.Row row, Exchange ex, String ref) throws SQLException {
        Capture c = ex.capture();
        long at = c.fetchedAt().toEpochMilli();
        Optional<String> target = c.header("Location").flatMap(loc -> canon.canonicalize(row.url(), loc));
        store.inTransaction(() -> {
            store.addCapture(row.url(), c.status(), ref, at, null, run);
            int hops = row.redirects() + 1;
            if (target.isEmpty() || !discovery.fetchable(target.get())) {
                store.recordFinal(row.id(), CrawlStore.State.REDIRECTED, c.status(),
                        "redirect-elsewhere " + c.header("Location").orElse(""));
                return null;
            }
            if (hops > settings.politeness().maxRedirects()) {
                store.recordFinal(row.id(), CrawlStore.State.FAILED, c.status(), "too-many-redirects");
                stats.failure("too-many-redirects");
                return null;
            }
            String to = target.get();
            OptionalLong toId = ids.idOf(to);
            if (row.articleId() != null && toId.isPresent() && toId.getAsLong() == row.articleId()) {
                // the same article under its current URL: this entry follows it
                if (store.moveUrl(row.id(), to, hops)) {
                    knownUrls.add(to);
                    return null;
                }
                store.recordFinal(row.id(), CrawlStore.State.FAILED, c.status(), "redirect-loop");
                stats.failure("redirect-loop");
                return null;
            }
            store.recordFinal(row.id(), CrawlStore.State.REDIRECTED, c.status(), "redirect " + to);
            enqueue(new Discovery.Link(to, discovery.kindOf(to), null, false), row.depth(), hops);
            return null;
        });
    }

    private void failedExchange(CrawlStore.Row row, String ref, long at, int status, String reason,
            Duration retryAfter, boolean transientFailure) throws SQLException {
        store.inTransaction(() -> {
            store.addCapture(row.url(), status, ref, at, null, run);
            if (transientFailure) {
                retryOrFail(row, status, reason, retryAfter);
            } else {
                finalState(row, CrawlStore.State.FAILED, status, reason);
            }
            return null;
        });
    }

    private void retryOrFail(CrawlStore.Row row, Integer status, String reason, Duration wait) throws SQLException {
        CrawlSettings.Politeness p = settings.politeness();
        int attempts = row.attempts() + 1;
        if (attempts > p.maxRetries()) {
            finalState(row, CrawlStore.State.FAILED, status, "retries-exhausted: " + reason);
            return;
        }
        if (wait != null && wait.compareTo(p.maxRetryAfter()) > 0) {
            finalState(row, CrawlStore.State.FAILED, status, "retry-after-too-long: " + wait.toSeconds() + "s");
            return;
        }
        Duration delay = wait != null ? wait : backoff(attempts);
        stats.retries++;
        store.recordRetry(row.id(), attempts, System.currentTimeMillis() + delay.toMillis() + (wait != null ? 1 : 0),
                status, reason);
    }

    /** Exponential back-off with jitter (0.5–1.5 of the nominal delay), capped. */
    Duration backoff(int attempt) {
        CrawlSettings.Politeness p = settings.politeness();
        double nominal = p.backoffBase().toNanos() * Math.pow(2, Math.min(attempt - 1, 30));
        double capped = Math.min(nominal, p.backoffMax().toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    private void finalState(CrawlStore.Row row, CrawlStore.State state, Integer status, String reason)
            throws SQLException {
        store.recordFinal(row.id(), state, status, reason);
        if (state == CrawlStore.State.FAILED) {
            stats.failure(reason);
            LOG.info("Giving up {}: {}", row.url(), reason);
        }
    }

    /** Parses Retry-After: delay-seconds or an HTTP-date. */
    static Optional<Duration> retryAfter(Capture c) {
        Optional<String> value = c.header("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException ignored) {
            // an HTTP-date, below
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(Instant.now(), when.toInstant());
            // an HTTP-date has one-second resolution: round up so we never come back early
            return Optional.of(d.isNegative() ? Duration.ZERO : d.plusSeconds(1).withNanos(0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- robots.txt ----------------------------------------------------------------------------------------

    private record Robots(BaseRobotRules rules, long expires, boolean unavailable, int failures) {}

    private Robots robots(URI uri, CaptureSink sink) throws Exception {
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
                return robotsUnavailable(url, e.reason, previous);
            }
            Capture c = ex.capture();
            stats.status(c.status());
            String ref = sink.archive(ex);
            store.addCapture(url, c.status(), ref, c.fetchedAt().toEpochMilli(), null, run);
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
                                .ifPresent(s -> enqueueOrRevisit(s, CrawlStore.Kind.SITEMAP, 0));
                    }
                    return null;
                });
                return new Robots(rules, System.currentTimeMillis() + ttl, false, 0);
            }
            if (status == 429 || status >= 500) {
                retryAfter(c).ifPresent(d -> pacer.pause(host, d));
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
        Duration wait = backoff(failures);
        LOG.warn("{} unavailable ({}); the host waits {} ms", url, reason, wait.toMillis());
        return new Robots(new SimpleRobotRulesParser().failedFetch(503), System.currentTimeMillis() + wait.toMillis(),
                true, failures);
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The crawl store failed inside a callback; the crawl cannot go on. */
    public static final class StoreFailureException extends RuntimeException {
        StoreFailureException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
