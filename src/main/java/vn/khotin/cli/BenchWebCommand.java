package vn.khotin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.VietnamTime;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
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
        corpus.require();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = indexDir != null ? indexDir
                : Path.of(System.getProperty("java.io.tmpdir"), "khotin-bench-web-" + articles);
        List<String> queries = new ArrayList<>();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            if (index.count() < articles) {
                out.printf("Dựng chỉ mục %s bài tại %s …%n", Numbers.integer(articles), dir);
                out.flush();
                long t0 = System.nanoTime();
                build(index, queries);
                out.printf("Xong sau %.0f s.%n", (System.nanoTime() - t0) / 1e9);
            } else {
                readQueries(queries);
            }
            // As a finished crawl run leaves the index: one segment.
            long m0 = System.nanoTime();
            if (index.compact()) {
                out.printf("Gộp chỉ mục còn một phân đoạn (như sau một lượt thu thập): %.0f s.%n",
                        (System.nanoTime() - m0) / 1e9);
            }
            index.refresh();
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
                run(base, queries, Math.min(5, seconds), null); // warm-up, not counted
                Map<String, Long> cpuBefore = cpuByThreadGroup();
                Result r = run(base, queries, seconds, out);
                Map<String, Long> cpuAfter = cpuByThreadGroup();
                out.println();
                out.printf("%-6s %5s %6s %9s %7s %8s %8s %8s %8s %8s%n", "đích", "kết nối", "giây", "yêu cầu",
                        "lỗi", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
                out.printf("%-6s %5d %6d %9d %7d %8.0f %8.2f %8.2f %8.2f %8.2f%n", target, connections, seconds,
                        r.latencies.length, r.errors, r.latencies.length / (double) seconds, r.pct(50), r.pct(90),
                        r.pct(99), r.pct(100));
                if (firstError.get() != null) {
                    out.println("Lỗi đầu tiên: " + firstError.get());
                }
                // Where the CPU went, per request: the load generator shares the process (and the two cores).
                StringBuilder cpu = new StringBuilder("CPU ms mỗi yêu cầu:");
                int n = Math.max(1, r.latencies.length);
                for (String group : cpuAfter.keySet()) {
                    double ms = (cpuAfter.get(group) - cpuBefore.getOrDefault(group, 0L)) / 1e6 / n;
                    cpu.append(String.format(java.util.Locale.ROOT, " %s %.2f;", group, ms));
                }
                out.println(cpu.substring(0, cpu.length() - 1) + ".");
                out.flush();
            }
        }
        return 0;
    }

    /**
     * CPU time so far in nanoseconds: the whole process ("tiến trình", GC and JIT included) and the live threads
     * by role (search pool, Jetty, the load generator's clients).
     */
    private static Map<String, Long> cpuByThreadGroup() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            out.put("tiến trình", os.getProcessCpuTime());
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        out.put("luồng tìm kiếm", 0L);
        out.put("Jetty", 0L);
        out.put("khách đo tải", 0L);
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            String name = t.getThreadName();
            String group = name.startsWith("khotin-search") ? "luồng tìm kiếm"
                    : name.startsWith("JettyServerThreadPool") ? "Jetty"
                    : name.startsWith("bench-web") || name.startsWith("HttpClient") ? "khách đo tải" : null;
            long ns = mx.getThreadCpuTime(t.getThreadId());
            if (group != null && ns > 0) {
                out.merge(group, ns, Long::sum);
            }
        }
        return out;
    }

    private record Result(long[] latencies, long errors) {
        double pct(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1);
            return latencies[Math.max(0, i)] / 1e6;
        }
    }

    private final java.util.concurrent.atomic.AtomicReference<String> firstError =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Result run(String base, List<String> queries, int duration, PrintWriter out) throws Exception {
        long end = System.nanoTime() + duration * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] lat = new long[4_000_000 / connections];
            perThread.add(lat);
            counts.add(0);
            int slot = c;
            Thread t = new Thread(() -> {
                // one client per thread: HTTP/1.1 keep-alive gives one connection each
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                Random random = new Random(slot);
                int n = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    String q = queries.get(random.nextInt(queries.size()));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(10)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            if (errors.incrementAndGet() == 1) {
                                String body = new String(resp.body(), StandardCharsets.UTF_8);
                                firstError.set(resp.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
                            }
                        }
                    } catch (IOException e) {
                        if (errors.incrementAndGet() == 1) {
                            firstError.set(e.toString());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                synchronized (counts) {
                    counts.set(slot, n);
                }
            }, "bench-web-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts.get(c));
            at += counts.get(c);
        }
        Arrays.sort(all);
        return new Result(all, errors.get());
    }

    /** Indexes the corpus, reusing records with new IDs past its end; collects queries from titles. */
    private void build(ArticleIndex index, List<String> queries) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int added = 0;
        int pass = 0;
        while (added < articles) {
            try (BufferedReader in = reader()) {
                String line;
                while (added < articles && (line = in.readLine()) != null) {
                    JsonNode d = json.readTree(line);
                    Article a = article(d, added, pass);
                    index.upsert(new IndexedArticle(a, null, Instant.now()));
                    if (pass == 0 && added % QUERY_EVERY == 0) {
                        queries.add(query(a.title(), added));
                    }
                    added++;
                    if (added % 20_000 == 0) {
                        spec.commandLine().getOut().printf("  %s bài%n", Numbers.integer(added));
                        spec.commandLine().getOut().flush();
                    }
                }
            }
            pass++;
        }
        index.commit();
    }

    /**
     * One query from every 20th article's title: some 4,000 different searches on 100,000 articles, so repeats
     * (which Lucene's caches of filter clauses would answer cheaply) are as rare as on a real site's long tail.
     */
    private static final int QUERY_EVERY = 20;

    private void readQueries(List<String> queries) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = reader()) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null && i < articles) {
                if (i % QUERY_EVERY == 0) {
                    queries.add(query(json.readTree(line).path("title").asText(""), i));
                }
                i++;
            }
        }
    }

    private BufferedReader reader() throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus.require()), 1 << 16),
                StandardCharsets.UTF_8));
    }

    /** Two or three consecutive words of a title: the kind of short query people type. */
    static String query(String title, int seed) {
        String[] words = title.strip().split("\\s+");
        if (words.length < 2) {
            return title.strip();
        }
        int len = 2 + seed % 2;
        int start = (seed / 2) % Math.max(1, words.length - len + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + len)));
    }

    private static Article article(JsonNode d, int n, int pass) {
        long id = 1_000_000L + n;
        String date = d.path("date").asText("");
        LocalDate day;
        try {
            day = date.length() == 10 ? LocalDate.parse(date) : LocalDate.of(2017, 1, 1).plusDays(n % 3300);
        } catch (RuntimeException e) {
            day = LocalDate.of(2017, 1, 1).plusDays(n % 3300);
        }
        OffsetDateTime published = day.atTime(6 + n % 14, n % 60).atZone(VietnamTime.ZONE).toOffsetDateTime();
        String category = d.path("category").asText("");
        if (category.equals("None") || category.equals("null")) {
            category = "";
        }
        List<String> body = new ArrayList<>();
        for (String p : d.path("body").asText("").split("\n+")) {
            if (!p.isBlank()) {
                body.add(p.strip());
            }
        }
        if (pass > 0) {
            java.util.Collections.reverse(body);
        }
        String title = d.path("title").asText("") + (pass > 0 ? " (" + (pass + 1) + ")" : "");
        return new Article(id, "https://bench.invalid/bai-post" + id + ".html", title, d.path("sapo").asText(""),
                "", body, List.of(), "", published, null, category, List.of(), List.of(), List.of(), List.of(),
                ExtractionMethod.PROFILE);
    }
}
