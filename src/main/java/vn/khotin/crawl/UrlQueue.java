package vn.khotin.crawl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import vn.khotin.crawl.CrawlRecords.Kind;
import vn.khotin.crawl.CrawlRecords.Row;
import vn.khotin.crawl.CrawlRecords.State;

/**
 * The frontier as the {@code url} table holds it: URLs looked up by address or article, the next one due (sitemaps
 * and feeds first, then articles, then pages; oldest first within a priority), and the moves of a URL between
 * queued and given up. What a fetch brings back is {@link FetchLog}'s business.
 */
final class UrlQueue {

    private static final String COLUMNS = "id, url, kind, article_id, state, depth, redirects, attempts, next_attempt,"
            + " status, reason, etag, last_modified, content_hash, lastmod, fetched_at, archive_ref, run";

    private final StoreSql sql;
    // prepared once: the crawl loop asks these for every URL it fetches or discovers
    private final PreparedStatement byUrl;
    private final PreparedStatement byArticle;
    private final PreparedStatement next;
    private final PreparedStatement insert;

    UrlQueue(StoreSql sql) throws SQLException {
        this.sql = sql;
        var db = sql.connection();
        byUrl = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE url = ?");
        byArticle = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE article_id = ?");
        next = db.prepareStatement("SELECT " + COLUMNS + " FROM url WHERE state = 'QUEUED' AND next_attempt <= ?"
                + " ORDER BY priority, id LIMIT 1");
        insert = db.prepareStatement("INSERT INTO url (url, kind, article_id, state, priority, depth, redirects,"
                + " lastmod, run, discovered_at) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)");
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    Optional<Row> find(String url) throws SQLException {
        byUrl.setString(1, url);
        return one(byUrl);
    }

    Optional<Row> findArticle(long articleId) throws SQLException {
        byArticle.setLong(1, articleId);
        return one(byArticle);
    }

    Optional<Row> next(long now) throws SQLException {
        next.setLong(1, now);
        return one(next);
    }

    OptionalLong earliestDue() throws SQLException {
        try (Statement s = sql.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(next_attempt) FROM url WHERE state = 'QUEUED'")) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
        }
    }

    void forEachKnown(BiConsumer<String, Long> consumer) throws SQLException {
        try (Statement s = sql.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT url, article_id FROM url")) {
            while (rs.next()) {
                long id = rs.getLong(2);
                consumer.accept(rs.getString(1), rs.wasNull() ? null : id);
            }
        }
    }

    List<Row> revisitCandidates(int maxPageDepth) throws SQLException {
        try (PreparedStatement ps = sql.connection().prepareStatement("SELECT " + COLUMNS + " FROM url"
                + " WHERE state = 'FETCHED' AND (kind IN ('SITEMAP', 'FEED') OR (kind = 'PAGE' AND depth <= ?))"
                + " ORDER BY id")) {
            ps.setInt(1, maxPageDepth);
            return all(ps);
        }
    }

    // ---- moves ---------------------------------------------------------------------------------------------

    long insert(String url, Kind kind, Long articleId, int depth, int redirects, Long lastmod, long run, long now)
            throws SQLException {
        insert.setString(1, url);
        insert.setString(2, kind.name());
        StoreSql.setLong(insert, 3, articleId);
        insert.setInt(4, kind.priority);
        insert.setInt(5, depth);
        insert.setInt(6, redirects);
        StoreSql.setLong(insert, 7, lastmod);
        insert.setLong(8, run);
        insert.setLong(9, now);
        insert.executeUpdate();
        return sql.single("SELECT last_insert_rowid()");
    }

    void requeue(long id, long run, Long lastmod) throws SQLException {
        sql.update("UPDATE url SET state = 'QUEUED', attempts = 0, next_attempt = 0, run = ?,"
                + " lastmod = COALESCE(?, lastmod) WHERE id = ?", run, lastmod, id);
    }

    void setLastmod(long id, long lastmod) throws SQLException {
        sql.update("UPDATE url SET lastmod = ? WHERE id = ?", lastmod, id);
    }

    boolean moveUrl(long id, String newUrl, int redirects) throws SQLException {
        if (find(newUrl).isPresent()) {
            return false;
        }
        sql.update("UPDATE url SET url = ?, redirects = ? WHERE id = ?", newUrl, redirects, id);
        return true;
    }

    void recordRetry(long id, int attempts, long nextAttempt, Integer status, String reason) throws SQLException {
        sql.update("UPDATE url SET state = 'QUEUED', attempts = ?, next_attempt = ?, status = COALESCE(?, status),"
                + " reason = ? WHERE id = ?", attempts, nextAttempt, status, reason, id);
    }

    void recordFinal(long id, State state, Integer status, String reason) throws SQLException {
        sql.update("UPDATE url SET state = ?, status = COALESCE(?, status), reason = ? WHERE id = ?", state.name(),
                status, reason, id);
    }

    int requeueTransientFailures(long run) throws SQLException {
        return sql.update("UPDATE url SET state = 'QUEUED', attempts = 0, next_attempt = 0, run = ?"
                + " WHERE state = 'FAILED' AND (reason LIKE 'retries-exhausted%' OR reason LIKE 'retry-after-too-long%'"
                + " OR reason LIKE 'robots-unavailable%')", run);
    }

    // ---- rows ----------------------------------------------------------------------------------------------

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

    /** A row of {@link #COLUMNS}, in that order. */
    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), StoreSql.longOrNull(rs, 4),
                State.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                StoreSql.intOrNull(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                StoreSql.longOrNull(rs, 15), StoreSql.longOrNull(rs, 16), rs.getString(17), rs.getLong(18));
    }
}
