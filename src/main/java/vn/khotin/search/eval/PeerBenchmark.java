package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khotin.model.Article;

/**
 * {@code bench search --peers}: after Khotin's runs, the same queries on the same articles against SQLite FTS5
 * (through sqlite-jdbc, in-process), asked for the same result: the ranked top 10 and the counts per category of
 * the whole match set. Then one table side by side, with Khotin's throughput as a multiple of the peer's.
 * PostgreSQL FTS is a peer only where a server is reachable and its driver is on the class path; otherwise one
 * line says why it is skipped.
 */
final class PeerBenchmark {

    /** Client counts compared side by side: up to the two cores of the target machine. */
    static final int[] CLIENTS = {1, 2};

    private static final int TOP = 10;

    private PeerBenchmark() {}

    /**
     * Where the peer's database lives: beside a kept index (reused next time, like the index), or in a
     * temporary directory the caller deletes.
     */
    static Path databaseDir(Path indexDir) throws IOException {
        return indexDir == null ? Files.createTempDirectory("khotin-peer-")
                : indexDir.resolveSibling(indexDir.getFileName() + "-sqlite-fts5");
    }

    /** Builds the peer's database of the articles (before any run, while the articles are in memory). */
    static void prepare(List<Article> articles, Path dir, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        boolean built = SqliteFts5Peer.prepare(articles, dir);
        if (built) {
            out.printf("SQLite FTS5: dựng cơ sở dữ liệu %,d bài ở %s trong %.1f s.%n", articles.size(), dir,
                    (System.nanoTime() - t0) / 1e9);
        } else {
            out.printf("SQLite FTS5: dùng lại cơ sở dữ liệu có sẵn ở %s.%n", dir);
        }
        out.flush();
    }

    /**
     * Warms the peer up on {@code warmUp}, runs it on {@code runQueries.get(i)} with {@code CLIENTS[i]} clients
     * (the queries Khotin's run with as many clients had), and prints the table beside {@code khotin}'s runs.
     */
    static void run(Path dir, List<String> warmUp, List<List<String>> runQueries, List<ClientRuns.Run> khotin,
            PrintWriter out) throws IOException, InterruptedException {
        List<ClientRuns.Run> sqlite = new ArrayList<>();
        List<SqliteFts5Peer.Client> clients = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS[CLIENTS.length - 1]; i++) {
                clients.add(new SqliteFts5Peer.Client(dir));
            }
            ClientRuns.measure(warmUp, asClients(clients.subList(0, 1)));
            for (int run = 0; run < CLIENTS.length; run++) {
                sqlite.add(ClientRuns.measure(runQueries.get(run), asClients(clients.subList(0, CLIENTS[run]))));
            }
        } finally {
            for (SqliteFts5Peer.Client c : clients) {
                c.close();
            }
        }
        printTable(khotin, Map.of("SQLite FTS5", sqlite), out);
        out.println(postgresSkipped(System.getenv()));
        out.println("Đối chứng làm cùng việc trên cùng các bài và cùng truy vấn: 10 kết quả xếp hạng (bm25, tiêu đề "
                + "×4, sapo ×2) và số bài theo chuyên mục của toàn bộ kết quả (GROUP BY), cần đủ mọi từ; Khotin làm "
                + "thêm 5 nhóm đếm khác, dòng thời gian, đoạn trích tô sáng, gộp bản trùng và gợi ý. CPU: thời gian "
                + "CPU của các luồng khách (SQLite chạy trong tiến trình); CPU tiến trình: của cả tiến trình trong "
                + "lượt đo (gồm dọn bộ nhớ, JIT).");
        out.flush();
    }

    private static List<ClientRuns.Client> asClients(List<SqliteFts5Peer.Client> peers) {
        List<ClientRuns.Client> out = new ArrayList<>();
        for (SqliteFts5Peer.Client c : peers) {
            out.add(q -> c.search(q, TOP).total());
        }
        return out;
    }

    private static void printTable(List<ClientRuns.Run> khotin, Map<String, List<ClientRuns.Run>> peers,
            PrintWriter out) {
        out.println();
        out.println("| Hệ thống | Khách | truy vấn/s | p50 (ms) | p99 (ms) | CPU ms/truy vấn | CPU tiến trình ms/truy vấn "
                + "| kết quả TB/truy vấn | Khotin/hệ thống (truy vấn/s) | hệ thống/Khotin (CPU tiến trình) |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (ClientRuns.Run k : khotin) {
            row(out, "Khotin", k, "—", "—");
        }
        // Throughput is what the issue compares; CPU per query moves far less with the load of a shared machine.
        // The process's CPU, not the client threads', as Khotin's garbage collection is part of its cost.
        for (Map.Entry<String, List<ClientRuns.Run>> e : peers.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                ClientRuns.Run p = e.getValue().get(i);
                row(out, e.getKey(), p, String.format("%.1f×", khotin.get(i).perSecond() / p.perSecond()),
                        String.format("%.1f×", p.processCpuMillisPerQuery() / khotin.get(i).processCpuMillisPerQuery()));
            }
        }
    }

    private static void row(PrintWriter out, String system, ClientRuns.Run r, String throughputRatio,
            String cpuRatio) {
        out.printf("| %s | %d | %,.0f | %.2f | %.2f | %.2f | %.2f | %,.0f | %s | %s |%n", system, r.clients(),
                r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.cpuMillisPerQuery(),
                r.processCpuMillisPerQuery(), r.meanMatches(), throughputRatio, cpuRatio);
    }

    /**
     * The line that says PostgreSQL FTS was not compared, and why: no server answers at PGHOST:PGPORT (default
     * localhost:5432), or one does but its JDBC driver is not a dependency of Khotin.
     */
    static String postgresSkipped(Map<String, String> env) {
        String host = env.getOrDefault("PGHOST", "");
        if (host.isEmpty() || host.startsWith("/")) {
            host = "localhost";
        }
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("PGPORT", "5432"));
        } catch (NumberFormatException e) {
            port = 5432;
        }
        if (!reachable(host, port)) {
            return "PostgreSQL FTS: bỏ qua — không có máy chủ PostgreSQL nào trả lời ở " + host + ":" + port
                    + " (đặt PGHOST/PGPORT nếu máy chủ ở nơi khác).";
        }
        return "PostgreSQL FTS: bỏ qua — có máy chủ ở " + host + ":" + port
                + " nhưng Khotin chưa kèm trình điều khiển JDBC của PostgreSQL.";
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
