package vn.khotin.crawl;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * The crawl's memory: every URL the crawler knows with its state (queued, fetched, failed with reason and
 * retry time, …), its article ID, the validators for conditional GETs, the content hash and where the last
 * capture is archived; plus one row per capture and per run. An embedded SQLite database (WAL, one
 * transaction per fetch), so a process killed at any moment, {@code kill -9} included, resumes exactly
 * where it stopped.
 *
 * <p>Not thread-safe: the crawl thread owns it; {@code stats} opens its own read-only instance.
 */
public final class CrawlStore implements Closeable {

    /** What a URL is, which decides its priority and whether it is revisited on every run. */
    public enum Kind {
        SITEMAP(1), FEED(1), ARTICLE(2), PAGE(3);

        final int priority;

        Kind(int priority) {
            this.priority = priority;
        }
    }

    /** Where a URL stands. */
    public enum State { QUEUED, FETCHED, FAILED, REDIRECTED, DISALLOWED, DUPLICATE }

    /** One URL as the store holds it. Times are epoch milliseconds; absent values are null. */
    public record Row(long id, String url, Kind kind, Long articleId, State state, int depth, int redirects,
            int attempts, long nextAttempt, Integer status, String reason, String etag, String lastModified,
            String contentHash, Long lastmod, Long fetchedAt, String archiveRef, long run) {}

    /** A capture archived but maybe not yet in the index. */
    public record Pending(String url, String archiveRef) {}

    private static final String COLUMNS = "id, url, kind, article_id, state, depth, redirects, attempts, next_attempt,"
            + " status, reason, etag, last_modified, content_hash, lastmod, fetched_at, archive_ref, run";

    private final Connection db;
    private final PreparedStatement byUrl;
    private final PreparedStatement byArticle;
    private final PreparedStatement next;
    private final PreparedStatement insert;

