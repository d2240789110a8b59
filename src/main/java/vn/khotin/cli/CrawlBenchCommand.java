package vn.khotin.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.CrawlListener;
import vn.khotin.pipeline.CrawlRun;
import vn.khotin.pipeline.Workspace;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin bench crawl}: the crawler's own overhead. Starts the replica in this JVM with N articles and
 * no faults, crawls it on loopback with politeness off (no rate limit, no Crawl-delay), into a fresh data
 * directory each run, and prints medians: pages per second and CPU milliseconds per page, for the crawl
 * thread (fetch, discovery, WARC, crawl store) and the whole process (which includes the replica serving).
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Đo chi phí của bộ thu thập: thu thập bản sao cục bộ (trong cùng JVM, không giới hạn tốc độ), in trang/giây và mili giây CPU mỗi trang (trung vị).")
final class CrawlBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "Số bài của bản sao. Mặc định: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3",
            description = "Số lần đo (lấy trung vị). Mặc định: ${DEFAULT-VALUE}.")
    int runs;

    @Mixin
    Options.Site site = new Options.Site();

    @Spec
    CommandSpec spec;

    record Measure(double seconds, long pages, long requests, double crawlCpuMs, double processCpuMs) {}

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || runs < 1) {
            throw UserException.usage("--articles và --runs phải là số dương.");
        }
        SiteProfile profile = site.profile();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Đo bộ thu thập: %d bài, %d lần, không giới hạn tốc độ, qua loopback…%n", articles, runs);
        out.flush();
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            measures.add(once(profile));
            Measure m = measures.get(measures.size() - 1);
            out.printf("  lần %d: %d trang trong %.2f giây%n", i + 1, m.pages(), m.seconds());
            out.flush();
        }
        double[] pps = measures.stream().mapToDouble(m -> m.pages() / m.seconds()).toArray();
        double[] crawlCpu = measures.stream().mapToDouble(m -> m.crawlCpuMs() / m.pages()).toArray();
        double[] procCpu = measures.stream().mapToDouble(m -> m.processCpuMs() / m.pages()).toArray();
        double[] rps = measures.stream().mapToDouble(m -> m.requests() / m.seconds()).toArray();
        out.println();
        out.println("| chỉ số (trung vị của " + runs + " lần)              | giá trị |");
        out.println("|---------------------------------------------|--------:|");
        out.printf("| trang/giây (2xx có nội dung)                | %7.1f |%n", median(pps));
        out.printf("| yêu cầu/giây                                | %7.1f |%n", median(rps));
        out.printf("| ms CPU/trang, luồng thu thập                | %7.2f |%n", median(crawlCpu));
        out.printf("| ms CPU/trang, cả tiến trình (gồm bản sao)   | %7.2f |%n", median(procCpu));
        out.flush();
        return 0;
    }

    private Measure once(SiteProfile profile) throws Exception {
        Path dir = Files.createTempDirectory("khotin-bench-crawl");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ReplicaServer replica = ReplicaServer.start(ReplicaConfig.builder().crawlDelaySeconds(0)
                .rateLimitPerSecond(Integer.MAX_VALUE).build())) {
            int missing = articles - replica.articleCount();
            if (missing > 0) {
                replica.addGeneratedArticles(missing);
            }
            var settings = profile.crawl().withOrigin(replica.baseUri().toString().replaceAll("/$", ""))
                    .withRate(1_000_000);
            SiteProfile unpaced = profile.withCrawl(settings);
            Map<String, Object> report;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long proc0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (Workspace ws = Workspace.open(dir)) {
                report = CrawlRun.execute(ws, unpaced, 0, () -> false, CrawlListener.NONE).report();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double crawlCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            double procCpu = (os.getProcessCpuTime() - proc0) / 1e6;
            @SuppressWarnings("unchecked")
            Map<String, Object> crawl = (Map<String, Object>) report.get("crawl");
            return new Measure(seconds, ((Number) crawl.get("fullFetches")).longValue(),
                    ((Number) crawl.get("requests")).longValue(), crawlCpu, procCpu);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
