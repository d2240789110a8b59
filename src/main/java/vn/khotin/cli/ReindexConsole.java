package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khotin.pipeline.ReindexReporting;
import vn.khotin.pipeline.Reindexer;

/**
 * What a rebuild of the index from WARC prints, for {@code khotin reindex} and for the admin reindex of a running
 * server: the progress {@code import} shows ({@link ProgressLine}), then a summary in which every record read is
 * either an article indexed or skipped for a named reason.
 */
final class ReindexConsole implements ReindexReporting.Listener {

    private final PrintWriter out;
    private final ProgressLine line;

    /** @param terminal whether {@code out} is a terminal (progress redrawn in place) */
    ReindexConsole(PrintWriter out, boolean terminal) {
        this.out = out;
        this.line = new ProgressLine(out, terminal);
    }

    /** The first line, before anything is read. */
    void started(int files, long bytes) {
        out.println("Đang dựng lại chỉ mục từ " + Numbers.integer(files) + " tệp WARC (" + Numbers.bytes(bytes) + ")…");
        out.flush();
    }

    @Override
    public void progress(ReindexReporting.Progress p) {
        line.show(p, ProgressLine.bar("Đang lập chỉ mục", p)
                + (p.skipped() > 0 ? " · bỏ qua " + Numbers.integer(p.skipped()) + " bản lưu" : ""));
    }

    @Override
    public void merging() {
        line.finish();
        out.println("Đang ghi chỉ mục và gộp thành một phân đoạn…");
        out.flush();
    }

    /** The summary at the end. */
    void finished(ReindexReporting.Result r, long indexArticles) {
        line.finish();
        summary(r, indexArticles).forEach(out::println);
        out.flush();
    }

    /**
     * "Xong: đọc 1.112 bản lưu (1.112 trang đã tải), lập chỉ mục 636 lượt bài, bỏ qua 476 bản lưu, trong 11 giây.
     * Kho có 636 bài.", then why records were skipped, articles removed, files damaged: one line each, when any.
     */
    static List<String> summary(ReindexReporting.Result r, long indexArticles) {
        List<String> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        if (r.pages() > 0) {
            kinds.add(Numbers.integer(r.pages()) + " trang đã tải");
        }
        if (r.resources() > 0) {
            kinds.add(Numbers.integer(r.resources()) + " bài nhập");
        }
        lines.add((r.complete() ? "Xong" : "Đã dừng giữa chừng") + ": đọc " + Numbers.integer(r.records()) + " bản lưu"
                + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")") + ", lập chỉ mục "
                + Numbers.integer(r.articles()) + " lượt bài, bỏ qua " + Numbers.integer(r.skippedRecords())
                + " bản lưu, trong " + Numbers.duration(r.took()) + ". Kho có " + Numbers.integer(indexArticles) + " bài.");
        if (r.skippedRecords() > 0) {
            List<String> reasons = new ArrayList<>();
            r.skipped().forEach((reason, details) -> reasons.add(reason(reason, details)));
            lines.add("Bỏ qua: " + String.join("; ", reasons) + ".");
        }
        if (r.removed() > 0) {
            lines.add("Đã xóa khỏi chỉ mục " + Numbers.integer(r.removed()) + " bài mà kho WARC không còn.");
        }
        r.damaged().forEach((file, offset) -> lines.add("Tệp WARC " + file + " hỏng, chỉ đọc được đến byte "
                + Numbers.integer(offset) + "; các bản lưu sau đó không được lập chỉ mục."));
        return lines;
    }

    /** "142 phản hồi HTTP khác 200 (301: 1, 429: 49, …)": statuses in order, other details most frequent first. */
    private static String reason(ReindexReporting.Skip reason, Map<String, Long> details) {
        long total = details.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder(Numbers.integer(total)).append(' ').append(switch (reason) {
            case HTTP_STATUS -> "phản hồi HTTP khác 200";
            case TRUNCATED -> "trang bị cắt ngang khi tải";
            case NOT_MODIFIED -> "lần tải lại không đổi (304)";
            case NOT_ARTICLE -> "trang không phải bài";
            case EXTRACTION_FAILED -> "trang không trích được bài";
            case IMPORT_UNREADABLE -> "bài nhập không đọc lại được";
            case INDEX_REFUSED -> "bài bị chỉ mục từ chối (có từ dài quá giới hạn)";
            case OTHER_RESOURCE -> "bản ghi resource không phải bài nhập";
        });
        if (!details.keySet().equals(Set.of(""))) {
            List<Map.Entry<String, Long>> entries = new ArrayList<>(details.entrySet());
            if (reason != ReindexReporting.Skip.HTTP_STATUS) {
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            }
            StringBuilder parts = new StringBuilder();
            entries.forEach(e -> parts.append(parts.isEmpty() ? "" : ", ").append(detail(reason, e.getKey()))
                    .append(": ").append(Numbers.integer(e.getValue())));
            sb.append(" (").append(parts).append(')');
        }
        return sb.toString();
    }

    /** A page kind or a failure code in words; one the profile made up is shown as written. */
    private static String detail(ReindexReporting.Skip reason, String detail) {
        return switch (reason) {
            case NOT_ARTICLE -> switch (detail) {
                case "listing" -> "trang danh sách";
                case "section" -> "chuyên trang";
                case "tag" -> "trang thẻ";
                case "topic" -> "trang chủ đề";
                case "tool" -> "trang tiện ích";
                case "tv" -> "truyền hình";
                case "video" -> "video";
                case "page" -> "trang không có mã bài";
                case "no-text" -> "bài không có nội dung";
                case "non-html" -> "không phải HTML";
                default -> detail;
            };
            case EXTRACTION_FAILED -> switch (detail) {
                case "empty-body" -> "trang rỗng";
                case "timeout" -> "quá thời gian";
                case "too-complex" -> "trang quá phức tạp";
                case "no-title" -> "không có tiêu đề";
                case "exception" -> "lỗi bất ngờ";
                default -> detail;
            };
            default -> detail;
        };
    }
}
