package vn.khotin.index;

import java.time.Duration;

/**
 * How an {@link ArticleIndex} trades freshness and durability against throughput.
 *
 * <ul>
 *   <li><b>Visibility</b>: a background thread reopens searchers whenever something changed, at most
 *       {@code maxStale} after a change (default 1 s); a caller that must see its own write at once uses
 *       {@link ArticleIndex#awaitVisible(long)} with the sequence number {@link ArticleIndex#upsert} returned.</li>
 *   <li><b>Durability</b>: the writer commits when {@code commitEveryDocs} changes are pending or when the oldest
 *       uncommitted change is {@code commitInterval} old, whichever comes first. A crash loses at most the changes
 *       since the last commit: those articles are still in the crawl store and the WARC archive, and
 *       {@link ArticleIndex#lastCommitData()} tells the recovery where the last durable change came from (the
 *       capture reference of the last article committed).</li>
 * </ul>
 *
 * @param maxStale the longest a change stays invisible to new searches (0 disables the reopen thread)
 * @param commitEveryDocs commit after this many pending changes (0: never by count)
 * @param commitInterval commit when the oldest pending change is this old (zero: never by time)
 * @param ramBufferMb the writer's RAM buffer
 */
public record IndexOptions(Duration maxStale, int commitEveryDocs, Duration commitInterval, double ramBufferMb) {

    /**
     * Defaults for a crawl: visible within 1 s, committed every 500 changes or when the oldest uncommitted one is
     * 15 s old. The ingest follows these commits to tell the crawl store what is durably indexed, so they bound
     * what a {@code kill -9} leaves to re-index from WARC on the next start.
     */
    public static final IndexOptions DEFAULT = new IndexOptions(Duration.ofSeconds(1), 500, Duration.ofSeconds(15), 64);

    /** For bulk loads (re-indexing, benchmarks): no reopen thread, commit only when asked. */
    public static final IndexOptions BULK = new IndexOptions(Duration.ZERO, 0, Duration.ZERO, 512);

    public IndexOptions {
        if (maxStale == null || maxStale.isNegative() || commitInterval == null || commitInterval.isNegative()
                || commitEveryDocs < 0 || ramBufferMb <= 0) {
            throw new IllegalArgumentException("invalid index options");
        }
    }

    public IndexOptions withMaxStale(Duration d) {
        return new IndexOptions(d, commitEveryDocs, commitInterval, ramBufferMb);
    }

    public IndexOptions withCommitPolicy(int everyDocs, Duration interval) {
        return new IndexOptions(maxStale, everyDocs, interval, ramBufferMb);
    }
}
