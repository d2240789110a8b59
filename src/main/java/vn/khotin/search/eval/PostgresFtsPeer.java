package vn.khotin.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.khotin.model.Article;

/**
 * The server peer of {@code bench search --peers}: PostgreSQL full-text search, set up as its documentation
 * advises. PostgreSQL has no Vietnamese stemmer, so the text search configuration is {@code simple} behind the
 * {@code unaccent} extension (accents folded, like SQLite's {@code remove_diacritics 2}); a stored generated
 * {@code tsvector} column weights title A, sapo B and body C, with a GIN index on it. A query requires every word
 * ({@code plainto_tsquery}), ranks by {@code ts_rank_cd} with weights A 1.0, B 0.5, C 0.25 (Khotin's and the
 * SQLite peer's 4 : 2 : 1) and counts categories with {@code GROUP BY}: the SQLite peer's work, on the same
 * articles and words (text NFC-normalised on both sides, as there).
 *
 * <p>The table is made per run ({@code khotin_peer_<pid>}) and dropped by {@link #close()}.
 */
public final class PostgresFtsPeer implements AutoCloseable {

    /** The text search configuration: {@code simple} with {@code unaccent} in front of it for words. */
    static final String CONFIG = "khotin_simple_unaccent";

    /** ts_rank_cd's weights, in its order {D, C, B, A}: body (C) 1, sapo (B) 2, title (A) 4 times that. */
    private static final String WEIGHTS = "'{0.1, 0.25, 0.5, 1.0}'";

