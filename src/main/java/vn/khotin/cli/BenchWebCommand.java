package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.khotin.index.ArticleIndex;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.eval.WebBenchCorpus;
import vn.khotin.search.eval.WebLoad;
import vn.khotin.web.CrawlControl;
import vn.khotin.web.RawCaptures;
import vn.khotin.web.TokenAnalysis;
import vn.khotin.web.WebConfig;
import vn.khotin.web.WebServer;

/**
 * {@code khotin bench web}: load test of the web server. Builds (or reuses) an index of N articles from the
 * shared Vietnamese news corpus, serves it on loopback and keeps C connections busy with plain searches for D
 * seconds, then prints latency percentiles and the error count.
 */
@Command(name = "web", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Đo tải máy chủ web: nhiều kết nối đồng thời trong một khoảng thời gian; in p50/p99 và số lỗi.")
final class BenchWebCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Số bài trong chỉ mục (kho mẫu có 82.102 bài; vượt quá thì dùng lại bài với mã mới). "
                    + "Mặc định: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--seconds", paramLabel = "GIÂY", defaultValue = "60", description = "Thời gian đo (giây).")
    int seconds;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "16", description = "Số kết nối đồng thời.")
    int connections;

    @Option(names = "--target", paramLabel = "ĐÍCH", defaultValue = "api",
            description = "api (/api/v1/search) hoặc page (trang kết quả HTML). Mặc định: ${DEFAULT-VALUE}.")
    String target;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Thư mục chỉ mục để dựng hoặc dùng lại (mặc định: thư mục tạm khotin-bench-web-N).")
    Path indexDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Options.workDirectory(indexDir, "bench web --index");
        if (articles < 1 || seconds < 1 || connections < 1 || connections > 256) {
            throw UserException.usage("--articles, --seconds phải dương; --connections từ 1 đến 256.");
        }
        if (!target.equals("api") && !target.equals("page")) {
            throw UserException.usage("--target phải là api hoặc page.");
        }
        WebBenchCorpus source = new WebBenchCorpus(corpus.require(), articles);
        PrintWriter out = spec.commandLine().getOut();
        Path dir = indexDir != null ? indexDir
                : Path.of(System.getProperty("java.io.tmpdir"), "khotin-bench-web-" + articles);
        List<String> queries = new ArrayList<>();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            prepare(index, dir, source, queries, out);
            ArticleSearch search = new ArticleSearch(index);
            WebConfig config = WebConfig.defaults("127.0.0.1", 0).withRateLimit(Integer.MAX_VALUE / 2, 1_000_000);
            try (WebServer web = WebServer.start(search, new RelatedStories(index, search), config,
                    CrawlControl.unavailable(), RawCaptures.none(), TokenAnalysis.unavailable())) {
                // The server builds its suggestion statistics and accent model in the background; measure after.
                if (!search.suggestions().awaitReady(600_000)) {
                    out.println("Cảnh báo: thống kê gợi ý hoặc mô hình khôi phục dấu chưa dựng xong;"
                            + " số đo có thể gồm cả phần khởi động.");
                }
                String base = "http://127.0.0.1:" + web.port() + (target.equals("api") ? "/api/v1/search?q=" : "/?q=");
                out.printf("Chạy tải: %d kết nối, %s giây, %s câu tìm khác nhau, đích %s, chỉ mục %s bài.%n",
                        connections, Numbers.integer(seconds), Numbers.integer(queries.size()), target,
                        Numbers.integer(index.count()));
                out.flush();
                measure(new WebLoad(base, queries, connections), out);
            }
        }
        return 0;
    }

    /** Builds the index when it has fewer articles than asked (else reads the queries again), then compacts it. */
    private void prepare(ArticleIndex index, Path dir, WebBenchCorpus source, List<String> queries, PrintWriter out)
            throws IOException {
        if (index.count() < articles) {
            out.printf("Dựng chỉ mục %s bài tại %s …%n", Numbers.integer(articles), dir);
            out.flush();
            long t0 = System.nanoTime();
            source.build(index, queries, added -> {
                out.printf("  %s bài%n", Numbers.integer(added));
                out.flush();
            });
            out.printf("Xong sau %.0f s.%n", (System.nanoTime() - t0) / 1e9);
        } else {
            source.readQueries(queries);
        }
        // As a finished crawl run leaves the index: one segment.
        long m0 = System.nanoTime();
        if (index.compact()) {
            out.printf("Gộp chỉ mục còn một phân đoạn (như sau một lượt thu thập): %.0f s.%n",
                    (System.nanoTime() - m0) / 1e9);
        }
        index.refresh();
    }

    /** A warm-up, then the measured run: its table, the first error and the CPU per request by thread group. */
    private void measure(WebLoad load, PrintWriter out) throws InterruptedException {
        load.run(Math.min(5, seconds)); // warm-up, not counted
        Map<String, Long> cpuBefore = WebLoad.cpuByThreadGroup();
        WebLoad.Result r = load.run(seconds);
        Map<String, Long> cpuAfter = WebLoad.cpuByThreadGroup();
        out.println();
        out.printf("%-6s %5s %6s %9s %7s %8s %8s %8s %8s %8s%n", "đích", "kết nối", "giây", "yêu cầu",
                "lỗi", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        out.printf("%-6s %5d %6d %9d %7d %8.0f %8.2f %8.2f %8.2f %8.2f%n", target, connections, seconds,
                r.latencies().length, r.errors(), r.latencies().length / (double) seconds, r.pct(50), r.pct(90),
                r.pct(99), r.pct(100));
        if (load.firstError() != null) {
            out.println("Lỗi đầu tiên: " + load.firstError());
        }
        // Where the CPU went, per request: the load generator shares the process (and the two cores).
        StringBuilder cpu = new StringBuilder("CPU ms mỗi yêu cầu:");
        int n = Math.max(1, r.latencies().length);
        for (String group : cpuAfter.keySet()) {
            double ms = (cpuAfter.get(group) - cpuBefore.getOrDefault(group, 0L)) / 1e6 / n;
            cpu.append(String.format(Locale.ROOT, " %s %.2f;", group, ms));
        }
        out.println(cpu.substring(0, cpu.length() - 1) + ".");
        out.flush();
    }
}
