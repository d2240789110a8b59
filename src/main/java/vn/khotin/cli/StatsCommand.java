package vn.khotin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.pipeline.Workspace;

/** {@code khotin stats}: the archive's counts. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "In số liệu của kho: số bài, số bản lưu, dung lượng WARC, lỗi theo nguyên nhân.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    Options.Data data = new Options.Data();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!java.nio.file.Files.isDirectory(data.dir)) {
            throw UserException.usage("Không có thư mục dữ liệu " + data.dir.toAbsolutePath()
                    + " (chạy 'khotin crawl' trước, hoặc chỉ rõ bằng --data).");
        }
        try (Workspace ws = Workspace.open(data.dir)) {
            CrawlStore store = ws.store();
            ArticleIndex index = ws.index();
            out.println("Kho dữ liệu: " + ws.data().root());
            out.printf("Bài trong chỉ mục:     %,d%n", index.count());
            if (index.analysisOutdated()) {
                out.printf("Phân tích tiếng Việt:  chỉ mục dựng với phiên bản %s, chương trình dùng phiên bản %s — "
                        + "chạy `khotin reindex` để tìm đủ các từ ghép%n", index.analysisVersion(),
                        vn.khotin.index.ArticleSchema.ANALYSIS_VERSION);
            }
            out.printf("Bản lưu (capture):     %,d%n", store.captureCount());
            var files = ws.archive().files();
            out.printf("Tệp WARC:              %,d tệp, %s%n", files.size(), bytes(ws.archive().totalBytes()));
            out.printf("Số lần thu thập:       %,d%n", store.runCount());
            out.println("URL theo trạng thái:   " + join(store.countByState()));
            out.println("URL theo loại:         " + join(store.countByKind()));
            out.println("Phản hồi theo mã HTTP: " + join(store.capturesByStatus()));
            Map<String, Long> failures = store.failuresByReason();
            out.println("Lỗi theo nguyên nhân:  " + (failures.isEmpty() ? "không có" : join(failures)));
            out.println("Bài cũ nhất:           " + describe(index, index.byPublished(false)));
            out.println("Bài mới nhất:          " + describe(index, index.byPublished(true)));
            out.flush();
        }
        return 0;
    }

    private static String describe(ArticleIndex index, OptionalLong id) {
        if (id.isEmpty()) {
            return "không có";
        }
        return index.source(id.getAsLong()).map(json -> {
            try {
                JsonNode n = ArticleJson.newMapper().readTree(json);
                return n.path("published").asText("") + "  " + n.path("title").asText("") + "  (" + id.getAsLong() + ")";
            } catch (java.io.IOException e) {
                return Long.toString(id.getAsLong());
            }
        }).orElse(Long.toString(id.getAsLong()));
    }

    private static String join(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(String.format("%,d", v)));
        return sb.isEmpty() ? "không có" : sb.toString();
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format("%.1f KiB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format("%.1f MiB", n / (1024.0 * 1024));
        }
        return String.format("%.2f GiB", n / (1024.0 * 1024 * 1024));
    }
}