    /** Why the peer cannot run on a server that answers: a message for the skip line. */
    static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason);
        }
    }

    private final PostgresSettings settings;
    private final Connection admin;
    private final String table;

    private PostgresFtsPeer(PostgresSettings settings, Connection admin, String table) {
        this.settings = settings;
        this.admin = admin;
        this.table = table;
    }

    /**
     * Connects, makes sure of {@code unaccent} and the configuration, and loads the articles (row i is article i)
     * into a new table with its GIN index. Throws {@link Unavailable} when the server cannot be used.
     */
    static PostgresFtsPeer prepare(PostgresSettings settings, List<Article> articles) throws Unavailable,
            SQLException, IOException {
        Connection db;
        try {
            db = settings.connect();
        } catch (SQLException e) {
            throw new Unavailable("không kết nối được tới máy chủ ở " + settings.address() + " (người dùng "
                    + settings.user() + ", cơ sở dữ liệu " + settings.database() + "): " + e.getMessage());
        }
        String table = "khotin_peer_" + ProcessHandle.current().pid();
        PostgresFtsPeer peer = new PostgresFtsPeer(settings, db, table);
        try {
            peer.ensureConfig();
            peer.load(articles);
            return peer;
        } catch (Unavailable | SQLException | IOException | RuntimeException e) {
            try {
                peer.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    String table() {
        return table;
    }

    PostgresSettings settings() {
        return settings;
    }

    private void ensureConfig() throws Unavailable, SQLException {
        try (Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")) {
                if (!rs.next()) {
                    throw new Unavailable("máy chủ ở " + settings.address() + " không có phần mở rộng unaccent "
                            + "(cài gói postgresql-contrib trên máy chủ)");
                }
            }
            try {
                st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            } catch (SQLException e) {
                throw new Unavailable("không tạo được phần mở rộng unaccent trên máy chủ ở " + settings.address()
                        + " (cần quyền tạo, hoặc nhờ quản trị chạy CREATE EXTENSION unaccent): " + e.getMessage());
            }
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_ts_config WHERE cfgname = '" + CONFIG + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE TEXT SEARCH CONFIGURATION " + CONFIG + " (COPY = simple)");
            st.execute("ALTER TEXT SEARCH CONFIGURATION " + CONFIG + " ALTER MAPPING FOR asciiword, asciihword,"
                    + " hword_asciipart, word, hword, hword_part WITH unaccent, simple");
        }
    }

    private void load(List<Article> articles) throws SQLException, IOException {
        String vector = "to_tsvector('" + CONFIG + "'::regconfig, %s)";
        try (Statement st = admin.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TABLE " + table + " (id bigint PRIMARY KEY, category text NOT NULL,"
                    + " title text NOT NULL, sapo text NOT NULL, body text NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
                    + "setweight(" + vector.formatted("title") + ", 'A') || setweight(" + vector.formatted("sapo")
                    + ", 'B') || setweight(" + vector.formatted("body") + ", 'C')) STORED)");
            CopyIn copy = admin.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (id, category, title, sapo, body) FROM STDIN (FORMAT csv)");
            try {
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    rows.append(i).append(',').append(csv(a.category())).append(',').append(csv(nfc(a.title())))
                            .append(',').append(csv(nfc(a.sapo()))).append(',').append(csv(nfc(a.bodyText())))
                            .append('\n');
                    if (rows.length() > 1 << 20 || i == articles.size() - 1) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            st.execute("SET maintenance_work_mem = '256MB'");
            st.execute("CREATE INDEX ON " + table + " USING gin (tsv)");
            st.execute("VACUUM (ANALYZE) " + table);
        }
    }

    /** A CSV field for COPY: quoted, quotes doubled; NUL, which PostgreSQL text cannot hold, dropped. */
    static String csv(String s) {
        return '"' + s.replace("\u0000", "").replace("\"", "\"\"") + '"';
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The text handed to {@code plainto_tsquery}: the words of the query as the SQLite peer splits them (letters,
     * digits and marks), NFC-normalised, one space apart. No operator or quote reaches PostgreSQL, and
     * {@code plainto_tsquery} would ignore one anyway; empty when the query has no word.
     */
    static String queryText(String query) {
        List<String> words = new ArrayList<>();
        for (String w : nfc(query).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** A client with a connection (and so a server process) of its own. */
    Client client() throws IOException {
        return new Client(this);
    }

    /** Drops the run's table and closes the connection. */
    @Override
    public void close() throws IOException {
        try (admin; Statement st = admin.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            throw new IOException("PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * One benchmark client. Its server process runs without JIT compilation and without parallel workers, so that
     * one process does the work of one query (as the other systems do it in one thread) and its CPU can be read.
     */
    public static final class Client implements PeerClient {
        private final Connection db;
        private final PreparedStatement top;
        private final PreparedStatement categories;
        private final long backendPid;

        private Client(PostgresFtsPeer peer) throws IOException {
            try {
                this.db = peer.settings.connect();
            } catch (SQLException e) {
                throw new IOException("PostgreSQL: " + e.getMessage(), e);
            }
            String query = "plainto_tsquery('" + CONFIG + "', ?)";
            try (Statement st = db.createStatement()) {
                st.execute("SET jit = off");
                st.execute("SET max_parallel_workers_per_gather = 0");
                try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    this.backendPid = rs.getLong(1);
                }
                this.top = db.prepareStatement("SELECT id, title FROM " + peer.table + " WHERE tsv @@ " + query
                        + " ORDER BY ts_rank_cd(" + WEIGHTS + ", tsv, " + query + ") DESC LIMIT ?");
                this.categories = db.prepareStatement("SELECT category, count(*) FROM " + peer.table
                        + " WHERE tsv @@ " + query + " GROUP BY category");
            } catch (SQLException e) {
                closeQuietly(db);
                throw new IOException("PostgreSQL: " + e.getMessage(), e);
            }
        }

        /** The process id of this client's server process. */
        long backendPid() {
            return backendPid;
        }

        @Override
        public PeerAnswer search(String query, int k) throws IOException {
            String text = queryText(query);
            if (text.isEmpty()) {
                return PeerAnswer.EMPTY;
            }
            try {
                List<Long> rows = new ArrayList<>(k);
                top.setString(1, text);
                top.setString(2, text);
                top.setInt(3, k);
                try (ResultSet rs = top.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1));
                        rs.getString(2);
                    }
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                categories.setString(1, text);
                try (ResultSet rs = categories.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
                return new PeerAnswer(rows, counts);
            } catch (SQLException e) {
                throw new IOException("PostgreSQL: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            closeQuietly(db);
        }

        private static void closeQuietly(Connection db) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // nothing left to do with a connection that fails to close
            }
        }
    }
}
