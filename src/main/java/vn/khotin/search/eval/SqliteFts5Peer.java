package vn.khotin.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.model.Article;

/**
 * The naive peer: SQLite FTS5 through sqlite-jdbc, tokenizer {@code unicode61 remove_diacritics 2}, the query's
 * words OR-ed and ranked by {@code bm25} with title and sapo weighted as Khotin weights them (4, 2, 1). Text is
 * NFC-normalised on both sides, which a careless setup would not do (it only helps the peer).
 *
 * <p>A plain table beside the text holds each article's category, so that {@code bench search --peers} can ask the
 * peer for what Khotin's standard query answers: the ranked top 10 and the counts per category of the whole
 * match set, through one {@link Client} (its own connection) per benchmark thread.
 */
public final class SqliteFts5Peer implements RankingSystem {

    private final EvalArchive archive;
    private final Connection db;
    private final PreparedStatement select;

    private SqliteFts5Peer(EvalArchive archive, Connection db) throws SQLException {
        this.archive = archive;
        this.db = db;
        this.select = db.prepareStatement(
                "SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY bm25(doc, 4.0, 2.0, 1.0) LIMIT ?");
    }

    /** Opens the peer's database in {@code dir}, building it from the archive when missing or incomplete. */
    public static SqliteFts5Peer open(EvalArchive archive, Path dir) throws IOException {
        Connection db = connect(dir);
        try {
            ensure(db, archive.articles());
            return new SqliteFts5Peer(archive, db);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new IOException("SQLite FTS5: " + e.getMessage(), e);
        }
    }

    /**
     * Makes sure {@code dir} holds the database of these articles (row i is article i), building it when missing
     * or of another size. Returns false when it was already there.
     */
    public static boolean prepare(List<Article> articles, Path dir) throws IOException {
        Connection db = connect(dir);
        try (db) {
            return ensure(db, articles);
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fts5.db"));
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5: " + e.getMessage(), e);
        }
    }

    private static boolean ensure(Connection db, List<Article> articles) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS doc USING fts5(title, sapo, body,"
                    + " tokenize = 'unicode61 remove_diacritics 2')");
            // Categories in a plain table beside the text: counting them over a match set then reads a small row
            // per match, not the article's stored text (about 3 times faster than an UNINDEXED FTS5 column).
            st.execute("CREATE TABLE IF NOT EXISTS category(id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            if (count(st, "doc") == articles.size() && count(st, "category") == articles.size()) {
                return false;
            }
            st.execute("DELETE FROM doc");
            st.execute("DELETE FROM category");
            fill(db, articles);
            return true;
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // already failing with the first error
        }
    }

    private static void fill(Connection db, List<Article> articles) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO doc(rowid, title, sapo, body) VALUES (?,?,?,?)");
                PreparedStatement cat = db.prepareStatement("INSERT INTO category(id, name) VALUES (?,?)")) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                ins.setLong(1, i);
                ins.setString(2, nfc(a.title()));
                ins.setString(3, nfc(a.sapo()));
                ins.setString(4, nfc(a.bodyText()));
                ins.addBatch();
                cat.setLong(1, i);
                cat.setString(2, a.category() == null ? "" : a.category());
                cat.addBatch();
                if (i % 1000 == 999) {
                    ins.executeBatch();
                    cat.executeBatch();
                }
            }
            ins.executeBatch();
            cat.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public String name() {
        return "SQLite FTS5";
    }

    /** The FTS5 expression: every word of the query quoted (no operator can leak through), OR-ed. */
    static String matchExpression(String query) {
        return String.join(" OR ", quotedWords(query));
    }

    /** The FTS5 expression that needs every word of the query (quoted, so no operator can leak through). */
    static String allWordsExpression(String query) {
        return String.join(" ", quotedWords(query));
    }

    private static List<String> quotedWords(String query) {
        List<String> words = new ArrayList<>();
        for (String w : nfc(query).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) {
                words.add('"' + w + '"');
            }
        }
        return words;
    }

    @Override
    public List<String> search(String query, int k) throws IOException {
        String match = matchExpression(query);
        List<String> out = new ArrayList<>();
        if (match.isEmpty()) {
            return out;
        }
        try {
            synchronized (select) {
                select.setString(1, match);
                select.setInt(2, k);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(archive.key((int) rs.getLong(1)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5: " + e.getMessage(), e);
        }
    }

    /**
     * One benchmark client with a connection of its own (SQLite runs in the calling thread, so its CPU time is
     * that thread's). A query is the words AND-ed, as Khotin requires every word first.
     */
    public static final class Client implements PeerClient {
        private final Connection db;
        private final PreparedStatement top;
        private final PreparedStatement categories;

        public Client(Path dir) throws IOException {
            this.db = connect(dir);
            try {
                this.top = db.prepareStatement(
                        "SELECT rowid, title FROM doc WHERE doc MATCH ? ORDER BY bm25(doc, 4.0, 2.0, 1.0) LIMIT ?");
                this.categories = db.prepareStatement(
                        "SELECT c.name, count(*) FROM doc JOIN category c ON c.id = doc.rowid WHERE doc MATCH ?"
                                + " GROUP BY c.name");
            } catch (SQLException e) {
                closeQuietly(db);
                throw new IOException("SQLite FTS5: " + e.getMessage(), e);
            }
        }

        @Override
        public PeerAnswer search(String query, int k) throws IOException {
            String match = allWordsExpression(query);
            if (match.isEmpty()) {
                return PeerAnswer.EMPTY;
            }
            try {
                List<Long> rows = new ArrayList<>(k);
                top.setString(1, match);
                top.setInt(2, k);
                try (ResultSet rs = top.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1));
                        rs.getString(2);
                    }
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                categories.setString(1, match);
                try (ResultSet rs = categories.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
                return new PeerAnswer(rows, counts);
            } catch (SQLException e) {
                throw new IOException("SQLite FTS5: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                db.close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
