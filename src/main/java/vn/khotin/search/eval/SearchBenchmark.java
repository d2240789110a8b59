package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.search.SearchStages;

/**
 * {@code khotin bench search}: builds an index of N corpus articles in a temporary directory with the full
 * Vietnamese analysis (build time, articles/s, index size), then measures in-process search latency with all
 * facets and a highlighted top 10 at 1, 2 and 8 concurrent clients, on queries made of 2–4 consecutive words of
 * article titles. CPU time per query (of the querying threads) is printed beside the latencies: on a shared
 * machine it moves far less than wall-clock latency.
 */
public final class SearchBenchmark {

    /**
     * What to run.
     *
     * @param mergeSegments after the build, force-merge to at most this many segments (timed on its own);
     *     0 leaves the segments the build made
     * @param dump if not null, the JSON of every answer at 1 client is written there, one line per query
     *     (took millis zeroed), to compare result quality between versions
     * @param indexDir if not null, the index is kept there: built on the first run, reused (build not
     *     measured again) when it already holds the articles; null builds a throw-away index
     * @param archiveIndex whether {@code indexDir} is a crawled or imported archive's index: measured as it is
     *     (opened read-only, never built, merged or written; the peers' databases go to a temporary directory)
     * @param peers whether to run the same queries on the same articles against SQLite FTS5 and PostgreSQL FTS
     *     (where a server answers) afterwards and print the throughput side by side (see {@link PeerBenchmark})
     */
    public record Options(Path corpus, int articles, int queries, int indexThreads, long seed, int mergeSegments,
            Path dump, Path indexDir, boolean archiveIndex, boolean peers) {}

    /** Why an archive's index cannot be measured with this many articles (it is never added to). */
    public static String archiveTooSmall(Path dir, int has, int asked) {
        return String.format("kho %s có %,d bài, ít hơn --articles %,d: trên kho đã nhập hoặc thu thập, lệnh chỉ đo chỉ "
                + "mục có sẵn, không thêm bài. Giảm --articles hoặc chọn thư mục làm việc khác để lệnh tự dựng.", dir,
                has, asked);
    }

    /**
     * Concurrent clients per measured run. Two is the core count: up to there a query has a core to itself;
     * beyond it (8, the target) latency grows with the queue, about clients / cores times the CPU time
     * of a query.
     */
    private static final int[] CLIENTS = {1, 2, 8};
    /** Warm-up queries of each peer: a database server has no JIT to warm, only its caches. */
    private static final int PEER_WARM_UP = 500;

    private SearchBenchmark() {}

    /** The headline figures of a run, for the figures file of the cost-against-size chart. */
    public record Result(long indexArticles, double cpuMillisPerQuery) {}

