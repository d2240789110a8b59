package vn.khotin.crawl;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 *
 * <p>This class runs the loop and makes each request; its parts are the scheduling ({@link Frontier}), robots.txt
 * ({@link RobotsRules}), retries and give-ups ({@link Retries}) and what an answer means ({@link FetchOutcomes}).
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /** Pages this close to a seed (category fronts, tag pages linked from the home page) are revisited each run. */
    static final int REVISIT_DEPTH = 1;
    /**
     * Requests in a row without an answer (or with a 5xx) after which a run that has had no answer at all gives
     * up: the origin is unreachable (no network, a wrong --origin, the site down). With the profile's back-off
     * this is about a quarter of a minute, not the hour the retries would take.
     */
    static final int UNREACHABLE_AFTER = 4;

    private final CrawlSettings settings;
    private final CrawlStore store;
    private final UrlCanonicalizer canon;
    private final Discovery discovery;
    private final Fetcher fetcher;
    private final HostPacer pacer;
    private final CrawlStats stats = new CrawlStats();
    private final Frontier frontier;
    private final Retries retries;
    private final RobotsRules robots;
    private final FetchOutcomes outcomes;

    public Crawler(CrawlSettings settings, CrawlStore store, ArticleIds ids) {
        this.settings = settings;
        this.store = store;
        this.canon = new UrlCanonicalizer(settings.origin(), settings.urls());
        this.discovery = new Discovery(settings, canon, ids);
        this.fetcher = new Fetcher(settings);
        this.pacer = new HostPacer(settings.requestsPerSecond(), settings.politeness().maxCrawlDelay());
        this.frontier = new Frontier(store, ids, stats, StoreFailureException::new);
        this.retries = new Retries(settings, store, stats, LOG);
        this.robots = new RobotsRules(settings, store, canon, discovery, fetcher, pacer, stats, frontier, retries, LOG);
        this.outcomes = new FetchOutcomes(settings, store, ids, canon, discovery, pacer, stats, frontier, retries, LOG);
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
        long run = store.beginRun(now);
        long cycleStart = store.cycleStart(run);
        frontier.begin(run, cycleStart);
        boolean newCycle = cycleStart == store.runStarted(run);
        store.forEachKnown(frontier::remember);
        store.inTransaction(() -> {
            if (newCycle) {
                int again = store.requeueTransientFailures(run);
                if (again > 0) {
                    LOG.info("{} URLs that failed for transient reasons are queued again", again);
                }
            }
            for (String seed : settings.seeds()) {
                canon.canonicalize(settings.origin() + "/", seed).filter(discovery::fetchable)
                        .ifPresent(url -> frontier.enqueueOrRevisit(url, discovery.kindOf(url), 0));
            }
            for (CrawlStore.Row row : store.revisitCandidates(REVISIT_DEPTH)) {
                frontier.revisit(row);
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
            if (stats.answered == 0 && retries.failuresInARow() >= UNREACHABLE_AFTER) {
                LOG.warn("{} never answered ({} requests in a row failed: {}); giving up this run",
                        settings.origin(), retries.failuresInARow(), retries.lastFailure());
                stats.giveUp(retries.lastFailure());
                break;
            }
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
        return frontier.run();
    }

    /**
     * One visit: the profile and robots.txt asked, the host's pacing waited for, the request made and its answer
     * archived; what the answer means is {@link FetchOutcomes}'.
     */
    private void visit(CrawlStore.Row row, CaptureSink sink) throws Exception {
        URI uri = URI.create(row.url());
        String host = RobotsRules.hostKey(uri);
        if (!discovery.fetchable(row.url())) {
            retries.finalState(row, CrawlStore.State.DISALLOWED, null, "denied-by-profile");
            return;
        }
        RobotsRules.Robots r = robots.robots(uri, sink);
        if (r.unavailable()) {
            retries.retryOrFail(row, null, "robots-unavailable",
                    Duration.ofMillis(Math.max(0, r.expires() - System.currentTimeMillis())));
            return;
        }
        if (!r.rules().isAllowed(row.url())) {
            stats.disallowed++;
            retries.finalState(row, CrawlStore.State.DISALLOWED, null, "robots");
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
            retries.requestFailed(e.reason);
            LOG.debug("Fetch of {} failed: {}", row.url(), e.toString());
            retries.retryOrFail(row, null, e.reason, null);
            return;
        }
        Capture c = ex.capture();
        int status = c.status();
        stats.status(status);
        retries.answered(status);
        stats.bytes += c.body().length;
        String ref = sink.archive(ex);
        outcomes.record(row, ex, ref, host, sink);
    }

    /** Parses Retry-After: delay-seconds or an HTTP-date. */
    static Optional<Duration> retryAfter(Capture c) {
        return Retries.retryAfter(c);
    }

    /** The crawl store failed inside a callback; the crawl cannot go on. */
    public static final class StoreFailureException extends RuntimeException {
        StoreFailureException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
