package vn.khotin.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.model.Capture;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.extract.ExtractionReport;
import vn.khotin.extract.ExtractionRules;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;

/**
 * {@code khotin bench extract}: extraction throughput on one core, in pages/s and MB/s of HTML.
 *
 * <p>The pages are real replica pages: the replica serves the news corpus on a local port, the benchmark
 * fetches a spread of its article pages (both eras) once, then extracts all of them on this thread, several
 * times, and prints the median, minimum and maximum. Fetching is not timed; only {@code extract(capture)} is.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Đo tốc độ trích xuất bài trên một lõi (trang/giây, MB/giây) với các trang của bản sao "
                + "dựng từ kho tin.")
final class BenchExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--pages", paramLabel = "N", description = "Số trang bài đem đo (mặc định: ${DEFAULT-VALUE}).",
            defaultValue = "2000")
    int pages;

    @Option(names = "--runs", paramLabel = "N", description = "Số lần đo, lấy trung vị (mặc định: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int runs;

    @Option(names = "--profile", paramLabel = "TỆP", description = "Cấu hình trang (mặc định: ${DEFAULT-VALUE}).",
            defaultValue = "crawler-config/baohatinh.properties")
    Path profile;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || runs < 1) {
            throw UserException.usage("--pages và --runs phải lớn hơn 0.");
        }
        Path corpusFile = corpus.require();
        ArticleExtractor extractor = new ArticleExtractor(rules(profile));
        var out = spec.commandLine().getOut();
        out.printf("Đang dựng bản sao từ %s và tải %d trang bài…%n", corpusFile, pages);
        out.flush();
        List<Capture> captures = fetchPages(corpusFile);
        long bytes = captures.stream().mapToLong(c -> c.body().length).sum();

        measure(extractor, captures); // warm-up: JIT, caches
        double[] pagesPerSecond = new double[runs];
        double[] mbPerSecond = new double[runs];
        ExtractionReport report = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            report = measure(extractor, captures);
            double seconds = (System.nanoTime() - start) / 1e9;
            pagesPerSecond[r] = captures.size() / seconds;
            mbPerSecond[r] = bytes / 1e6 / seconds;
        }

        out.printf(Locale.ROOT, "%nTrích xuất bài: %d trang, %.1f MB HTML (trung bình %.0f KB/trang), 1 luồng, %d lần đo "
                + "(+1 lần khởi động)%n%n", captures.size(), bytes / 1e6, bytes / 1e3 / captures.size(), runs);
        out.printf("%-14s %12s %12s %12s%n", "chỉ số", "trung vị", "nhỏ nhất", "lớn nhất");
        row(out, "trang/giây", pagesPerSecond);
        row(out, "MB/giây", mbPerSecond);
        double[] msPerPage = Arrays.stream(pagesPerSecond).map(p -> 1000 / p).toArray();
        row(out, "ms/trang", msPerPage);
        out.printf("%nKết quả mỗi lần đo: ");
        for (ExtractionMethod m : ExtractionMethod.values()) {
            out.printf("%s %d, ", m, report.count(m));
        }
        out.printf("không phải bài %d, lỗi %d%n", report.pages() - report.articles() - report.failures(),
                report.failures());
        out.flush();
        return 0;
    }

    private static ExtractionReport measure(ArticleExtractor extractor, List<Capture> captures) {
        ExtractionReport report = new ExtractionReport();
        for (Capture c : captures) {
            report.record(extractor.extract(c));
        }
        return report;
    }

    private static void row(java.io.PrintWriter out, String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf(Locale.ROOT, "%-14s %12.1f %12.1f %12.1f%n", name, median, sorted[0], sorted[sorted.length - 1]);
    }

    /** A spread of article pages (every k-th ID, so both eras are represented), fetched once from the replica. */
    private List<Capture> fetchPages(Path corpus) throws IOException, InterruptedException {
        ReplicaConfig config = ReplicaConfig.builder().port(0).corpus(corpus).samples(false).build();
        try (ReplicaServer server = ReplicaServer.start(config)) {
            long[] ids = server.articleIds();
            if (ids.length == 0) {
                throw UserException.runtime("Bản sao không có bài nào từ " + corpus + ".", null);
            }
            int n = Math.min(pages, ids.length);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Capture> captures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long id = ids[(int) ((long) i * ids.length / n)];
                URI uri = server.articleUri(id);
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                captures.add(new Capture(uri.toString(), response.statusCode(), response.headers().map(),
                        response.body(), Instant.now()));
            }
            return captures;
        }
    }

    static ExtractionRules rules(Path profile) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(profile, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw UserException.usage("Không đọc được cấu hình " + profile + ": " + e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        try {
            return ExtractionRules.from(map);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("Cấu hình " + profile + ": " + e.getMessage());
        }
    }
}
