package vn.khotin.pipeline;

import java.time.Instant;
import java.util.function.IntSupplier;
import vn.khotin.crawl.CrawlSettings;
import vn.khotin.crawl.Crawler;

/**
 * What a caller may watch of a crawl run as it goes: the console (progress line, summary) and the status page.
 * Every method is called on the crawl thread, in this order: {@link #runStarted}, {@link #recovered},
 * {@link #crawlStarted}, {@link #progress} (repeatedly), {@link #crawlEnded}, {@link #finished}. A run that
 * fails stops after {@link #crawlEnded} (or earlier) with a {@link PipelineException}.
 */
public interface CrawlListener {

    CrawlListener NONE = new CrawlListener() {};

    /** The run starts; {@code articlesIndexed} counts this run's articles and may be read from any thread. */
    default void runStarted(Instant at, IntSupplier articlesIndexed) {}

    /** Before crawling, this many captures a killed run left unindexed were indexed again from WARC. */
    default void recovered(int captures) {}

    /** Recovery is done; fetching starts with these settings. */
    default void crawlStarted(CrawlSettings settings) {}

    /** The crawler's counters, at most twice a second. */
    default void progress(Crawler.Progress progress) {}

    /** Fetching is over (done, stopped or failed); what follows is the final commit and the report. */
    default void crawlEnded() {}

    /** The run is committed and reported. */
    default void finished(CrawlOutcome outcome) {}

    /** This listener, then {@code next}, for every event. */
    default CrawlListener andThen(CrawlListener next) {
        CrawlListener first = this;
        return new CrawlListener() {
            @Override
            public void runStarted(Instant at, IntSupplier articlesIndexed) {
                first.runStarted(at, articlesIndexed);
                next.runStarted(at, articlesIndexed);
            }

            @Override
            public void recovered(int captures) {
                first.recovered(captures);
                next.recovered(captures);
            }

            @Override
            public void crawlStarted(CrawlSettings settings) {
                first.crawlStarted(settings);
                next.crawlStarted(settings);
            }

            @Override
            public void progress(Crawler.Progress progress) {
                first.progress(progress);
                next.progress(progress);
            }

            @Override
            public void crawlEnded() {
                first.crawlEnded();
                next.crawlEnded();
            }

            @Override
            public void finished(CrawlOutcome outcome) {
                first.finished(outcome);
                next.finished(outcome);
            }
        };
    }
}
