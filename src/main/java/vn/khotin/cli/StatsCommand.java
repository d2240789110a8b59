package vn.khotin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.CrawlStatus;
import vn.khotin.model.VietnamTime;
import vn.khotin.pipeline.ArchiveReader;

/**
 * {@code khotin stats}: the archive's counts, one labelled row each, values in one column, words in Vietnamese
 * (the crawl store's states and kinds are English codes).
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "In số liệu của kho: số bài, dung lượng chỉ mục và WARC, bài cũ nhất và mới nhất; số bản lưu, "
                + "mã HTTP, URL theo trạng thái và loại, lỗi theo nguyên nhân của các lần thu thập (chỉ đọc: chạy được "
                + "khi serve hoặc crawl đang ghi vào cùng thư mục).")
final class StatsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Mixin
    Options.Data data = new Options.Data();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Read-only: works beside a server or crawl writing the same directory, and takes no lock.
        try (ArchiveReader archive = ArchiveReader.open(data.dir)) {
            List<String[]> rows = new ArrayList<>();
            rows.add(row("Kho dữ liệu", archive.root().toString()));
            archive.writer().ifPresent(pid -> rows.add(row("Đang được ghi bởi", "tiến trình khotin PID " + pid
                    + " (số liệu dưới đây là của lần lưu gần nhất)")));
            ArticleIndex index = archive.index().orElse(null);
            rows.add(row("Bài trong chỉ mục", Numbers.integer(index == null ? 0 : index.count())));
            if (index != null) {
                rows.add(row("Chỉ mục trên đĩa", Numbers.bytes(index.sizeInBytes())));
                if (index.analysisOutdated()) {
                    String gains = ArticleSchema.reindexGains(index.analysisVersion());
                    rows.add(row("Phân tích tiếng Việt", "chỉ mục dựng với phiên bản " + index.analysisVersion()
                            + ", chương trình dùng phiên bản " + ArticleSchema.ANALYSIS_VERSION
                            + (archive.writer().isPresent() ? " (tiến trình đang ghi có thể đang dựng lại)"
                                    : " — chạy `khotin reindex`" + (gains.isEmpty() ? "" : " để " + gains))));
                }
            }
            rows.add(row("Bài cũ nhất", index == null ? "không có" : describe(index, index.byPublished(false))));
            rows.add(row("Bài mới nhất", index == null ? "không có" : describe(index, index.byPublished(true))));
            rows.add(row("Tệp WARC", Numbers.integer(archive.warcFiles().size()) + " tệp, "
                    + Numbers.bytes(archive.warcBytes())));
            CrawlStore store = archive.store().orElse(null);
            long runs = store == null ? 0 : store.runCount();
            if (runs == 0) {
                rows.add(row("Thu thập", "chưa chạy lần nào"
                        + (index != null && index.count() > 0 ? " (bài trong chỉ mục đến từ import)" : "")));
            } else {
                rows.add(row("Số lần thu thập", Numbers.integer(runs)));
                // import records are in WARC too, but crawl.db counts only what the crawler fetched
                rows.add(row("Bản lưu từ thu thập", Numbers.integer(store.captureCount())));
                rows.add(row("Phản hồi theo mã HTTP", list(store.capturesByStatus(), code -> code, false)));
                rows.add(row("URL theo trạng thái", total(store.countByState(), StatsCommand::state)));
                rows.add(row("URL theo loại", total(store.countByKind(), StatsCommand::kind)));
                rows.add(row("URL lỗi theo nguyên nhân", list(store.failuresByReason(), CrawlStatus::describeReason,
                        true)));
            }
            print(out, rows);
        }
        return 0;
    }

    private static String[] row(String label, String value) {
        return new String[] {label + ":", value};
    }

    /** Values start in one column, one space after the longest label. */
    private static void print(PrintWriter out, List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 1;
        for (String[] r : rows) {
            out.println(r[0] + " ".repeat(width - r[0].length()) + r[1]);
        }
        out.flush();
    }

    /** "06/03/2012 09:11 · title (mã 60743)", in Vietnam time; the day alone when the time is unknown (00:00). */
    private static String describe(ArticleIndex index, OptionalLong id) {
        if (id.isEmpty()) {
            return "không có";
        }
        String code = "(mã " + id.getAsLong() + ")";
        return index.source(id.getAsLong()).map(json -> {
            try {
                JsonNode n = ArticleJson.newMapper().readTree(json);
                return when(n.path("published").asText("")) + " · " + n.path("title").asText("") + " " + code;
            } catch (java.io.IOException e) {
                return code;
            }
        }).orElse(code);
    }

    private static String when(String iso) {
        try {
            ZonedDateTime t = OffsetDateTime.parse(iso).atZoneSameInstant(VietnamTime.ZONE);
            return (t.getHour() == 0 && t.getMinute() == 0 ? DAY : DAY_TIME).format(t);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** "970 (đã tải: 967, chuyển hướng: 3)": the total, then each part, largest first. */
    private static String total(Map<String, Long> counts, Function<String, String> words) {
        long sum = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.isEmpty() ? "không có" : Numbers.integer(sum) + " (" + list(counts, words, true) + ")";
    }

    /** "200: 970, 301: 1", in key order or largest first. */
    private static String list(Map<String, Long> counts, Function<String, String> words, boolean largestFirst) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        if (largestFirst) {
            entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        }
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.append(sb.isEmpty() ? "" : ", ").append(words.apply(e.getKey())).append(": ")
                .append(Numbers.integer(e.getValue())));
        return sb.isEmpty() ? "không có" : sb.toString();
    }

    private static String state(String code) {
        try {
            return switch (CrawlStore.State.valueOf(code)) {
                case QUEUED -> "chờ tải";
                case FETCHED -> "đã tải";
                case FAILED -> "lỗi";
                case REDIRECTED -> "chuyển hướng";
                case DISALLOWED -> "bị chặn (robots.txt, cấu hình)";
                case DUPLICATE -> "trùng URL chuẩn";
            };
        } catch (IllegalArgumentException e) {
            return code; // written by a newer version
        }
    }

    private static String kind(String code) {
        try {
            return switch (CrawlStore.Kind.valueOf(code)) {
                case ARTICLE -> "bài";
                case PAGE -> "trang khác";
                case SITEMAP -> "sitemap";
                case FEED -> "RSS";
            };
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
