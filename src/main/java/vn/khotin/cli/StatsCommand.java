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
import vn.khotin.pipeline.ArchiveReader;

/** {@code khotin stats}: the archive's counts. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "In số liệu của kho: số bài, số bản lưu, dung lượng WARC, lỗi theo nguyên nhân (chỉ đọc: "
                + "chạy được khi serve hoặc crawl đang ghi vào cùng thư mục).")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    Options.Data data = new Options.Data();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Read-only: works beside a server or crawl writing the same directory, and takes no lock.
        try (ArchiveReader archive = ArchiveReader.open(data.dir)) {
            out.println("Kho dữ liệu: " + archive.root());
            archive.writer().ifPresent(pid -> out.println("Đang được ghi bởi: tiến trình khotin PID " + pid
                    + " (số liệu dưới đây là của lần lưu gần nhất)"));
            ArticleIndex index = archive.index().orElse(null);
            out.println("Bài trong chỉ mục:     " + Numbers.integer(index == null ? 0 : index.count()));
            if (index != null && index.analysisOutdated()) {
                out.println("Phân tích tiếng Việt:  chỉ mục dựng với phiên bản " + index.analysisVersion()
                        + ", chương trình dùng phiên bản " + vn.khotin.index.ArticleSchema.ANALYSIS_VERSION
                        + " — chạy `khotin reindex` để tìm đủ các từ ghép");
            }
            CrawlStore store = archive.store().orElse(null);
            out.println("Bản lưu (capture):     " + Numbers.integer(store == null ? 0 : store.captureCount()));
            out.println("Tệp WARC:              " + Numbers.integer(archive.warcFiles().size()) + " tệp, "
                    + Numbers.bytes(archive.warcBytes()));
            out.println("Số lần thu thập:       " + Numbers.integer(store == null ? 0 : store.runCount()));
            out.println("URL theo trạng thái:   " + (store == null ? "không có" : join(store.countByState())));
            out.println("URL theo loại:         " + (store == null ? "không có" : join(store.countByKind())));
            out.println("Phản hồi theo mã HTTP: " + (store == null ? "không có" : join(store.capturesByStatus())));
            Map<String, Long> failures = store == null ? Map.of() : store.failuresByReason();
            out.println("Lỗi theo nguyên nhân:  " + (failures.isEmpty() ? "không có" : join(failures)));
            out.println("Bài cũ nhất:           " + (index == null ? "không có" : describe(index, index.byPublished(false))));
            out.println("Bài mới nhất:          " + (index == null ? "không có" : describe(index, index.byPublished(true))));
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
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(Numbers.integer(v)));
        return sb.isEmpty() ? "không có" : sb.toString();
    }
}
