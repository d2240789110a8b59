package vn.khotin.crawl;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * The second half of a visit by the crawler ({@link Crawler}): what an answer, once archived, means for the crawl
 * store and the frontier. A full fetch is recorded with its hash and its links queued (a listing revisited with new
 * articles queues its next pages again), a redirect is followed within the profile, a 429/503 holds the host for its
 * Retry-After, and failures are retried or made final ({@link Retries}). Used by the crawl thread only.
 */
final class FetchOutcomes {

    private final CrawlSettings settings;
    private final CrawlStore store;
    private final ArticleIds ids;
    private final UrlCanonicalizer canon;
    private final Discovery discovery;
    private final HostPacer pacer;
    private final CrawlStats stats;
    private final Frontier frontier;
    private final Retries retries;
    private final Logger log;

    FetchOutcomes(CrawlSettings settings, CrawlStore store, ArticleIds ids, UrlCanonicalizer canon, Discovery discovery,
            HostPacer pacer, CrawlStats stats, Frontier frontier, Retries retries, Logger log) {
        this.settings = settings;
        this.store = store;
        this.ids = ids;
        this.canon = canon;
        this.discovery = discovery;
        this.pacer = pacer;
        this.stats = stats;
        this.frontier = frontier;
        this.retries = retries;
        this.log = log;
    }

    /**
     * Records what an archived answer means: a 304 or a full fetch recorded (its links queued), a redirect
     * followed or not, a failure retried or final. {@code host}: the pacer's key, held on a Retry-After.
     */
    void record(CrawlStore.Row row, Exchange ex, String ref, String host, CaptureSink sink) throws Exception {
        Capture c = ex.capture();
        int status = c.status();
        long at = c.fetchedAt().toEpochMilli();
        if (status == 304) {
            stats.notModified++;
            store.inTransaction(() -> {
                store.recordFetched(row, 304, ref, c.header("ETag").orElse(null),
                        c.header("Last-Modified").orElse(null), null, at, frontier.run(), null);
                return null;
            });
        } else if (status >= 200 && status < 300) {
            fetched(row, ex, ref, sink);
        } else if (status >= 300 && status < 400) {
            redirected(row, ex, ref);
        } else if (status == 429 || status == 503) {
            Duration retryAfter = Retries.retryAfter(c).orElse(null);
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
                    c.header("Last-Modified").orElse(null), hash, at, frontier.run(),
                    ex.truncation() == Exchange.Truncation.LENGTH ? "truncated-length" : null);
            int fresh = 0;
            int childDepth = row.kind() == CrawlStore.Kind.PAGE ? row.depth() + 1 : row.depth();
            for (Discovery.Link link : found.links()) {
                if (frontier.enqueue(link, childDepth, 0) && link.kind() == CrawlStore.Kind.ARTICLE) {
                    fresh++;
                }
            }
            if (found.canonical() != null && !found.canonical().equals(row.url())
                    && ids.idOf(found.canonical()).isEmpty() && discovery.fetchable(found.canonical())
                    && !frontier.knows(found.canonical())) {
                // rel=canonical names this page's true URL: remember it as fetched-through-this-one
                long id = store.insert(found.canonical(), row.kind(), null, row.depth(), 0, null, frontier.run(), at);
                store.recordFinal(id, CrawlStore.State.DUPLICATE, null, "canonical-of " + row.url());
                frontier.markKnown(found.canonical());
            }
            if (revisited && fresh > 0) {
                // A listing revisited in a later run shows new articles: its next pages may too.
                for (Discovery.Link link : found.links()) {
                    if (link.kind() == CrawlStore.Kind.PAGE && paginates(row.url(), link)) {
                        Optional<CrawlStore.Row> known = store.find(link.url());
                        if (known.isPresent()) {
                            frontier.revisit(known.get());
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
            log.warn("Processing {} failed: {}", row.url(), e.toString());
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
            store.addCapture(row.url(), c.status(), ref, at, null, frontier.run());
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
                    frontier.markKnown(to);
                    return null;
                }
                store.recordFinal(row.id(), CrawlStore.State.FAILED, c.status(), "redirect-loop");
                stats.failure("redirect-loop");
                return null;
            }
            store.recordFinal(row.id(), CrawlStore.State.REDIRECTED, c.status(), "redirect " + to);
            frontier.enqueue(new Discovery.Link(to, discovery.kindOf(to), null, false), row.depth(), hops);
            return null;
        });
    }

    private void failedExchange(CrawlStore.Row row, String ref, long at, int status, String reason,
            Duration retryAfter, boolean transientFailure) throws SQLException {
        store.inTransaction(() -> {
            store.addCapture(row.url(), status, ref, at, null, frontier.run());
            if (transientFailure) {
                retries.retryOrFail(row, status, reason, retryAfter);
            } else {
                retries.finalState(row, CrawlStore.State.FAILED, status, reason);
            }
            return null;
        });
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
