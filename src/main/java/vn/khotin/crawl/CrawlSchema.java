package vn.khotin.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The crawl store's SQLite file: how it is opened and the tables it holds. Three tables: {@code url} (one row per
 * URL the crawler knows, queued or not), {@code capture} (one row per archived exchange) and {@code run}. Tables
 * and indexes are created when missing, so an older file opens as it is.
 */
final class CrawlSchema {

    private CrawlSchema() {
    }

    /** Opens (creating if needed) the database at this path for the crawl thread, with every table present. */
    static Connection openWritable(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create " + file.getParent(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            // WAL + NORMAL: a committed transaction survives the process being killed (not a power cut),
            // at the cost of no fsync per commit, which keeps one transaction per fetch cheap.
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA busy_timeout = 10000");
            createTables(s);
        } catch (SQLException | RuntimeException e) {
            // a database that cannot be set up (read-only file, full disk) is not left open and locked
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Opens an existing database for reading only, beside the process that writes it.
     *
     * @throws SQLException when there is no store at this path
     */
    static Connection openReadOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no crawl store at " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static void createTables(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS url ("
                + " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, article_id INTEGER,"
                + " state TEXT NOT NULL, priority INTEGER NOT NULL, depth INTEGER NOT NULL,"
                + " redirects INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                + " next_attempt INTEGER NOT NULL DEFAULT 0, status INTEGER, reason TEXT, etag TEXT,"
                + " last_modified TEXT, content_hash TEXT, lastmod INTEGER, fetched_at INTEGER,"
                + " archive_ref TEXT, ingested INTEGER NOT NULL DEFAULT 1, run INTEGER NOT NULL,"
                + " discovered_at INTEGER NOT NULL)");
        // one row per article, whatever URL it was found under
        s.execute("CREATE UNIQUE INDEX IF NOT EXISTS url_article ON url(article_id)");
        s.execute("CREATE INDEX IF NOT EXISTS url_queue ON url(state, priority, id)");
        s.execute("CREATE INDEX IF NOT EXISTS url_pending ON url(ingested) WHERE ingested = 0");
        s.execute("CREATE TABLE IF NOT EXISTS capture (id INTEGER PRIMARY KEY, url TEXT NOT NULL,"
                + " status INTEGER NOT NULL, archive_ref TEXT, fetched_at INTEGER NOT NULL, content_hash TEXT,"
                + " run INTEGER NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS run (id INTEGER PRIMARY KEY, started INTEGER NOT NULL,"
                + " finished INTEGER, report TEXT)");
    }
}
