package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.CrawlSettings;
import vn.khotin.crawl.CrawlStats;
import vn.khotin.crawl.Crawler;
import vn.khotin.pipeline.ReindexReporting;
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
    private final int maxArticles;
    private final String throwAwayNote;
    private final ReindexConsole reindex;
    private long lastLog = System.nanoTime();
    private boolean drawn;
    private java.util.function.IntSupplier articles = () -> 0;
    private long startedNanos = System.nanoTime();

    /**
     * @param terminal whether {@code out} is a terminal (live progress line) or a log (a line every 30 s)
     * @param maxArticles the runs' article limit (0 for none), for the time left
     */
    CrawlConsole(PrintWriter out, boolean terminal, int maxArticles) {
        this(out, terminal, maxArticles, null);
    }

    /**
     * @param throwAwayNote null when the data directory is kept (a rerun goes on where this run stopped); else, for
     *     a data directory deleted at exit (the demo's), what to say instead of "run the command again"
     */
    CrawlConsole(PrintWriter out, boolean terminal, int maxArticles, String throwAwayNote) {
        this.out = out;
        this.terminal = terminal;
        this.maxArticles = maxArticles;
        this.throwAwayNote = throwAwayNote;
        this.reindex = new ReindexConsole(out, terminal);
    }

    @Override
    public void runStarted(java.time.Instant at, java.util.function.IntSupplier articlesIndexed) {
        articles = articlesIndexed;
        startedNanos = System.nanoTime();
    }

    @Override
    public void recovered(int captures) {
        if (captures > 0) {
            out.println("Đã lập chỉ mục lại " + Numbers.integer(captures)
                    + " trang đã tải nhưng chưa kịp lưu vào chỉ mục ở lần chạy trước.");
        }
    }

    @Override
    public void crawlStarted(CrawlSettings settings) {
        out.println("Đang thu thập " + settings.origin() + " (tối đa "
                + Numbers.decimal(settings.requestsPerSecond()) + " yêu cầu/giây)…");
        out.flush();
        lastLog = System.nanoTime();
    }

    @Override
    public void progress(Crawler.Progress p) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        int indexed = articles.getAsInt();
        Long left = vn.khotin.pipeline.CrawlEta.seconds(p.queued(), p.rate(), maxArticles, indexed,
                seconds > 0 ? indexed / seconds : 0);
        String eta = left == null ? "-" : duration(left);
        String text = "Đã tải " + Numbers.integer(p.fullFetches()) + " | hàng đợi " + Numbers.integer(p.queued())
                + " | lỗi " + Numbers.integer(p.failed()) + " | " + Numbers.decimal(p.rate()) + " yêu cầu/giây | còn khoảng "
                + eta;
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
        String counts = Numbers.integer(o.articlesIndexed()) + " bài được lập chỉ mục, "
                + Numbers.integer(stats.fullFetches()) + " trang đã tải, " + Numbers.integer(stats.failed()) + " lỗi, trong "
                + Numbers.integer(o.took().toSeconds()) + " giây. Kho có " + Numbers.integer(o.indexArticles()) + " bài.";
        out.println(switch (o.ending()) {
            case COMPLETE -> "Xong: " + counts;
            case FAILED -> "Thu thập thất bại: " + counts;
            case STOPPED, MAX_ARTICLES -> "Đã dừng: " + counts;
        });
        out.println("Yêu cầu: " + Numbers.integer(stats.requests()) + " (" + byStatus(stats) + "); thử lại "
                + Numbers.integer((Long) stats.snapshot().get("retries")) + " lần; không đổi (304): "
                + Numbers.integer((Long) stats.snapshot().get("notModified")) + "; báo cáo: "
                + (o.reportFile() == null ? "-" : o.reportFile()));
        switch (o.ending()) {
            case STOPPED, MAX_ARTICLES -> out.println(stoppedNote(o.ending(), o.articlesIndexed(), throwAwayNote));
            case FAILED -> {
                if (!stats.requestErrors().isEmpty()) {
                    out.println("Lỗi theo nguyên nhân: " + reasons(stats.requestErrors()));
                }
            }
            case COMPLETE -> { }
        }
        out.flush();
    }

    /**
     * The line after a run that stopped before the end: a rerun goes on from there, except where the data directory
     * is thrown away at exit ({@code throwAwayNote} not null), where a rerun starts from scratch.
     */
    static String stoppedNote(CrawlOutcome.Ending ending, int articlesIndexed, String throwAwayNote) {
        String stopped = ending == CrawlOutcome.Ending.MAX_ARTICLES
                ? "Đã dừng sau " + Numbers.integer(articlesIndexed) + " bài theo --max-articles"
                : "Đã dừng giữa chừng";
        if (throwAwayNote != null) {
            return stopped + ". " + throwAwayNote;
        }
        return stopped + (ending == CrawlOutcome.Ending.MAX_ARTICLES ? "; chạy lại lệnh để thu thập tiếp."
                : "; chạy lại lệnh để tiếp tục từ chỗ dừng.");
    }

    private static String reasons(Map<String, Long> byReason) {
        StringBuilder sb = new StringBuilder();
        byReason.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" (")
                .append(vn.khotin.model.CrawlStatus.describeReason(k)).append(") ").append(Numbers.integer(v)));
        return sb.toString();
    }

    @Override
    public void reindexStarted() {
        out.println("Đang lập lại chỉ mục từ kho WARC…");
        out.flush();
    }

    @Override
    public void progress(ReindexReporting.Progress p) {
        reindex.progress(p);
    }

    @Override
    public void merging() {
        reindex.merging();
    }

    @Override
    public void reindexFinished(ReindexReporting.Result r, int indexArticles) {
        reindex.finished(r, indexArticles);
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
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k.equals("0") ? "lỗi mạng" : k).append(": ")
                .append(Numbers.integer(v)));
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
