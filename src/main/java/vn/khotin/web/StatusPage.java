package vn.khotin.web;

import java.util.List;
import java.util.Locale;
import vn.khotin.model.CrawlStatus;
import vn.khotin.web.view.Link;
import vn.khotin.web.view.PageView;
import vn.khotin.web.view.StatusView;

/**
 * What the status page ({@code /trang-thai}) shows of the crawler's status, the snapshot {@code GET /api/v1/crawl}
 * answers with: the crawl's counters, the last run, the archive's totals and, while an admin reindex runs, how far
 * it is. Pure functions.
 */
final class StatusPage {

    private StatusPage() {}

    static StatusView view(CrawlStatus s, int articles) {
        List<Link> failures = s.failuresByReason().entrySet().stream()
                .map(e -> new Link(reasonLabel(e.getKey()), "", e.getValue(), false)).toList();
        boolean running = s.state() == CrawlStatus.State.RUNNING || s.state() == CrawlStatus.State.STOPPING;
        CrawlStatus.Totals t = s.totals();
        return new StatusView(new PageView("Trạng thái thu thập – " + Views.SITE, "", "trang-thai"), label(s.state()),
                s.state() != CrawlStatus.State.UNAVAILABLE, Format.number(articles), Format.dateTime(s.lastStarted()),
                Format.dateTime(s.lastFinished()), Format.number(s.pagesFetched()),
                Format.number(s.articlesIndexed()), Format.number(s.queued()), Format.number(s.failures()), failures,
                running, String.format(Locale.ROOT, "%.1f", s.rate()).replace('.', ','),
                s.etaSeconds() == null ? "–" : Format.duration(s.etaSeconds()), lastRun(s.lastRun()),
                s.lastError() == null ? "" : s.lastError(), t != null,
                t == null ? "–" : Format.number(t.captures()),
                t == null ? "–" : Format.number(t.warcFiles()) + " tệp, " + Format.bytes(t.warcBytes()),
                reindex(s.reindex()));
    }

    /** "connect-failed — không kết nối được": the key the API and reports use, and what it means. */
    private static String reasonLabel(String key) {
        String words = CrawlStatus.describeReason(key);
        return words.equals(key) ? key : key + " — " + words;
    }

    /** What the crawler is doing, as the status page says it. */
    private static String label(CrawlStatus.State state) {
        return switch (state) {
            case IDLE -> "đang nghỉ";
            case RUNNING -> "đang thu thập";
            case STOPPING -> "đang dừng";
            case REINDEXING -> "đang lập lại chỉ mục";
            case UNAVAILABLE -> "không gắn bộ thu thập";
        };
    }

    /**
     * How far the running reindex is, in the words of the state above it: "Đang lập lại chỉ mục: đã đọc 1.234 bản
     * lưu (45% kho WARC), đã lập chỉ mục 1.000 bài, bỏ qua 234 bản lưu, còn khoảng 3 phút. Bắt đầu lúc …" while the
     * archive is read, "…; đang gộp phân đoạn. …" once every record is read (the commit and the one-segment merge
     * take a while of their own, with nothing left to count); empty when no reindex runs.
     */
    static String reindex(CrawlStatus.Reindex r) {
        if (r == null) {
            return "";
        }
        StringBuilder line = new StringBuilder("Đang lập lại chỉ mục: đã đọc ")
                .append(Format.number(r.recordsRead())).append(" bản lưu");
        if (!r.merging() && r.bytesTotal() > 0) {
            line.append(" (").append(Math.min(100, r.bytesRead() * 100 / r.bytesTotal())).append("% kho WARC)");
        }
        line.append(", đã lập chỉ mục ").append(Format.number(r.articlesIndexed())).append(" bài");
        if (r.recordsSkipped() > 0) {
            line.append(", bỏ qua ").append(Format.number(r.recordsSkipped())).append(" bản lưu");
        }
        if (r.merging()) {
            line.append("; đang gộp phân đoạn");
        } else if (r.etaSeconds() != null) {
            line.append(", còn khoảng ").append(Format.duration(r.etaSeconds()));
        }
        return line.append(". Bắt đầu lúc ").append(Format.dateTime(r.started())).append('.').toString();
    }

    private static String lastRun(CrawlStatus.RunSummary r) {
        if (r == null) {
            return "";
        }
        return "Lần " + r.run() + ": " + Format.dateTime(r.started()) + " – " + Format.dateTime(r.finished())
                + " (" + Format.duration(Math.round(r.seconds())) + "), " + (r.complete() ? "trọn vẹn" : "dừng giữa chừng")
                + "; " + Format.number(r.requests()) + " yêu cầu, " + Format.number(r.pagesFetched()) + " trang tải về, "
                + Format.number(r.articlesIndexed()) + " bài lập chỉ mục, " + Format.number(r.failures()) + " lỗi.";
    }
}
