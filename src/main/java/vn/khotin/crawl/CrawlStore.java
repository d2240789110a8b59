package vn.khotin.crawl;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import org.slf4j.LoggerFactory;

/**
 * The crawl's memory: every URL the crawler knows with its state (queued, fetched, failed with reason and
 * retry time, …), its article ID, the validators for conditional GETs, the content hash and where the last
 * capture is archived; plus one row per capture and per run. An embedded SQLite database (WAL, one
 * transaction per fetch), so a process killed at any moment, {@code kill -9} included, resumes exactly
 * where it stopped.
 *
 * <p>The one entry point to the store. Its parts, each over the same connection (so {@link #inTransaction} spans
 * them all): {@code CrawlSchema} opens the file and creates the tables, {@code UrlQueue} is the frontier (lookups,
 * the next URL due, queuing and giving up), {@code FetchLog} records fetches and the captures pending indexing,
 * {@code RunTable} the runs, {@code CrawlCounts} the figures. The records it hands out are declared in
 * {@link CrawlRecords}.
 *
 * <p>Not thread-safe: the crawl thread owns it; {@code stats} opens its own read-only instance.
 */
public final class CrawlStore implements CrawlRecords, Closeable {

    private final StoreSql sql;
    private final UrlQueue urls;
    private final FetchLog fetches;
    private final RunTable runs;
    private final CrawlCounts counts;

    private CrawlStore(Connection db) throws SQLException {
        sql = new StoreSql(db);
        urls = new UrlQueue(sql);
        fetches = new FetchLog(sql);
        runs = new RunTable(db);
        counts = new CrawlCounts(sql);
    }

