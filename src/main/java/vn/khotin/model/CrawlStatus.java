package vn.khotin.model;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the crawler for the status page and {@code /metrics}: made by the pipeline's crawl controller,
 * shown by the web layer.
 *
 * @param state what the crawler is doing
 * @param lastStarted when the current or last run started; null if never
 * @param lastFinished when the last run ended; null if never or still running
 * @param pagesFetched pages fetched in the current or last run
 * @param articlesIndexed articles indexed in the current or last run
 * @param queued URLs waiting in the frontier
 * @param failuresByReason failed fetches by reason ("timeout", "http-404", …), in the current or last run
 * @param rate requests per second of the running crawl over the last few seconds; 0 when none runs
 * @param etaSeconds rough time left for the running crawl (queue over rate); null when unknown
 * @param lastRun summary of the last finished run; null if none
 * @param totals the archive's counts; null when no archive is attached
 * @param lastError why the last crawl or reindex failed, in Vietnamese; null when it did not
 * @param reindex how far the running reindex is; null when none runs
 */
public record CrawlStatus(State state, Instant lastStarted, Instant lastFinished, long pagesFetched,
        long articlesIndexed, long queued, Map<String, Long> failuresByReason, double rate, Long etaSeconds,
        RunSummary lastRun, Totals totals, String lastError, Reindex reindex) {

    /** What the crawler is doing. */
    public enum State { IDLE, RUNNING, STOPPING, REINDEXING, UNAVAILABLE }

    /**
     * One finished crawl run, as its report recorded it.
     *
     * @param complete true when the frontier was exhausted, false when the run was stopped
     */
    public record RunSummary(long run, Instant started, Instant finished, boolean complete, double seconds,
            long requests, long pagesFetched, long articlesIndexed, long failures) {}

    /**
     * The archive's counts, as {@code khotin stats} prints them.
     *
     * @param articles articles in the index
     * @param captures responses recorded by the crawler
     * @param warcFiles WARC files in the archive
     * @param warcBytes their total size
     * @param runs crawl runs started
     */
    public record Totals(long articles, long captures, long warcFiles, long warcBytes, long runs) {}

    /**
     * How far a reindex of the running server is: it rebuilds the index in place from the WARC files.
     *
     * @param started when it began
     * @param recordsRead WARC records read so far (crawled pages and imported articles)
     * @param articlesIndexed articles indexed so far
     * @param recordsSkipped records read that yield no article (redirects, pages that are not articles, …)
     * @param bytesRead archive bytes read so far
     * @param bytesTotal the archive's size when it began; 0 until the first records are read
     * @param etaSeconds rough time left for reading, by the share read so far; null before there is a pace and
     *     once every record is read
     * @param merging every record is read; the index is being committed and merged into one segment
     */
    public record Reindex(Instant started, long recordsRead, long articlesIndexed, long recordsSkipped,
            long bytesRead, long bytesTotal, Long etaSeconds, boolean merging) {}

    public CrawlStatus {
        failuresByReason = failuresByReason == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(failuresByReason));
    }

    /** A snapshot with only the basic counters (no rate, last run, totals, error or reindex). */
    public CrawlStatus(State state, Instant lastStarted, Instant lastFinished, long pagesFetched,
            long articlesIndexed, long queued, Map<String, Long> failuresByReason) {
        this(state, lastStarted, lastFinished, pagesFetched, articlesIndexed, queued, failuresByReason, 0, null,
                null, null, null, null);
    }

    /** Total failed fetches. */
    public long failures() {
        return failuresByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A failure reason of the crawler ("connect-failed", "http-404", "retries-exhausted") in Vietnamese words,
     * for people; the key itself stays in the API and the reports.
     */
    public static String describeReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.matches("http-\\d{3}")) {
            return "HTTP " + r.substring(5);
        }
        return switch (r) {
            case "connect-failed" -> "không kết nối được";
            case "dns-failed" -> "không tìm thấy tên miền";
            case "timeout" -> "quá thời gian chờ";
            case "connection-reset" -> "kết nối bị ngắt";
            case "connection-closed" -> "kết nối bị đóng giữa chừng";
            case "io-error" -> "lỗi mạng";
            case "retries-exhausted" -> "thử lại nhiều lần vẫn lỗi";
            case "retry-after-too-long" -> "máy chủ yêu cầu chờ quá lâu";
            case "robots-unavailable" -> "không đọc được robots.txt";
            case "too-many-redirects" -> "chuyển hướng quá nhiều lần";
            case "redirect-loop" -> "chuyển hướng vòng lặp";
            case "truncated-disconnect", "truncated-time" -> "trang tải về bị cắt";
            default -> r;
        };
    }

    /** The status of a server with no crawler attached. */
    public static CrawlStatus unavailable() {
        return new CrawlStatus(State.UNAVAILABLE, null, null, 0, 0, 0, Map.of());
    }
}
