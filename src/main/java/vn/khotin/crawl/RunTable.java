package vn.khotin.crawl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * The crawl store's runs: one row per {@code khotin crawl}, with when it started, when it finished (only if it
 * went through the whole frontier) and its report. A run that stopped early leaves {@code finished} empty, which is
 * what lets the next run continue the same crawl cycle.
 */
final class RunTable {

    private final Connection db;

    RunTable(Connection db) {
        this.db = db;
    }

    long begin(long now) throws SQLException {
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

    void finish(long run, long now, boolean complete, String report) throws SQLException {
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

    /** When a run started; 0 for a run the store does not have. */
    long started(long run) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT started FROM run WHERE id = ?")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The start of the earliest run since the last finished one before {@code run}. */
    long cycleStart(long run) throws SQLException {
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
}
