package vn.khotin.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;

/**
 * {@code khotin bench replica}: startup time, heap and page render times of the replica serving a large corpus
 * (by default 100,000 articles: the shared news corpus, topped up with re-keyed copies of its lines).
 */
@Command(name = "replica", mixinStandardHelpOptions = true,
        description = "Đo bản sao baohatinh.vn với kho lớn: thời gian khởi động, bộ nhớ heap, thời gian dựng trang.")
final class BenchReplicaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--articles", description = "Số bài cần phục vụ (bổ sung bằng bản sao đổi id). Mặc định: ${DEFAULT-VALUE}.")
    int articles = 100_000;

    @Option(names = "--runs", description = "Số lần khởi động để lấy trung vị. Mặc định: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--pages", description = "Số trang bài viết ngẫu nhiên cần tải. Mặc định: ${DEFAULT-VALUE}.")
    int pages = 300;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path source = corpus.require();
        if (articles < 1 || runs < 1 || pages < 1) {
            throw UserException.usage("--articles, --runs và --pages phải lớn hơn 0");
        }
        Path dir = Files.createTempDirectory("khotin-bench-replica-");
        Path plain = dir.resolve("corpus.jsonl");
        try {
            long lines = prepare(source, plain, articles);
            Path gz = dir.resolve("corpus.jsonl.gz");
            try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
                Files.copy(plain, o);
            }
            out.printf(Locale.ROOT, "Kho thử: %,d bài (%s MB .jsonl, %s MB .jsonl.gz)%n", lines,
                    Files.size(plain) >> 20, Files.size(gz) >> 20);
            out.println("| tệp | khởi động trung vị (ms) | heap sau GC (MB) | bài | trang bài trung vị (ms) | p95 (ms) | sitemap tháng trung vị (ms) |");
            out.println("|---|---|---|---|---|---|---|");
            for (Path f : List.of(plain, gz)) {
                measure(out, f);
            }
            out.flush();
            return 0;
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private void measure(PrintWriter out, Path f) throws Exception {
        long[] startMs = new long[runs];
        long heapMb = 0;
        int count = 0;
        double[] page = new double[0];
        double[] sitemap = new double[0];
        for (int r = 0; r < runs; r++) {
            System.gc();
            long t0 = System.nanoTime();
            try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().corpus(f).build())) {
                startMs[r] = (System.nanoTime() - t0) / 1_000_000;
                if (r == runs - 1) {
                    System.gc();
                    Thread.sleep(200);
                    System.gc();
                    heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                    count = s.articleCount();
                    page = fetchPages(s);
                    sitemap = fetchSitemaps(s);
                }
            }
        }
        Arrays.sort(startMs);
        out.printf(Locale.ROOT, "| %s | %d | %d | %,d | %.1f | %.1f | %.1f |%n", f.getFileName(), startMs[runs / 2], heapMb, count,
                pct(page, 50), pct(page, 95), pct(sitemap, 50));
    }

    private double[] fetchPages(ReplicaServer s) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        long[] ids = s.articleIds();
        Random rnd = new Random(1);
        double[] t = new double[pages];
        for (int i = 0; i < pages; i++) {
            URI u = s.articleUri(ids[rnd.nextInt(ids.length)]);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofByteArray());
            t[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(u + " → " + r.statusCode());
            }
        }
        return t;
    }

    private double[] fetchSitemaps(ReplicaServer s) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        String index = c.send(HttpRequest.newBuilder(s.uri("/sitemap.xml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> locs = new ArrayList<>();
        for (String part : index.split("<loc>")) {
            if (part.contains("/news-")) {
                locs.add(part.substring(0, part.indexOf("</loc>")));
            }
        }
        double[] t = new double[Math.min(12, locs.size())];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            c.send(HttpRequest.newBuilder(URI.create(locs.get(i * locs.size() / t.length))).build(), HttpResponse.BodyHandlers.discarding());
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return t;
    }

    private static double pct(double[] v, int p) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    /** Copies the source and tops it up to {@code n} lines with copies whose id gets a "-copyK" suffix. */
    private static long prepare(Path source, Path target, int n) throws IOException {
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            int copy = 0;
            while (written < n) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(open(source), StandardCharsets.UTF_8), 1 << 16)) {
                    String line;
                    while (written < n && (line = r.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        if (copy > 0) {
                            line = line.replaceFirst("\"id\"\\s*:\\s*\"([^\"]*)\"", "\"id\":\"$1-copy" + copy + "\"")
                                    .replaceFirst("\"id\"\\s*:\\s*(\\d+)", "\"id\":\"$1-copy" + copy + "\"");
                        }
                        w.write(line);
                        w.write('\n');
                        written++;
                    }
                }
                copy++;
                if (copy > 1000) {
                    break;
                }
            }
        }
        return written;
    }

    private static java.io.InputStream open(Path p) throws IOException {
        java.io.InputStream in = Files.newInputStream(p);
        return p.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
