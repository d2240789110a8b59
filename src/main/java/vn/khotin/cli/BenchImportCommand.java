package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.ImportResult;
import vn.khotin.pipeline.Importer;
import vn.khotin.pipeline.Workspace;
import vn.khotin.search.eval.ArchiveGenerator;

/**
 * {@code khotin bench import}: for each size, a generated archive ({@link ArchiveGenerator}, not timed) imported
 * into a fresh data directory in this process ({@link Importer}, every core): import rate by the clock and by CPU
 * time (the machine may be shared; the CPU time says what the import costs), the final merge, index and WARC
 * sizes, and the heap still in use after the import with the index open.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Đo nhập dữ liệu (khotin import) ở nhiều quy mô: tốc độ, CPU, dung lượng chỉ mục và WARC, heap sau khi nhập.")
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "DANH_SÁCH", split = ",", defaultValue = "10000,100000",
            description = "Các quy mô cần đo, cách nhau bằng dấu phẩy (mặc định: ${DEFAULT-VALUE}; 1000000 theo yêu cầu).")
    List<Long> sizes;

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng nhập (mặc định: số nhân của máy).")
    Integer threads;

    @Option(names = "--work", paramLabel = "THƯ_MỤC",
            description = "Thư mục làm việc (tệp sinh ra và thư mục dữ liệu); mặc định một thư mục tạm, xóa khi xong.")
    Path work;

    @Option(names = "--keep", description = "Giữ tệp sinh ra và thư mục dữ liệu sau khi đo.")
    boolean keep;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Mixin
    ScaleFigures.Record recorder = new ScaleFigures.Record();

    @Spec
    CommandSpec spec;

    /** One measured size. */
    record Row(long articles, ImportResult result, double cpuSeconds, long indexBytes, long warcBytes,
            long heapBytes, String load) {}

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || sizes.stream().anyMatch(s -> s < 1)) {
            throw UserException.usage("Cần --threads ≥ 1 và mỗi quy mô ≥ 1 bài.");
        }
        Path file = corpus.require();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("khotin-bench-import-");
        List<Row> rows = new ArrayList<>();
        try {
            for (long size : sizes) {
                Path input = dir.resolve("generated-" + size + ".jsonl.gz");
                if (!Files.isRegularFile(input)) {
                    out.printf("Đang tạo %s bài …%n", ImportConsole.number(size));
                    out.flush();
                    BenchGenerateCommand.print(out, ArchiveGenerator.generate(
                            new ArchiveGenerator.Options(file, size, input, 2026, 100_000_001L), k -> { }), input);
                }
                rows.add(measure(input, dir.resolve("data-" + size), size, n, out));
            }
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
        print(out, rows, n);
        recorder.append(figures(rows), out);
        return 0;
    }

    /** CPU and index size per article of each size, for {@code --record}. */
    private static List<ScaleFigures.Figure> figures(List<Row> rows) {
        List<ScaleFigures.Figure> figures = new ArrayList<>();
        for (Row row : rows) {
            long imported = Math.max(1, row.result().imported());
            figures.add(new ScaleFigures.Figure(ScaleFigures.IMPORT_CPU, row.articles(), row.cpuSeconds() * 1000 / imported));
            figures.add(new ScaleFigures.Figure(ScaleFigures.INDEX_SIZE, row.articles(), row.indexBytes() / 1e3 / imported));
        }
        return figures;
    }

    private Row measure(Path input, Path data, long size, int n, PrintWriter out) throws IOException {
        deleteTree(data);
        String load = loadAverage();
        double cpu0 = processCpuSeconds();
        ImportResult r;
        long heap;
        try (Workspace ws = Workspace.open(data, Importer.INDEX_OPTIONS);
                ImportConsole console = new ImportConsole(out, out, Terminal.attached(),
                        data.resolve("reports").resolve("import-loi.tsv"))) {
            r = Importer.run(ws, Importer.Options.of(input).withThreads(n), console);
            console.finished(r);
            heap = heapAfterGc();
        }
        double cpu = processCpuSeconds() - cpu0;
        return new Row(size, r, cpu, treeBytes(data.resolve("lucene")), treeBytes(data.resolve("warc")), heap,
                load + " → " + loadAverage());
    }

    private static void print(PrintWriter out, List<Row> rows, int threads) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.println();
        out.printf("| Số bài | Nhập (đọc + lưu + lập chỉ mục) | bài/s | CPU | ms CPU/bài | bài/s ước tính nếu %d nhân rảnh "
                + "| Gộp thành 1 phân đoạn | Chỉ mục | WARC | Heap sau khi nhập | Tải máy (1/5/15 phút) |%n", cores);
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            ImportResult r = row.result();
            double msPerArticle = row.cpuSeconds() * 1000 / Math.max(1, r.imported());
            out.printf(ImportConsole.VI, "| %s | %.1f s | %,.0f | %.1f s | %.2f | %,.0f | %.1f s | %,.1f MB | %,.1f MB | %,.0f MB | %s |%n",
                    ImportConsole.number(r.imported()), r.reading().toMillis() / 1000.0, r.rate(), row.cpuSeconds(),
                    msPerArticle, cores * 1000 / msPerArticle, r.merge().toMillis() / 1000.0,
                    row.indexBytes() / 1e6, row.warcBytes() / 1e6, row.heapBytes() / 1e6, row.load());
        }
        out.println();
        out.printf("%d luồng nhập, phân tích tiếng Việt đầy đủ. CPU: thời gian CPU của cả tiến trình khi nhập và gộp "
                + "(cả GC, JIT, gộp phân đoạn); \"ước tính nếu %d nhân rảnh\" = %d ÷ CPU mỗi bài, vì máy dùng chung "
                + "làm tốc độ theo đồng hồ dao động. Heap: bộ nhớ heap còn dùng sau GC, chỉ mục vẫn mở.%n",
                threads, cores, cores);
        out.flush();
    }

    private static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long treeBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
