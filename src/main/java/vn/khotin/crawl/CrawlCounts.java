package vn.khotin.crawl;

import java.sql.SQLException;
import java.util.Map;

/** The crawl store's figures for {@code khotin stats} and the crawl report: counts over all three tables. */
final class CrawlCounts {

    private final StoreSql sql;

    CrawlCounts(StoreSql sql) {
        this.sql = sql;
    }

    Map<String, Long> byState() throws SQLException {
        return sql.grouped("SELECT state, COUNT(*) FROM url GROUP BY state ORDER BY state");
    }

    Map<String, Long> byKind() throws SQLException {
        return sql.grouped("SELECT kind, COUNT(*) FROM url GROUP BY kind ORDER BY kind");
    }

    /** Grouped by the part of the reason before ':', which is its code; the rest is detail (a status, a URL). */
    Map<String, Long> failuresByReason() throws SQLException {
        return sql.grouped("SELECT CASE WHEN instr(reason, ':') > 0 THEN substr(reason, 1, instr(reason, ':') - 1)"
                + " ELSE reason END AS r, COUNT(*) FROM url WHERE state = 'FAILED' GROUP BY r ORDER BY r");
    }

    Map<String, Long> capturesByStatus() throws SQLException {
        return sql.grouped("SELECT status, COUNT(*) FROM capture GROUP BY status ORDER BY status");
    }

    long captures() throws SQLException {
        return sql.single("SELECT COUNT(*) FROM capture");
    }

    long runs() throws SQLException {
        return sql.single("SELECT COUNT(*) FROM run");
    }

    long queued() throws SQLException {
        return sql.single("SELECT COUNT(*) FROM url WHERE state = 'QUEUED'");
    }
}
