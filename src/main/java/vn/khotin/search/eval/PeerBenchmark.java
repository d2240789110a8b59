package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.model.Article;

/**
 * {@code bench search --peers}: after Khotin's runs, the same queries on the same articles against SQLite FTS5
 * (through sqlite-jdbc, in-process) and PostgreSQL FTS (a server, where one answers at PGHOST:PGPORT), each asked
 * for the same result: the ranked top 10 and the counts per category of the whole match set. Then one table side
 * by side, with Khotin's throughput as a multiple of each peer's. Where PostgreSQL cannot be used, one line says
 * why it is skipped.
 */
final class PeerBenchmark {

    /** Client counts compared side by side: up to the two cores of the target machine. */
    static final int[] CLIENTS = {1, 2};

    private static final int TOP = 10;

    private PeerBenchmark() {}

    /**
     * The peers made ready while the articles were in memory: SQLite's database directory, and PostgreSQL's
     * loaded table or the line that says why it is skipped. Closing drops PostgreSQL's table.
     */
    static final class Prepared implements AutoCloseable {
        private final Path sqliteDir;
        private final PostgresFtsPeer postgres;
        private final String postgresSkipped;

        private Prepared(Path sqliteDir, PostgresFtsPeer postgres, String postgresSkipped) {
            this.sqliteDir = sqliteDir;
            this.postgres = postgres;
            this.postgresSkipped = postgresSkipped;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /**
     * What a table row shows: the run with {@code CLIENTS[index]} clients, CPU per query in ms (NaN where it could
     * not be measured).
     */
    private record Row(String system, int index, ClientRuns.Run run, double cpuMillis, double processCpuMillis) {
        static Row of(String system, int index, ClientRuns.Run r) {
            return new Row(system, index, r, r.cpuMillisPerQuery(), r.processCpuMillisPerQuery());
        }
    }

    /** PostgreSQL's CPU per query in ms: its server processes (NaN where not readable) and its driver in ours. */
    private record ServerCpu(int clients, double serverMillis, double driverMillis) {}

    /**
     * Where the SQLite peer's database lives: beside a kept index (reused next time, like the index), or in a
     * temporary directory the caller deletes.
     */
    static Path databaseDir(Path indexDir) throws IOException {
        return indexDir == null ? Files.createTempDirectory("khotin-peer-")
                : indexDir.resolveSibling(indexDir.getFileName() + "-sqlite-fts5");
    }

    /** Builds the peers' databases of the articles (before any run, while the articles are in memory). */
    static Prepared prepare(List<Article> articles, Path dir, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        boolean built = SqliteFts5Peer.prepare(articles, dir);
        if (built) {
            out.printf("SQLite FTS5: dựng cơ sở dữ liệu %,d bài ở %s trong %.1f s.%n", articles.size(), dir,
                    (System.nanoTime() - t0) / 1e9);
        } else {
            out.printf("SQLite FTS5: dùng lại cơ sở dữ liệu có sẵn ở %s.%n", dir);
        }
        out.flush();
        PostgresSettings pg = PostgresSettings.fromEnv(System.getenv());
        String skipped = pg.unreachable();
        PostgresFtsPeer postgres = null;
        if (skipped == null) {
            long t1 = System.nanoTime();
            try {
                postgres = PostgresFtsPeer.prepare(pg, articles);
                out.printf("PostgreSQL FTS: nạp %,d bài vào bảng %s (máy chủ %s, cơ sở dữ liệu %s; chỉ mục GIN) "
                        + "trong %.1f s.%n", articles.size(), postgres.table(), pg.address(), pg.database(),
                        (System.nanoTime() - t1) / 1e9);
            } catch (PostgresFtsPeer.Unavailable e) {
                skipped = PostgresSettings.skipped(e.getMessage());
            } catch (SQLException e) {
                skipped = PostgresSettings.skipped("lỗi khi nạp bài vào máy chủ ở " + pg.address() + ": "
                        + e.getMessage());
            }
        }
        if (skipped != null) {
            out.println(skipped);
        }
        out.flush();
        return new Prepared(dir, postgres, skipped);
    }

    /**
     * Warms each peer up on {@code warmUp}, runs it on {@code runQueries.get(i)} with {@code CLIENTS[i]} clients
     * (the queries Khotin's run with as many clients had), and prints the table beside {@code khotin}'s runs.
     */
    static void run(Prepared peers, List<String> warmUp, List<List<String>> runQueries, List<ClientRuns.Run> khotin,
            PrintWriter out) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < khotin.size(); i++) {
            rows.add(Row.of("Khotin", i, khotin.get(i)));
        }
        List<PeerClient> sqlite = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS[CLIENTS.length - 1]; i++) {
                sqlite.add(new SqliteFts5Peer.Client(peers.sqliteDir));
            }
            List<ClientRuns.Run> runs = measure(sqlite, warmUp, runQueries);
            for (int i = 0; i < runs.size(); i++) {
                rows.add(Row.of("SQLite FTS5", i, runs.get(i)));
            }
        } finally {
            closeAll(sqlite);
        }
        List<ServerCpu> serverCpu = new ArrayList<>();
        String skipped = peers.postgresSkipped;
        if (peers.postgres != null) {
            try {
                rows.addAll(runPostgres(peers.postgres, warmUp, runQueries, serverCpu));
            } catch (IOException e) {
                serverCpu.clear();
                skipped = PostgresSettings.skipped("lỗi trong lượt đo: " + e.getMessage());
            }
        }
        printTable(rows, khotin, out);
        if (skipped != null) {
            out.println(skipped);
        }
        out.println("Đối chứng làm cùng việc trên cùng các bài và cùng truy vấn: 10 kết quả xếp hạng (SQLite: bm25, "
                + "PostgreSQL: ts_rank_cd; tiêu đề ×4, sapo ×2) và số bài theo chuyên mục của toàn bộ kết quả (GROUP "
                + "BY), cần đủ mọi từ, bỏ dấu khi so khớp; Khotin làm thêm 5 nhóm đếm khác, dòng thời gian, đoạn trích "
                + "tô sáng, gộp bản trùng và gợi ý. CPU: thời gian CPU của các luồng khách (SQLite chạy trong tiến "
                + "trình); CPU tiến trình: của cả tiến trình trong lượt đo (gồm dọn bộ nhớ, JIT).");
        if (!serverCpu.isEmpty()) {
            out.println("PostgreSQL chạy ở tiến trình máy chủ riêng, mỗi kết nối một tiến trình phục vụ (không JIT, "
                    + "không luồng song song): hai cột CPU của nó là CPU các tiến trình phục vụ (đọc ở /proc, bước "
                    + "10 ms) cộng CPU luồng khách / tiến trình Khotin (trình điều khiển JDBC); không tính các tiến "
                    + "trình nền của máy chủ; p50/p99 là thời gian chờ đo ở phía khách.");
            for (ServerCpu s : serverCpu) {
                out.printf("PostgreSQL, %d khách: CPU tiến trình phục vụ %s ms/truy vấn, trình điều khiển JDBC %.2f "
                        + "ms/truy vấn.%n", s.clients(), Double.isNaN(s.serverMillis()) ? "— (không đọc được /proc)"
                                : String.format("%.2f", s.serverMillis()), s.driverMillis());
            }
        }
        out.flush();
    }

    private static List<Row> runPostgres(PostgresFtsPeer pg, List<String> warmUp, List<List<String>> runQueries,
            List<ServerCpu> serverCpu) throws IOException, InterruptedException {
        List<PeerClient> clients = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS[CLIENTS.length - 1]; i++) {
                PostgresFtsPeer.Client c = pg.client();
                pids.add(c.backendPid());
                clients.add(c);
            }
            ClientRuns.measure(warmUp, asClients(clients.subList(0, 1)));
            for (int run = 0; run < CLIENTS.length; run++) {
                List<Long> used = pids.subList(0, CLIENTS[run]);
                long s0 = pg.settings().local() ? BackendCpu.nanos(used) : -1;
                ClientRuns.Run r = ClientRuns.measure(runQueries.get(run), asClients(clients.subList(0, CLIENTS[run])));
                long s1 = s0 < 0 ? -1 : BackendCpu.nanos(used);
                double server = s1 < 0 ? Double.NaN : (s1 - s0) / 1e6 / r.queries();
                serverCpu.add(new ServerCpu(CLIENTS[run], server, r.cpuMillisPerQuery()));
                rows.add(new Row("PostgreSQL FTS", run, r, r.cpuMillisPerQuery() + server,
                        r.processCpuMillisPerQuery() + server));
            }
        } finally {
            closeAll(clients);
        }
        return rows;
    }

    /** Warms up on one client, then one run per client count. */
    private static List<ClientRuns.Run> measure(List<PeerClient> clients, List<String> warmUp,
            List<List<String>> runQueries) throws IOException, InterruptedException {
        ClientRuns.measure(warmUp, asClients(clients.subList(0, 1)));
        List<ClientRuns.Run> runs = new ArrayList<>();
        for (int run = 0; run < CLIENTS.length; run++) {
            runs.add(ClientRuns.measure(runQueries.get(run), asClients(clients.subList(0, CLIENTS[run]))));
        }
        return runs;
    }

    private static void closeAll(List<PeerClient> clients) throws IOException {
        for (PeerClient c : clients) {
            c.close();
        }
    }

    private static List<ClientRuns.Client> asClients(List<PeerClient> peers) {
        List<ClientRuns.Client> out = new ArrayList<>();
        for (PeerClient c : peers) {
            out.add(q -> c.search(q, TOP).total());
        }
        return out;
    }

    private static void printTable(List<Row> rows, List<ClientRuns.Run> khotin, PrintWriter out) {
        out.println();
        out.println("| Hệ thống | Khách | truy vấn/s | p50 (ms) | p99 (ms) | CPU ms/truy vấn | CPU tiến trình ms/truy vấn "
                + "| kết quả TB/truy vấn | Khotin/hệ thống (truy vấn/s) | hệ thống/Khotin (CPU tiến trình) |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        // Throughput is what the issue compares; CPU per query moves far less with the load of a shared machine.
        // The process's CPU, not the client threads', as Khotin's garbage collection is part of its cost.
        for (Row row : rows) {
            ClientRuns.Run r = row.run();
            boolean peer = !row.system().equals("Khotin");
            ClientRuns.Run k = khotin.get(row.index());
            String throughput = peer ? String.format("%.1f×", k.perSecond() / r.perSecond()) : "—";
            String cpu = peer ? times(row.processCpuMillis() / k.processCpuMillisPerQuery()) : "—";
            out.printf("| %s | %d | %,.0f | %.2f | %.2f | %s | %s | %,.0f | %s | %s |%n", row.system(), r.clients(),
                    r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), millis(row.cpuMillis()),
                    millis(row.processCpuMillis()), r.meanMatches(), throughput, cpu);
        }
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? "—" : String.format("%.2f", ms);
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "—" : String.format("%.1f×", ratio);
    }
}
