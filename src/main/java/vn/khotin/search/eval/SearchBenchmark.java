package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.khotin.extract.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;

/**
 * {@code khotin bench search}: builds an index of N corpus articles in a temporary directory with the full
 * Vietnamese analysis (build time, articles/s, index size), then measures in-process search latency with all
 * facets and a highlighted top 10 at 1 and 8 concurrent clients, on queries made of 2–4 consecutive words of
 * article titles.
 */
public final class SearchBenchmark {

    /** What to run. */
    public record Options(Path corpus, int articles, int queries, int indexThreads, long seed) {}

    private SearchBenchmark() {}

    public static void run(Options o, PrintWriter out) throws IOException, InterruptedException {
        out.printf("Đọc %,d bài từ %s …%n", o.articles(), o.corpus());
        out.flush();
        List<Article> articles = CorpusArticles.read(o.corpus(), o.articles());
        Path dir = Files.createTempDirectory("khotin-bench-");
        try {
            long t0 = System.nanoTime();
            try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
                ExecutorService pool = Executors.newFixedThreadPool(o.indexThreads());
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < o.indexThreads(); t++) {
                    fs.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < articles.size()) {
                            index.upsert(new IndexedArticle(articles.get(i), null, null));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IOException(e.getCause());
                    }
                }
                pool.shutdown();
                index.commit();
                index.refresh();
                double buildSec = (System.nanoTime() - t0) / 1e9;
                long size = index.sizeInBytes();
                out.println();
                out.println("| Chỉ mục | Giá trị |");
                out.println("|---|---|");
                out.printf("| Số bài | %,d |%n", index.count());
                out.printf("| Thời gian dựng (%d luồng) | %.1f s |%n", o.indexThreads(), buildSec);
                out.printf("| Tốc độ dựng | %,.0f bài/s |%n", articles.size() / buildSec);
                out.printf("| Dung lượng | %,.1f MB |%n", size / 1e6);
                out.flush();

                List<String> queries = queries(articles, o.queries(), o.seed());
                ArticleSearch search = new ArticleSearch(index);
                SearchRequest.Builder base = SearchRequest.builder("").allFacets().size(10);
                // Warm-up: JIT and the OS page cache, not measured.
                for (int i = 0; i < Math.min(500, queries.size()); i++) {
                    search.search(base(queries.get(i)));
                }
                out.println();
                out.println("| Khách đồng thời | Truy vấn | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | truy vấn/s |");
                out.println("|---|---|---|---|---|---|---|");
                for (int clients : new int[] {1, 8}) {
                    long[] lat = measure(search, queries, clients);
                    out.printf("| %d | %,d | %.2f | %.2f | %.2f | %.2f | %,.0f |%n", clients, lat.length - 1,
                            pct(lat, 50), pct(lat, 95), pct(lat, 99), pct(lat, 100),
                            (lat.length - 1) / (lat[lat.length - 1] / 1e9));
                    out.flush();
                }
                out.println();
                out.println("Mỗi truy vấn: 6 nhóm đếm (chuyên mục, năm, tháng, tác giả, địa danh, tag), 10 kết quả có "
                        + "đoạn trích tô sáng, gộp bản trùng. Truy vấn: 2–4 từ liên tiếp của tiêu đề.");
                if (o.articles() > 82_102) {
                    out.println("Kho có 82.102 bài; phần vượt quá là bản đăng lại (bỏ đoạn đầu, đổi ngày) của các bài đầu.");
                }
                out.println("Ngày/chuyên mục của bài không thuộc UNC là giả lập (tất định theo id).");
                base.size(10);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static SearchRequest base(String q) {
        return SearchRequest.builder(q).allFacets().size(10).build();
    }

    /** Latencies in ns (sorted), plus the wall time of the run as the last element. */
    private static long[] measure(ArticleSearch search, List<String> queries, int clients)
            throws InterruptedException {
        long[] lat = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            threads[t] = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < queries.size()) {
                    long s = System.nanoTime();
                    search.search(base(queries.get(i)));
                    lat[i] = System.nanoTime() - s;
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(lat);
        long[] out = Arrays.copyOf(lat, lat.length + 1);
        out[lat.length] = wall;
        return out;
    }

    private static double pct(long[] withWall, int p) {
        int n = withWall.length - 1;
        int idx = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
        return withWall[Math.max(0, idx)] / 1e6;
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
