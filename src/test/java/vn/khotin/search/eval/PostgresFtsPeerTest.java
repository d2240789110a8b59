package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;

/**
 * The PostgreSQL peer of {@code bench search --peers}: what it sends without a server, and, where a server
 * answers at PGHOST/PGPORT (not in CI), what it answers. Without a server the last test is skipped, saying why.
 */
class PostgresFtsPeerTest {

    @Test
    void queryTextKeepsTheWordsAndNoOperator() {
        assertThat(PostgresFtsPeer.queryText("Hà Tĩnh: mưa OR lũ")).isEqualTo("Hà Tĩnh mưa OR lũ");
        assertThat(PostgresFtsPeer.queryText("'a' & b | !c (d) <-> e:* \\f \"g\" h\\")).isEqualTo("a b c d e f g h");
        assertThat(PostgresFtsPeer.queryText("covid-19 ; DROP TABLE x; --")).isEqualTo("covid 19 DROP TABLE x");
        assertThat(PostgresFtsPeer.queryText(" :&|!()\\'\" ")).isEmpty();
        // decomposed accents (NFD) come back composed, as the articles are loaded
        assertThat(PostgresFtsPeer.queryText("Ti\u0303nh")).isEqualTo("Tĩnh").isEqualTo("T\u0129nh");
        // the same words the SQLite peer requires
        assertThat(SqliteFts5Peer.allWordsExpression("Hà Tĩnh: mưa OR lũ"))
                .isEqualTo("\"" + PostgresFtsPeer.queryText("Hà Tĩnh: mưa OR lũ").replace(" ", "\" \"") + "\"");
    }

    @Test
    void copyFieldsAreQuotedCsv() {
        assertThat(PostgresFtsPeer.csv("a \"b\", c\nd\\e")).isEqualTo("\"a \"\"b\"\", c\nd\\e\"");
        assertThat(PostgresFtsPeer.csv("x\u0000y")).isEqualTo("\"xy\"");
    }

    @Test
    void settingsFollowLibpqEnvironment() {
        PostgresSettings d = PostgresSettings.fromEnv(Map.of());
        assertThat(d.address()).isEqualTo("localhost:5432");
        assertThat(d.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(d.database()).isEqualTo(d.user());
        assertThat(d.password()).isNull();
        PostgresSettings s = PostgresSettings.fromEnv(Map.of("PGHOST", "/var/run/postgresql", "PGPORT", "x",
                "PGUSER", "bench", "PGPASSWORD", "secret", "PGDATABASE", "khotin"));
        assertThat(s).isEqualTo(new PostgresSettings("localhost", 5432, "bench", "secret", "khotin"));
        assertThat(PostgresSettings.fromEnv(Map.of("PGHOST", "::1", "PGPORT", "5433")).address()).isEqualTo("[::1]:5433");
    }

    @Test
    void noServerGivesTheSkipLine() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String line = PostgresSettings.fromEnv(Map.of("PGPORT", Integer.toString(port))).unreachable();
        assertThat(line).isEqualTo("PostgreSQL FTS: bỏ qua — không có máy chủ PostgreSQL nào trả lời ở localhost:"
                + port + " (đặt PGHOST/PGPORT nếu máy chủ ở nơi khác).");
    }

    @Test
    void cpuTicksAreCountedAfterTheCommandName() {
        String stat = "4242 (postgres: a) b) S 1 4242 4242 0 -1 4194560 120 0 0 0 37 5 0 0 20 0 1 0 99 0 0";
        assertThat(BackendCpu.ticks(stat)).isEqualTo(42);
        assertThat(BackendCpu.nanos(List.of(ProcessHandle.current().pid()))).isEqualTo(-1); // not a postgres
    }

    @Test
    void liveServerAnswersTheTopAndTheCategories() throws Exception {
        PostgresSettings pg = PostgresSettings.fromEnv(System.getenv());
        String skipped = pg.unreachable();
        assumeTrue(skipped == null, () -> "no PostgreSQL server to test against: " + skipped);
        PostgresFtsPeer peer;
        try {
            peer = PostgresFtsPeer.prepare(pg, List.of(
                    article(1, "Mưa lũ ở Hương Khê", "Nước dâng cao.", "Thời sự"),
                    article(2, "Giá lúa tăng", "Mưa lũ làm giảm sản lượng ở Hà Tĩnh.", "Kinh tế"),
                    article(3, "Bóng đá Hà Tĩnh", "Đội nhà thắng.", "Thể thao"),
                    article(4, "Hương Khê đón khách", "Mùa du lịch.", "Thời sự")));
        } catch (PostgresFtsPeer.Unavailable e) {
            assumeTrue(false, "PostgreSQL server answers but cannot be used: " + e.getMessage());
            return;
        }
        String table = peer.table();
        try (peer; PostgresFtsPeer.Client c = peer.client()) {
            PeerAnswer a = c.search("mưa lũ", 10);
            assertThat(a.top()).containsExactly(0L, 1L); // title (A) before body (C)
            assertThat(a.categories()).isEqualTo(Map.of("Thời sự", 1, "Kinh tế", 1));
            // unaccent folds the accents away, as the SQLite peer's remove_diacritics
            assertThat(c.search("MUA LU", 10).top()).containsExactly(0L, 1L);
            assertThat(c.search("Hương Khê", 10).total()).isEqualTo(2);
            for (String hostile : List.of("'a' & b | !c (d) <-> e:*", "\\", "x\" OR 1=1 --", "&|!():*")) {
                assertThat(c.search(hostile, 10).total()).isZero();
            }
        }
        try (Connection db = pg.connect(); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NULL")) {
            assertThat(rs.next() && rs.getBoolean(1)).as("table dropped on close").isTrue();
        }
    }

    private static Article article(long id, String title, String body, String category) {
        return new Article(id, "https://baohatinh.vn/a-post" + id + ".html", title, "", "", List.of(body), List.of(),
                "", null, null, category, List.of(), List.of(), List.of(), List.of(), null);
    }
}