    /** Runs the benchmark, prints its tables and returns the index's size and the CPU per query at one client. */
    public static Result run(Options o, PrintWriter out) throws IOException, InterruptedException {
        String loadBefore = loadAverage();
        long indexArticles = 0;
        double cpuOneClient = Double.NaN;
        out.printf("Đọc %,d bài từ %s …%n", o.articles(), o.corpus());
        out.flush();
        List<Article> articles = CorpusArticles.readDistinct(o.corpus(), o.articles());
        int distinct = articles.size();
        articles = CorpusArticles.withCopies(articles, o.articles());
        int articleCount = articles.size();
        int copies = articleCount - distinct;
        // Separate queries for the warm-up and each measured run: no run meets a query (or its hits) that an
        // earlier one already answered, so no cache along the way flatters the figures.
        int warmUp = BenchWarmUp.size(o.queries());
        List<String> all = queries(articles, warmUp + CLIENTS.length * o.queries(), o.seed());
        Path dir = o.indexDir() != null ? o.indexDir() : Files.createTempDirectory("khotin-bench-");
        Path peerDir = o.peers() ? PeerBenchmark.databaseDir(o.archiveIndex() ? null : o.indexDir()) : null;
        PeerBenchmark.Prepared peers = null;
        try {
            String loadBuildStart = loadAverage();
            long t0 = System.nanoTime();
            try (ArticleIndex index = o.archiveIndex() ? ArticleIndex.openReadOnly(dir)
                    : ArticleIndex.open(dir, IndexOptions.BULK)) {
                boolean reused = o.indexDir() != null && index.count() >= articleCount;
                if (!reused && o.archiveIndex()) {
                    throw new IOException(archiveTooSmall(dir, index.count(), articleCount));
                }
                if (!reused && index.count() > 0) {
                    throw new IOException("thư mục " + dir + " đã có chỉ mục khác (" + index.count()
                            + " bài): hãy xóa nó hoặc chọn thư mục khác");
                }
                if (!reused) {
                    build(index, articles, o.indexThreads());
                }
                index.refresh();
                double buildSec = (System.nanoTime() - t0) / 1e9;
                if (peerDir != null) {
                    peers = PeerBenchmark.prepare(articles, peerDir, out);
                }
                // A server does not hold the corpus: dropping it keeps the measured heap (and GC) like a server's.
                articles = null;
                int segmentsBuilt = index.segmentCount();
                long sizeBuilt = index.sizeInBytes();
                String loadBuildEnd = loadAverage();
                double mergeSec = 0;
                boolean merged = !o.archiveIndex() && o.mergeSegments() > 0
                        && index.segmentCount() > o.mergeSegments();
                if (merged) {
                    long m0 = System.nanoTime();
                    index.forceMerge(o.mergeSegments());
                    mergeSec = (System.nanoTime() - m0) / 1e9;
                }
                long size = index.sizeInBytes();
                out.println();
                out.println("| Chỉ mục | Giá trị |");
                out.println("|---|---|");
                indexArticles = index.count();
                out.printf("| Số bài | %,d |%n", index.count());
                out.printf("| Cấu hình | %s |%n", index.describe());
                if (reused) {
                    out.printf("| Dựng | dùng lại chỉ mục có sẵn ở %s (không đo lại) |%n", dir);
                } else {
                    out.printf("| Thời gian dựng (%d luồng) | %.1f s |%n", o.indexThreads(), buildSec);
                    out.printf("| Tốc độ dựng | %,.0f bài/s |%n", articleCount / buildSec);
                }
                out.printf("| Phân đoạn sau khi dựng | %d (%,.1f MB) |%n", segmentsBuilt, sizeBuilt / 1e6);
                if (merged) {
                    out.printf("| Gộp còn ≤ %d phân đoạn (forceMerge, đo riêng) | %.1f s |%n", o.mergeSegments(),
                            mergeSec);
                    if (!reused) {
                        out.printf("| Tốc độ dựng + gộp | %,.0f bài/s |%n", articleCount / (buildSec + mergeSec));
                    }
                }
                out.printf("| Phân đoạn khi đo tìm kiếm | %d |%n", index.segmentCount());
                out.printf("| Dung lượng | %,.1f MB |%n", size / 1e6);
                out.printf("| Tải máy (loadavg 1/5/15 phút) trước khi dựng → sau khi dựng | %s → %s |%n",
                        loadBuildStart, loadBuildEnd);
                out.flush();

                List<String> queries = all.subList(warmUp, Math.min(all.size(), warmUp + o.queries()));
                ArticleSearch search = new ArticleSearch(index);
                // A server builds its suggestion statistics and accent model in the background from start; measure
                // after that (the builds run for seconds to minutes on a large archive and would share the cores
                // with the runs).
                if (!search.suggestions().awaitReady(600_000)) {
                    out.println("Cảnh báo: thống kê gợi ý hoặc mô hình khôi phục dấu chưa dựng xong;"
                            + " số đo có thể gồm cả phần khởi động.");
                }
                double[] warmUpBlocks = BenchWarmUp.run(all.subList(0, warmUp), q -> search.search(base(q)));
                out.println();
                out.println(BenchWarmUp.describe(warmUp, warmUpBlocks));
                out.println();
                out.println("| Khách đồng thời | Truy vấn | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | truy vấn/s | CPU ms/truy vấn | tải máy |");
                out.println("|---|---|---|---|---|---|---|---|---|");
                SearchStages stages = new SearchStages();
                List<List<String>> runQueries = new ArrayList<>();
                List<ClientRuns.Run> runs = new ArrayList<>();
                for (int run = 0; run < CLIENTS.length; run++) {
                    int clients = CLIENTS[run];
                    String loadStart = loadAverage();
                    int from = Math.min(all.size(), warmUp + run * o.queries());
                    runQueries.add(all.subList(from, Math.min(all.size(), from + o.queries())));
                    ClientRuns.Run r = ClientRuns.measure(runQueries.get(run),
                            khotinClients(search, clients, clients == 1 ? stages : null));
                    runs.add(r);
                    if (clients == 1) {
                        cpuOneClient = r.cpuMillisPerQuery();
                    }
                    out.printf("| %d | %,d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | %s → %s |%n", clients,
                            r.queries(), r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99),
                            r.percentileMillis(100), r.perSecond(), r.cpuMillisPerQuery(), loadStart, loadAverage());
                    out.flush();
                }
                // After the measured runs, so that it warms no cache for them.
                if (o.dump() != null) {
                    dump(search, queries, o.dump());
                }
                out.println();
                out.println("| Giai đoạn (1 khách) | ms trung bình mỗi truy vấn |");
                out.println("|---|---|");
                double sum = 0;
                for (SearchStages.Stage st : SearchStages.Stage.values()) {
                    out.printf("| %s | %.3f |%n", STAGE_NAMES.get(st), stages.meanMillis(st));
                    sum += stages.meanMillis(st);
                }
                out.printf("| Tổng | %.3f |%n", sum);
                out.println();
                out.print(CostlyQueries.table(runQueries.get(0), runs.get(0), COSTLY_SHOWN));
                if (peers != null) {
                    out.flush();
                    int compared = PeerBenchmark.CLIENTS.length;
                    PeerBenchmark.run(peers, all.subList(0, Math.min(PEER_WARM_UP, warmUp)),
                            runQueries.subList(0, compared),
                            runs.subList(0, compared), out);
                }
                out.println();
                out.println("Mỗi truy vấn: 6 nhóm đếm (chuyên mục, năm, tháng, tác giả, địa danh, tag), 10 kết quả có "
                        + "đoạn trích tô sáng, gộp bản trùng, gợi ý \"Có phải bạn muốn tìm\". Truy vấn: 2–4 từ liên "
                        + "tiếp của tiêu đề; khởi động, mỗi lượt đo dùng các truy vấn khác nhau.");
                if (copies > 0) {
                    out.printf("Kho tin chỉ có %,d bài; %,d bài còn lại là bản đăng lại (bỏ đoạn đầu, đổi ngày) của "
                            + "các bài đầu.%n", articleCount - copies, copies);
                }
                out.println("Ngày/chuyên mục của bài không thuộc UNC là giả lập (tất định theo id).");
                out.printf("Máy: %d nhân; tải máy lúc bắt đầu %s, lúc kết thúc %s.%n",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            }
        } finally {
            try {
                if (peers != null) {
                    peers.close(); // drops the PostgreSQL peer's table
                }
            } finally {
                if (o.indexDir() == null) {
                    deleteTree(dir);
                }
                if (peerDir != null && (o.indexDir() == null || o.archiveIndex())) {
                    deleteTree(peerDir);
                }
            }
        }
        return new Result(indexArticles, cpuOneClient);
    }