    /** Opens (creating if needed) the store at this path. */
    public static CrawlStore open(Path file) throws SQLException {
        Connection db = CrawlSchema.openWritable(file);
        try {
            return new CrawlStore(db);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens an existing store for reading only, beside the process that writes it: nothing is created or
     * changed, and reads see the last committed transaction.
     *
     * @throws SQLException when there is no store at this path
     */
    public static CrawlStore openReadOnly(Path file) throws SQLException {
        Connection db = CrawlSchema.openReadOnly(file);
        try {
            return new CrawlStore(db);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    // ---- runs ----------------------------------------------------------------------------------------------

    /** Starts a run and returns its number. */
    public long beginRun(long now) throws SQLException {
        return runs.begin(now);
    }

    /**
     * Closes a run with its JSON report. Only a complete run (frontier exhausted) ends the crawl cycle; the
     * next run after a stopped one continues the cycle.
     */
    public void finishRun(long run, long now, boolean complete, String report) throws SQLException {
        runs.finish(run, now, complete, report);
    }

    /** When a run started. */
    public long runStarted(long run) throws SQLException {
        return runs.started(run);
    }

    /**
     * When the crawl cycle this run belongs to started: runs after one that was killed (never finished)
     * continue its cycle, so what that cycle already revisited is not revisited again.
     */
    public long cycleStart(long run) throws SQLException {
        return runs.cycleStart(run);
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    public Optional<Row> find(String url) throws SQLException {
        return urls.find(url);
    }

    public Optional<Row> findArticle(long articleId) throws SQLException {
        return urls.findArticle(articleId);
    }

    /** The next URL due at {@code now}: the highest priority, then the oldest. */
    public Optional<Row> next(long now) throws SQLException {
        return urls.next(now);
    }

    /** When the earliest postponed URL becomes due, if any is queued at all. */
    public OptionalLong earliestDue() throws SQLException {
        return urls.earliestDue();
    }

    /** Calls back with every known URL and its article ID (null for non-articles), to warm the frontier's cache. */
    public void forEachKnown(BiConsumer<String, Long> consumer) throws SQLException {
        urls.forEachKnown(consumer);
    }

    /** Rows already fetched that every run looks at again: sitemaps, feeds and the pages near the seeds. */
    public List<Row> revisitCandidates(int maxPageDepth) throws SQLException {
        return urls.revisitCandidates(maxPageDepth);
    }

    // ---- writes --------------------------------------------------------------------------------------------

    /** Runs a unit of work in one transaction; a kill leaves either all of it or none. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        return sql.inTransaction(work);
    }

    /**
     * The store's connection, for tests that must put SQLite in states the methods above never produce (a
     * database that is full).
     */
    Connection connection() {
        return sql.connection();
    }

    /** Inserts a new queued URL; returns its row id. The caller has checked that it is new. */
    public long insert(String url, Kind kind, Long articleId, int depth, int redirects, Long lastmod, long run,
            long now) throws SQLException {
        return urls.insert(url, kind, articleId, depth, redirects, lastmod, run, now);
    }

    /** Queues a known URL again in this run (a revisit: the fetch is conditional on the stored validators). */
    public void requeue(long id, long run, Long lastmod) throws SQLException {
        urls.requeue(id, run, lastmod);
    }

    /** Records a newer sitemap lastmod without queuing. */
    public void setLastmod(long id, long lastmod) throws SQLException {
        urls.setLastmod(id, lastmod);
    }

    /** Moves a queued row to another URL (a redirect within the same article); false if that URL is taken. */
    public boolean moveUrl(long id, String newUrl, int redirects) throws SQLException {
        return urls.moveUrl(id, newUrl, redirects);
    }

    /**
     * Records a fetch that produced a capture worth keeping (2xx, or 304 confirming the stored one).
     *
     * @param archiveRef where the capture is archived; a 2xx capture is pending until {@link #markIngested()}
     */
    public void recordFetched(Row row, int status, String archiveRef, String etag, String lastModified,
            String contentHash, long fetchedAt, long run, String reason) throws SQLException {
        fetches.recordFetched(row, status, archiveRef, etag, lastModified, contentHash, fetchedAt, run, reason);
    }

    /** Records an archived exchange that changes nothing about the URL's content (errors, redirects). */
    public void addCapture(String url, int status, String archiveRef, long fetchedAt, String hash, long run)
            throws SQLException {
        fetches.addCapture(url, status, archiveRef, fetchedAt, hash, run);
    }

    /** Postpones a URL after a transient failure. */
    public void recordRetry(long id, int attempts, long nextAttempt, Integer status, String reason)
            throws SQLException {
        urls.recordRetry(id, attempts, nextAttempt, status, reason);
    }

    /**
     * Records a URL's final state for this run (fetched, skipped or failed); a failure for a transient reason is
     * tried again at the next run ({@link #requeueTransientFailures}).
     */
    public void recordFinal(long id, State state, Integer status, String reason) throws SQLException {
        urls.recordFinal(id, state, status, reason);
    }

    /** Queues again, for a new run, every URL given up on for a transient reason. */
    public int requeueTransientFailures(long run) throws SQLException {
        return urls.requeueTransientFailures(run);
    }

    /** Archived 2xx captures the index may not hold yet (fetched since the last {@link #markIngested()}). */
    public List<Pending> pendingIngest() throws SQLException {
        return fetches.pendingIngest();
    }

    /** Everything fetched so far is durably in the index (called right after an index commit). */
    public int markIngested() throws SQLException {
        return fetches.markIngested();
    }

    // ---- counts --------------------------------------------------------------------------------------------

    /** Number of URLs per state. */
    public Map<String, Long> countByState() throws SQLException {
        return counts.byState();
    }

    /** Number of URLs per kind. */
    public Map<String, Long> countByKind() throws SQLException {
        return counts.byKind();
    }

    /** URLs given up on, per reason (the part of the reason before ':'). */
    public Map<String, Long> failuresByReason() throws SQLException {
        return counts.failuresByReason();
    }

    /** Captures recorded, per HTTP status. */
    public Map<String, Long> capturesByStatus() throws SQLException {
        return counts.capturesByStatus();
    }

    /** Number of captures recorded. */
    public long captureCount() throws SQLException {
        return counts.captures();
    }

    /** Number of runs started. */
    public long runCount() throws SQLException {
        return counts.runs();
    }

    /** URLs still queued (due now or later). */
    public long queuedCount() throws SQLException {
        return counts.queued();
    }

    @Override
    public void close() {
        try {
            sql.connection().close();
        } catch (SQLException e) {
            LoggerFactory.getLogger(CrawlStore.class).warn("Closing the crawl store failed: {}", e.toString());
        }
    }
}
