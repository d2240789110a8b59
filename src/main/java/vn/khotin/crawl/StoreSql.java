package vn.khotin.crawl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khotin.crawl.CrawlRecords.SqlWork;

/**
 * The crawl store's connection with the few ways its parts talk to it: a statement with arguments, a single
 * number, counts per group, and a unit of work in one transaction. Not thread-safe, like the store.
 */
final class StoreSql {

    private final Connection db;

    StoreSql(Connection db) {
        this.db = db;
    }

    Connection connection() {
        return db;
    }

    /** Runs a unit of work in one transaction; a kill leaves either all of it or none. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
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

    /** Runs an INSERT, UPDATE or DELETE with its arguments (null, Integer, Long, or anything as its string). */
    int update(String sql, Object... args) throws SQLException {
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

    /** The number a query of one row and one column answers. */
    long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A query's (key, count) rows, in the order it answers them. */
    Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(String.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return out;
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