    private CrawlStore(Connection db) throws SQLException {
        this.db = db;
        byUrl = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE url = ?");
        byArticle = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE article_id = ?");
        next = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE state = 'QUEUED' AND next_attempt <= ?"
                + " ORDER BY priority, id LIMIT 1");
        insert = db.prepareStatement("INSERT INTO url (url, kind, article_id, state, priority, depth, redirects,"
                + " lastmod, run, discovered_at) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)");
    }

    /** Opens (creating if needed) the store at this path. */
    public static CrawlStore open(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + file.getParent(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            // WAL + NORMAL: a committed transaction survives the process being killed (not a power cut),
            // at the cost of no fsync per commit, which keeps one transaction per fetch cheap.
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("CREATE TABLE IF NOT EXISTS url ("
                    + " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, article_id INTEGER,"
                    + " state TEXT NOT NULL, priority INTEGER NOT NULL, depth INTEGER NOT NULL,"
                    + " redirects INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                    + " next_attempt INTEGER NOT NULL DEFAULT 0, status INTEGER, reason TEXT, etag TEXT,"
                    + " last_modified TEXT, content_hash TEXT, lastmod INTEGER, fetched_at INTEGER,"
                    + " archive_ref TEXT, ingested INTEGER NOT NULL DEFAULT 1, run INTEGER NOT NULL,"
                    + " discovered_at INTEGER NOT NULL)");
            s.execute("CREATE UNIQUE INDEX IF NOT EXISTS url_article ON url(article_id)");
            s.execute("CREATE INDEX IF NOT EXISTS url_queue ON url(state, priority, id)");
            s.execute("CREATE INDEX IF NOT EXISTS url_pending ON url(ingested) WHERE ingested = 0");
            s.execute("CREATE TABLE IF NOT EXISTS capture (id INTEGER PRIMARY KEY, url TEXT NOT NULL,"
                    + " status INTEGER NOT NULL, archive_ref TEXT, fetched_at INTEGER NOT NULL, content_hash TEXT,"
                    + " run INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS run (id INTEGER PRIMARY KEY, started INTEGER NOT NULL,"
                    + " finished INTEGER, report TEXT)");
        }
        return new CrawlStore(db);
    }

    /**
     * Opens an existing store for reading only, beside the process that writes it: nothing is created or
     * changed, and reads see the last committed transaction.
     *
     * @throws SQLException when there is no store at this path
     */
    public static CrawlStore openReadOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no crawl store at " + file);
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
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
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO run (started) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Closes a run with its JSON report. Only a complete run (frontier exhausted) ends the crawl cycle; the
     * next run after a stopped one continues the cycle.
     */
    public void finishRun(long run, long now, boolean complete, String report) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE run SET finished = ?, report = ? WHERE id = ?")) {
            if (complete) {
                ps.setLong(1, now);
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setString(2, report);
            ps.setLong(3, run);
            ps.executeUpdate();
        }
    }

    /** When a run started. */
    public long runStarted(long run) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT started FROM run WHERE id = ?")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * When the crawl cycle this run belongs to started: runs after one that was killed (never finished)
     * continue its cycle, so what that cycle already revisited is not revisited again.
     */
    public long cycleStart(long run) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT MIN(started) FROM run WHERE id <= ? AND id >"
                + " COALESCE((SELECT MAX(id) FROM run WHERE id < ? AND finished IS NOT NULL), 0)")) {
            ps.setLong(1, run);
            ps.setLong(2, run);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    public Optional<Row> find(String url) throws SQLException {
        byUrl.setString(1, url);
        return one(byUrl);
    }

    public Optional<Row> findArticle(long articleId) throws SQLException {
        byArticle.setLong(1, articleId);
        return one(byArticle);
    }

    /** The next URL due at {@code now}: the highest priority, then the oldest. */
    public Optional<Row> next(long now) throws SQLException {
        next.setLong(1, now);
        return one(next);
    }

    /** When the earliest postponed URL becomes due, if any is queued at all. */
    public OptionalLong earliestDue() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(next_attempt) FROM url WHERE state = 'QUEUED'")) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
        }
    }

    /** Calls back with every known URL and its article ID (null for non-articles), to warm the frontier's cache. */
    public void forEachKnown(BiConsumer<String, Long> consumer) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT url, article_id FROM url")) {
            while (rs.next()) {
                long id = rs.getLong(2);
                consumer.accept(rs.getString(1), rs.wasNull() ? null : id);
            }
        }
    }

    /** Rows already fetched that every run looks at again: sitemaps, feeds and the pages near the seeds. */
    public List<Row> revisitCandidates(int maxPageDepth) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE state = 'FETCHED'"
                + " AND (kind IN ('SITEMAP', 'FEED') OR (kind = 'PAGE' AND depth <= ?)) ORDER BY id")) {
            ps.setInt(1, maxPageDepth);
            return all(ps);
        }
    }

    // ---- writes --------------------------------------------------------------------------------------------

    /** Runs a unit of work in one transaction; a kill leaves either all of it or none. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            // After a full disk SQLite may already have rolled the transaction back itself: then rolling back and
            // restoring auto-commit fail too ("no transaction is active"), and must not hide the real cause.
            try {
                db.rollback();
            } catch (SQLException secondary) {
                e.addSuppressed(secondary);
            }
            try {
                db.setAutoCommit(auto);
            } catch (SQLException secondary) {
                e.addSuppressed(secondary);
            }
            throw e;
        }
        db.setAutoCommit(auto);
        return result;
    }

    /**
     * The store's connection, for tests that must put SQLite in states the methods above never produce (a
     * database that is full).
     */
    Connection connection() {
        return db;
    }

    /** Work against the store that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Inserts a new queued URL; returns its row id. The caller has checked that it is new. */
    public long insert(String url, Kind kind, Long articleId, int depth, int redirects, Long lastmod, long run,
            long now) throws SQLException {
        insert.setString(1, url);
        insert.setString(2, kind.name());
        setLong(insert, 3, articleId);
        insert.setInt(4, kind.priority);
        insert.setInt(5, depth);
        insert.setInt(6, redirects);
        setLong(insert, 7, lastmod);
        insert.setLong(8, run);
        insert.setLong(9, now);
        insert.executeUpdate();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Queues a known URL again in this run (a revisit: the fetch is conditional on the stored validators). */
    public void requeue(long id, long run, Long lastmod) throws SQLException {
        update("UPDATE url SET state = 'QUEUED', attempts = 0, next_attempt = 0, run = ?,"
                + " lastmod = COALESCE(?, lastmod) WHERE id = ?", run, lastmod, id);
    }

    /** Records a newer sitemap lastmod without queuing. */
    public void setLastmod(long id, long lastmod) throws SQLException {
        update("UPDATE url SET lastmod = ? WHERE id = ?", lastmod, id);
    }

    /** Moves a queued row to another URL (a redirect within the same article); false if that URL is taken. */
    public boolean moveUrl(long id, String newUrl, int redirects) throws SQLException {
        if (find(newUrl).isPresent()) {
            return false;
        }
        update("UPDATE url SET url = ?, redirects = ? WHERE id = ?", newUrl, redirects, id);
        return true;
    }

    /**
     * Records a fetch that produced a capture worth keeping (2xx, or 304 confirming the stored one).
     *
     * @param archiveRef where the capture is archived; a 2xx capture is pending until {@link #markIngested()}
     */
    public void recordFetched(Row row, int status, String archiveRef, String etag, String lastModified,
            String contentHash, long fetchedAt, long run, String reason) throws SQLException {
        boolean full = status != 304;
        update("UPDATE url SET state = 'FETCHED', status = ?, reason = ?, attempts = 0, next_attempt = 0,"
                + " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                + " content_hash = COALESCE(?, content_hash), fetched_at = ?,"
                + " archive_ref = CASE WHEN ? THEN ? ELSE archive_ref END,"
                + " ingested = CASE WHEN ? THEN 0 ELSE ingested END WHERE id = ?",
                status, reason, etag, lastModified, full ? contentHash : null, fetchedAt, full ? 1 : 0, archiveRef,
                full ? 1 : 0, row.id());
        addCapture(row.url(), status, archiveRef, fetchedAt, full ? contentHash : null, run);
    }

    /** Records an archived exchange that changes nothing about the URL's content (errors, redirects). */
    public void addCapture(String url, int status, String archiveRef, long fetchedAt, String hash, long run)
            throws SQLException {
        update("INSERT INTO capture (url, status, archive_ref, fetched_at, content_hash, run) VALUES (?, ?, ?, ?, ?, ?)",
                url, status, archiveRef, fetchedAt, hash, run);
    }

    /** Postpones a URL after a transient failure. */
    public void recordRetry(long id, int attempts, long nextAttempt, Integer status, String reason)
            throws SQLException {
        update("UPDATE url SET state = 'QUEUED', attempts = ?, next_attempt = ?, status = COALESCE(?, status),"
                + " reason = ? WHERE id = ?", attempts, nextAttempt, status, reason, id);
    }

    /** Gives a URL up (for this run, when {@code retryLater}; at the next run it is tried again). */
    public void recordFinal(long id, State state, Integer status, String reason) throws SQLException {
        update("UPDATE url SET state = ?, status = COALESCE(?, status), reason = ? WHERE id = ?", state.name(),
                status, reason, id);
    }

    /** Queues again, for a new run, every URL given up on for a transient reason. */
    public int requeueTransientFailures(long run) throws SQLException {
        return update("UPDATE url SET state = 'QUEUED', attempts = 0, next_attempt = 0, run = ? WHERE state = 'FAILED'"
                + " AND (reason LIKE 'retries-exhausted%' OR reason LIKE 'retry-after-too-long%'"
                + " OR reason LIKE 'robots-unavailable%')", run);
    }

    /** Archived 2xx captures the index may not hold yet (fetched since the last {@link #markIngested()}). */
    public List<Pending> pendingIngest() throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT url, archive_ref FROM url WHERE ingested = 0 AND archive_ref IS NOT NULL ORDER BY fetched_at")) {
            while (rs.next()) {
                out.add(new Pending(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** Everything fetched so far is durably in the index (called right after an index commit). */
    public int markIngested() throws SQLException {
        return update("UPDATE url SET ingested = 1 WHERE ingested = 0");
    }

    // ---- counts --------------------------------------------------------------------------------------------

    /** Number of URLs per state. */
    public Map<String, Long> countByState() throws SQLException {
        return grouped("SELECT state, COUNT(*) FROM url GROUP BY state ORDER BY state");
    }

    /** Number of URLs per kind. */
    public Map<String, Long> countByKind() throws SQLException {
        return grouped("SELECT kind, COUNT(*) FROM url GROUP BY kind ORDER BY kind");
    }

    /** URLs given up on, per reason (the part of the reason before ':'). */
    public Map<String, Long> failuresByReason() throws SQLException {
        return grouped("SELECT CASE WHEN instr(reason, ':') > 0 THEN substr(reason, 1, instr(reason, ':') - 1)"
                + " ELSE reason END AS r, COUNT(*) FROM url WHERE state = 'FAILED' GROUP BY r ORDER BY r");
    }

    /** Captures recorded, per HTTP status. */
    public Map<String, Long> capturesByStatus() throws SQLException {
        return grouped("SELECT status, COUNT(*) FROM capture GROUP BY status ORDER BY status");
    }

    /** Number of captures recorded. */
    public long captureCount() throws SQLException {
        return single("SELECT COUNT(*) FROM capture");
    }

    /** Number of runs started. */
    public long runCount() throws SQLException {
        return single("SELECT COUNT(*) FROM run");
    }

    /** URLs still queued (due now or later). */
    public long queuedCount() throws SQLException {
        return single("SELECT COUNT(*) FROM url WHERE state = 'QUEUED'");
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(CrawlStore.class).warn("Closing the crawl store failed: {}", e.toString());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(String.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return out;
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (a instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (a instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else {
                    ps.setString(i + 1, a.toString());
                }
            }
            return ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Optional<Row> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static List<Row> all(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), longOrNull(rs, 4),
                State.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                intOrNull(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                longOrNull(rs, 15), longOrNull(rs, 16), rs.getString(17), rs.getLong(18));
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
