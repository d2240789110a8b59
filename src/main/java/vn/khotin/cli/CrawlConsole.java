package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.CrawlSettings;
import vn.khotin.crawl.CrawlStats;
import vn.khotin.crawl.Crawler;
import vn.khotin.pipeline.CrawlController;
import vn.khotin.pipeline.CrawlOutcome;
import vn.khotin.pipeline.PipelineException;
import vn.khotin.pipeline.Reindexer;

/**
 * What a crawl run (or a reindex job of the server) prints: a live progress line on a terminal (a log line every
 * 30 s elsewhere) and a Vietnamese summary at the end.
 */
final class CrawlConsole implements CrawlController.Listener {

    private static final Logger PROGRESS = LoggerFactory.getLogger("vn.khotin.crawl.progress");
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private long lastLog = System.nanoTime();
    private boolean drawn;

    /**
     * @param terminal whether {@code out} is a terminal (live progress line) or a log (a line every 30 s)
     */
    CrawlConsole(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void recovered(int captures) {
        if (captures > 0) {
            out.println("Đã lập chỉ mục lại " + captures
                    + " trang đã tải nhưng chưa kịp lưu vào chỉ mục ở lần chạy trước.");
        }
    }

    @Override
    public void crawlStarted(CrawlSettings settings) {
        out.println("Đang thu thập " + settings.origin() + " (tối đa "
                + String.format(Locale.ROOT, "%.1f", settings.requestsPerSecond()) + " yêu cầu/giây)…");
        out.flush();
        lastLog = System.nanoTime();
    }

    @Override
    public void progress(Crawler.Progress p) {
        String eta = p.rate() > 0 && p.queued() > 0 ? duration((long) (p.queued() / p.rate())) : "-";
        String text = String.format(Locale.ROOT, "Đã tải %d | hàng đợi %d | lỗi %d | %.1f yêu cầu/giây | còn khoảng %s",
                p.fullFetches(), p.queued(), p.failed(), p.rate(), eta);
        if (terminal) {
            out.print("\r" + text + "\u001b[K");
            out.flush();
            drawn = true;
        } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            PROGRESS.info("{}", text);
        }
    }

    @Override
    public void crawlEnded() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    @Override
    public void finished(CrawlOutcome o) {
        CrawlStats stats = o.stats();
        out.printf("Xong: %d bài được lập chỉ mục, %d trang đã tải, %d lỗi, trong %d giây. Kho có %d bài.%n",
                o.articlesIndexed(), stats.fullFetches(), stats.failed(), o.took().toSeconds(), o.indexArticles());
        out.printf("Yêu cầu: %d (%s); thử lại %d lần; không đổi (304): %s; báo cáo: %s%n", stats.requests(),
                byStatus(stats), stats.snapshot().get("retries"), stats.snapshot().get("notModified"),
                o.reportFile() == null ? "-" : o.reportFile());
        if (!o.complete()) {
            out.println("Đã dừng giữa chừng; chạy lại lệnh để tiếp tục từ chỗ dừng.");
        }
        out.flush();
    }

    @Override
    public void reindexStarted() {
        out.println("Đang lập lại chỉ mục từ kho WARC…");
        out.flush();
    }

    @Override
    public void reindexFinished(Reindexer.Result r, int indexArticles) {
        out.printf("%s: đọc %d bản lưu, lập chỉ mục %d lượt bài, bỏ %d bài không còn trong kho WARC, trong %d giây."
                + " Kho có %d bài.%n", r.complete() ? "Đã lập lại chỉ mục" : "Đã dừng lập lại chỉ mục giữa chừng",
                r.captures(), r.articles(), r.removed(), r.took().toSeconds(), indexArticles);
        out.flush();
    }

    @Override
    public void failed(PipelineException e) {
        out.println("Lỗi: " + e.getMessage());
        out.flush();
    }

    private static String byStatus(CrawlStats stats) {
        @SuppressWarnings("unchecked")
        Map<String, Long> m = (Map<String, Long>) stats.snapshot().get("byStatus");
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k.equals("0") ? "lỗi mạng" : k).append(": ").append(v));
        return sb.isEmpty() ? "không có" : sb.toString();
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " giây";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " phút";
        }
        return (seconds / 3600) + " giờ " + (seconds % 3600 / 60) + " phút";
    }
}
