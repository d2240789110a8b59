package vn.khotin.crawl;

import java.sql.SQLException;

/**
 * What the crawl store ({@link CrawlStore}) holds and hands out: the kinds and states of a URL, its row, a capture
 * waiting for the index, and a unit of work for a transaction. Callers name these types through
 * {@link CrawlStore} ({@code CrawlStore.Row}, which implements this interface for them); they live here so that the
 * parts of the store can use them without depending on the class that wires those parts together.
 */
public interface CrawlRecords {

    /** What a URL is, which decides its priority and whether it is revisited on every run. */
    enum Kind {
        SITEMAP(1), FEED(1), ARTICLE(2), PAGE(3);

        final int priority;

        Kind(int priority) {
            this.priority = priority;
        }
    }

    /** Where a URL stands. */
    enum State { QUEUED, FETCHED, FAILED, REDIRECTED, DISALLOWED, DUPLICATE }

    /** One URL as the store holds it. Times are epoch milliseconds; absent values are null. */
    record Row(long id, String url, Kind kind, Long articleId, State state, int depth, int redirects,
            int attempts, long nextAttempt, Integer status, String reason, String etag, String lastModified,
            String contentHash, Long lastmod, Long fetchedAt, String archiveRef, long run) {}

    /** A capture archived but maybe not yet in the index. */
    record Pending(String url, String archiveRef) {}

    /** Work against the store that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }
}
