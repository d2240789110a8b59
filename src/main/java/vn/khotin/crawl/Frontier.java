package vn.khotin.crawl;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The crawler's scheduling ({@link Crawler}): links added to the frontier once per URL and once per article,
 * fetched rows queued again (conditionally) once per crawl cycle, and a sitemap's {@code lastmod} turned into a
 * refetch. Holds the run's number and the URLs and articles the store already knows. Used by the crawl thread
 * only.
 */
final class Frontier {

    private final CrawlStore store;
    private final ArticleIds ids;
    private final CrawlStats stats;
    /**
     * Turns a store failure inside a callback into the crawler's public exception; handed in so that this file
     * does not depend back on {@link Crawler}, whose nested type it is.
     */
    private final Function<SQLException, RuntimeException> storeFailure;
    private final Set<String> knownUrls = new HashSet<>();
    private final Set<Long> knownArticles = new HashSet<>();
    private long run;
    private long cycleStart;

    Frontier(CrawlStore store, ArticleIds ids, CrawlStats stats, Function<SQLException, RuntimeException> storeFailure) {
        this.store = store;
        this.ids = ids;
        this.stats = stats;
        this.storeFailure = storeFailure;
    }

    /** Starts a run: its number in the store and when its crawl cycle started. */
    void begin(long run, long cycleStart) {
        this.run = run;
        this.cycleStart = cycleStart;
    }

    /** This run's number in the store (0 before the run begins). */
    long run() {
        return run;
    }

    /** A URL the store already has, with its article ID or null. */
    void remember(String url, Long id) {
        knownUrls.add(url);
        if (id != null) {
            knownArticles.add(id);
        }
    }

    boolean knows(String url) {
        return knownUrls.contains(url);
    }

    /** A URL the store now has that did not come through {@link #enqueue}. */
    void markKnown(String url) {
        knownUrls.add(url);
    }

    void enqueueOrRevisit(String url, CrawlStore.Kind kind, int depth) {
        try {
            Optional<CrawlStore.Row> row = store.find(url);
            if (row.isPresent()) {
                revisit(row.get());
            } else {
                enqueue(new Discovery.Link(url, kind, null, false), depth, 0);
            }
        } catch (SQLException e) {
            throw storeFailure.apply(e);
        }
    }

    /** Queues a fetched row again, conditionally, unless this crawl cycle already fetched it. */
    void revisit(CrawlStore.Row row) throws SQLException {
        if (row.state() == CrawlStore.State.FETCHED && row.fetchedAt() != null && row.fetchedAt() < cycleStart) {
            store.requeue(row.id(), run, null);
        }
    }

    /** Adds a link to the frontier; returns true when it is a URL (or article) never seen before. */
    boolean enqueue(Discovery.Link link, int depth, int redirects) throws SQLException {
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
            throw storeFailure.apply(e);
        }
    }

    private static int rank(String url) {
        return url.endsWith(".html") ? 0 : url.endsWith(".htm") ? 1 : 2;
    }
}