    /** Indexes the articles with the given number of threads and commits. */
    static void build(ArticleIndex index, List<Article> articles, int threads) throws IOException,
            InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    index.upsert(new IndexedArticle(articles.get(i), null, null));
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        index.commit();
    }

    /** How many of the dearest queries of the 1-client run are listed. */
    private static final int COSTLY_SHOWN = 15;

    private static final java.util.Map<SearchStages.Stage, String> STAGE_NAMES = java.util.Map.of(
            SearchStages.Stage.PARSE, "Phân tích truy vấn (parse)",
            SearchStages.Stage.SEARCH, "Tìm, một lượt cho top và nhóm (search)",
            SearchStages.Stage.FACETS, "Đếm nhóm (facets)",
            SearchStages.Stage.TIMELINE, "Giá trị nhóm, dòng thời gian (timeline)",
            SearchStages.Stage.DEDUPE, "Gộp bản trùng (dedupe)",
            SearchStages.Stage.HIGHLIGHT, "Tô sáng đoạn trích (highlight)",
            SearchStages.Stage.LOAD, "Đọc bài đã lưu (load)",
            SearchStages.Stage.SUGGEST, "Gợi ý (suggest)");

    /** The 1-, 5- and 15-minute load averages of the machine, or "?" where /proc is not available. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void dump(ArticleSearch search, List<String> queries, Path file) throws IOException {
        var mapper = vn.khotin.index.ArticleJson.newMapper();
        try (var w = Files.newBufferedWriter(file)) {
            for (String q : queries) {
                SearchResult r = search.search(base(q));
                r = new SearchResult(r.total(), r.hits(), 0, r.facets(), r.timeline(), r.suggestion(), r.warnings(),
                        null, null, false, r.total(), r.approximate());
                w.write(mapper.writeValueAsString(r));
                w.write('\n');
            }
        }
    }

    private static SearchRequest base(String q) {
        return SearchRequest.builder(q).allFacets().size(10).build();
    }

    /** One client per thread, each asking Khotin the benchmark's standard query. */
    private static List<ClientRuns.Client> khotinClients(ArticleSearch search, int clients, SearchStages stages) {
        List<ClientRuns.Client> out = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            out.add(q -> search.search(base(q), stages).total());
        }
        return out;
    }

    static List<String> queries(List<Article> articles, int n, long seed) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>();
        int guard = 0;
        while (out.size() < n && guard++ < n * 20) {
            String[] words = articles.get(rnd.nextInt(articles.size())).title().split("\\s+");
            if (words.length < 3) {
                continue;
            }
            int len = 2 + rnd.nextInt(3);
            int start = rnd.nextInt(Math.max(1, words.length - len));
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < Math.min(words.length, start + len); i++) {
                String w = words[i].replaceAll("[\\p{Punct}“”‘’…]", "");
                if (!w.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(w);
                }
            }
            if (sb.indexOf(" ") > 0) {
                out.add(sb.toString());
            }
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
