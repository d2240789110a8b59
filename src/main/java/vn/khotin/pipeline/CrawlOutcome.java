package vn.khotin.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.khotin.crawl.CrawlStats;

/**
 * What a crawl run did, for its summary line and for benchmarks.
 *
 * @param report the run's report, as written to {@code reports/} (JSON-ready values)
 * @param stats the crawler's counters
 * @param articlesIndexed articles this run indexed (an updated article counts again)
 * @param indexArticles articles in the index after the run
 * @param took how long the run took
 * @param reportFile where the report was written; null when it could not be
 * @param ending how the run ended
 * @param failure why the run failed, in Vietnamese (the origin unreachable, every request failed); null when it
 *     did not
 */
public record CrawlOutcome(Map<String, Object> report, CrawlStats stats, int articlesIndexed, int indexArticles,
        Duration took, Path reportFile, Ending ending, String failure) {

    /** How a run ended. */
    public enum Ending {
        /** Nothing was left to fetch. */
        COMPLETE,
        /** Stopped on request (Ctrl-C, the admin action); the next run resumes. */
        STOPPED,
        /** Stopped after the article limit ({@code --max-articles}); the next run goes on. */
        MAX_ARTICLES,
        /** Gave up: the origin never answered, or no request got a usable page. */
        FAILED
    }

    /** False when the run was stopped or failed before the frontier was exhausted. */
    public boolean complete() {
        return ending == Ending.COMPLETE;
    }
}
