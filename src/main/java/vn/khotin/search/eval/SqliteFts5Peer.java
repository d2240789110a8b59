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
import java.util.List;
import vn.khotin.model.Article;

/**
 * The naive peer: SQLite FTS5 through sqlite-jdbc, tokenizer {@code unicode61 remove_diacritics 2}, the query's
 * words OR-ed and ranked by {@code bm25} with title and sapo weighted as Khotin weights them (4, 2, 1). Text is
 * NFC-normalised on both sides, which a careless setup would not do (it only helps the peer).
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
        try {
            Files.createDirectories(dir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fts5.db"));
            try (Statement st = db.createStatement()) {
                st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS doc USING fts5(title, sapo, body,"
                        + " tokenize = 'unicode61 remove_diacritics 2')");
                long rows;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM doc")) {
                    rows = rs.next() ? rs.getLong(1) : 0;
                }
                if (rows != archive.size()) {
                    st.execute("DELETE FROM doc");
                    fill(db, archive);
                }
            }
            return new SqliteFts5Peer(archive, db);
        } catch (SQLException e) {
            throw new IOException("SQLite FTS5: " + e.getMessage(), e);
        }
    }

    private static void fill(Connection db, EvalArchive archive) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO doc(rowid, title, sapo, body) VALUES (?,?,?,?)")) {
            for (int i = 0; i < archive.size(); i++) {
                Article a = archive.articles().get(i);
                ins.setLong(1, i);
                ins.setString(2, nfc(a.title()));
                ins.setString(3, nfc(a.sapo()));
                ins.setString(4, nfc(a.bodyText()));
                ins.addBatch();
                if (i % 1000 == 999) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
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
        List<String> words = new ArrayList<>();
        for (String w : nfc(query).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) {
                words.add('"' + w + '"');
            }
        }
        return String.join(" OR ", words);
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

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
