package vn.khotin.web.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/crawl}: what the crawler is doing. Times are ISO 8601 with seconds and the Vietnam offset.
 *
 * @param state {@code IDLE}, {@code RUNNING}, {@code STOPPING}, {@code REINDEXING} or {@code UNAVAILABLE}
 * @param lastStarted when the current or last run started, or null
 * @param lastFinished when the last run ended, or null
 * @param failuresByReason failed fetches by reason key ("timeout", "http-404"), keys in alphabetical order
 * @param rate requests per second of the running crawl; 0 when none runs
 * @param etaSeconds rough seconds left for the running crawl, or null
 * @param lastRun the last finished run, or null
 * @param totals the archive's counts, or null when no archive is attached
 * @param lastError why the last crawl or reindex failed (Vietnamese), or null
 * @param reindex how far the running reindex is, or null when none runs
 */
public record CrawlStatusResponse(String state, String lastStarted, String lastFinished, long pagesFetched,
        long articlesIndexed, long queued, Map<String, Long> failuresByReason, double rate, Long etaSeconds,
        RunSummary lastRun, Totals totals, String lastError, Reindex reindex) implements ApiBody {

    public CrawlStatusResponse {
        failuresByReason = Collections.unmodifiableMap(new LinkedHashMap<>(failuresByReason));
    }

    /**
     * One finished crawl run.
     *
     * @param complete true when the frontier was exhausted, false when the run was stopped
     */
    public record RunSummary(long run, String started, String finished, boolean complete, double seconds,
            long requests, long pagesFetched, long articlesIndexed, long failures) {}

    /** The archive's counts, as {@code khotin stats} prints them. */
    public record Totals(long articles, long captures, long warcFiles, long warcBytes, long runs) {}

    /**
     * How far the running reindex is.
     *
     * @param bytesTotal the archive's size; 0 until the first records are read
     * @param etaSeconds rough seconds left for reading, or null (no pace yet, or every record read)
     * @param merging every record is read; the index is being committed and merged
     */
    public record Reindex(String started, long recordsRead, long articlesIndexed, long recordsSkipped,
            long bytesRead, long bytesTotal, Long etaSeconds, boolean merging) {}
}
