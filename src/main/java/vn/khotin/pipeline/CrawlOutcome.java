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
 * @param complete false when the run was stopped before the frontier was exhausted
 */
public record CrawlOutcome(Map<String, Object> report, CrawlStats stats, int articlesIndexed, int indexArticles,
        Duration took, Path reportFile, boolean complete) {}
