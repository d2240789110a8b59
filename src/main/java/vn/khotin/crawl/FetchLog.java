package vn.khotin.crawl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.crawl.CrawlRecords.Pending;
import vn.khotin.crawl.CrawlRecords.Row;

/**
 * What the crawl store keeps of each fetch: the URL's validators, content hash and archive reference, one
 * {@code capture} row per archived exchange, and which captures the index may not hold yet. A 2xx capture stays
 * pending from its fetch until the index commit that follows it, so a crash between the two is repaired from the
 * archive at the next start.
 */
final class FetchLog {

    private final StoreSql sql;

    FetchLog(StoreSql sql) {
        this.sql = sql;
    }

    void recordFetched(Row row, int status, String archiveRef, String etag, String lastModified,
            String contentHash, long fetchedAt, long run, String reason) throws SQLException {
        // a 304 confirms the stored capture: the URL keeps its archive reference and hash, and nothing is pending
        boolean full = status != 304;
        sql.update("UPDATE url SET state = 'FETCHED', status = ?, reason = ?, attempts = 0, next_attempt = 0,"
                + " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                + " content_hash = COALESCE(?, content_hash), fetched_at = ?,"
                + " archive_ref = CASE WHEN ? THEN ? ELSE archive_ref END,"
                + " ingested = CASE WHEN ? THEN 0 ELSE ingested END WHERE id = ?",
                status, reason, etag, lastModified, full ? contentHash : null, fetchedAt, full ? 1 : 0, archiveRef,
                full ? 1 : 0, row.id());
        addCapture(row.url(), status, archiveRef, fetchedAt, full ? contentHash : null, run);
    }

    void addCapture(String url, int status, String archiveRef, long fetchedAt, String hash, long run)
            throws SQLException {
        sql.update("INSERT INTO capture (url, status, archive_ref, fetched_at, content_hash, run)"
                + " VALUES (?, ?, ?, ?, ?, ?)", url, status, archiveRef, fetchedAt, hash, run);
    }

    List<Pending> pendingIngest() throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (Statement s = sql.connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT url, archive_ref FROM url WHERE ingested = 0 AND archive_ref IS NOT NULL ORDER BY fetched_at")) {
            while (rs.next()) {
                out.add(new Pending(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    int markIngested() throws SQLException {
        return sql.update("UPDATE url SET ingested = 1 WHERE ingested = 0");
    }
}
