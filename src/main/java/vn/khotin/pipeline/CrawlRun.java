package vn.khotin.pipeline;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.crawl.ArticleIds;
import vn.khotin.crawl.CrawlStats;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.crawl.Crawler;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.model.CaptureRef;

/**
 * One crawl run into an open workspace: recover what a killed run left unindexed, crawl, ingest, commit,
 * compact, report. Shared by {@code crawl}, {@code run}, {@code serve}'s admin action and {@code bench crawl}.
 * What the run prints is the {@link CrawlListener}'s business; the JSON report goes to {@link CrawlReports}.
 */
public final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);

    private final Workspace ws;
    private final SiteProfile profile;
    private final CrawlListener listener;
    private final CrawlStore store;
    private final Ingest ingest;
    private final Instant started = Instant.now();

    private CrawlRun(Workspace ws, SiteProfile profile, CrawlListener listener) {
        this.ws = ws;
        this.profile = profile;
        this.listener = listener;
        this.store = ws.store();
        this.ingest = new Ingest(ws.archive(), new ArticleExtractor(profile.extraction()), ws.index(),
                store::markIngested);
    }

    /**
     * Runs the crawl and writes its report to {@code reports/}.
     *
     * @param maxArticles stop after this many articles are indexed (0 = no limit)
     * @param stopRequested checked between pages; a stopped run commits what it fetched and can be resumed
     * @throws PipelineException when the run cannot go on (crawl store, archive or index failure), and after the
     *     report when the run failed as a whole (the origin never answered, no request got a usable page)
     */
    public static CrawlOutcome execute(Workspace ws, SiteProfile profile, int maxArticles, BooleanSupplier stopRequested,
            CrawlListener listener) {
        return new CrawlRun(ws, profile, listener).run(maxArticles, stopRequested);
    }

    private CrawlOutcome run(int maxArticles, BooleanSupplier stopRequested) {
        listener.runStarted(started, ingest::articles);
        int recovered = recoverOrFail();
        listener.recovered(recovered);
        Crawler crawler = new Crawler(profile.crawl(), store,
                ArticleIds.fromPattern(profile.extraction().articleIdPattern()));
        listener.crawlStarted(profile.crawl());
        CrawlOutcome.Ending[] stopped = new CrawlOutcome.Ending[1];
        CrawlStats stats = crawl(crawler, () -> {
            if (stopped[0] == null && stopRequested.getAsBoolean()) {
                stopped[0] = CrawlOutcome.Ending.STOPPED;
            } else if (stopped[0] == null && maxArticles > 0 && limitReached(maxArticles)) {
                stopped[0] = CrawlOutcome.Ending.MAX_ARTICLES;
            }
            return stopped[0] != null;
        });
        try {
            ingest.commit();
            ingest.close();
        } catch (Exception e) {
            throw PipelineException.runtime("Không ghi được chỉ mục: " + Failures.describe(e), e);
        }
        String failure = CrawlFailure.of(profile.crawl().origin().toString(), stats, stopped[0] != null);
        CrawlOutcome.Ending ending = failure != null ? CrawlOutcome.Ending.FAILED
                : stopped[0] != null ? stopped[0] : CrawlOutcome.Ending.COMPLETE;
        boolean complete = ending == CrawlOutcome.Ending.COMPLETE;
        double compactSeconds = complete ? ws.compactIndex() : 0;
        Instant finished = Instant.now();
        Map<String, Object> report = report(crawler.run(), finished, complete, stats, recovered, compactSeconds);
        report.put("ending", ending.name().toLowerCase(java.util.Locale.ROOT));
        report.put("error", failure);
        var file = new CrawlReports(ws.data().reports()).write(started, crawler.run(), report);
        try {
            store.finishRun(crawler.run(), finished.toEpochMilli(), complete, CrawlReports.json(report));
        } catch (SQLException | IOException e) {
            LOG.warn("Could not close the run in the crawl store: {}", e.toString());
        }
        CrawlOutcome outcome = new CrawlOutcome(report, stats, ingest.articles(), ws.index().count(),
                Duration.between(started, finished), file, ending, failure);
        listener.finished(outcome);
        if (failure != null) {
            throw PipelineException.runtime(failure, null);
        }
        return outcome;
    }

    /**
     * Whether the run has indexed {@code maxArticles}, counting the pages still queued for indexing (the crawl
     * runs ahead of the indexer: counting only what was indexed let a run of 10 index 30). Interrupted, it
     * leaves the interrupt to end the run as any other interrupt does ("Thu thập bị ngắt").
     */
    private boolean limitReached(int maxArticles) {
        try {
            return ingest.reached(maxArticles);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int recoverOrFail() {
        try {
            return recover();
        } catch (Exception e) {
            closeQuietly();
            throw PipelineException.runtime("Không khôi phục được dữ liệu của lần chạy trước: " + Failures.describe(e), e);
        }
    }

    /** Fetches until done or stopped; failures become a {@link PipelineException} with the reason. */
    private CrawlStats crawl(Crawler crawler, BooleanSupplier stop) {
        CrawlStats stats = null;
        try {
            stats = crawler.crawl(ingest, stop, listener::progress);
            return stats;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PipelineException.runtime("Thu thập bị ngắt.", e);
        } catch (SQLException | Crawler.StoreFailureException e) {
            throw PipelineException.runtime("Lỗi kho trạng thái thu thập (" + ws.data().crawlDb() + "): "
                    + Failures.describe(e), e);
        } catch (IOException e) {
            throw PipelineException.runtime("Không ghi được tệp WARC: " + Failures.describe(e), e);
        } catch (Exception e) {
            throw PipelineException.runtime("Thu thập dừng vì lỗi: " + Failures.describe(e), e);
        } finally {
            listener.crawlEnded();
            if (stats == null) {
                closeQuietly(); // a long-lived server must not keep the failed run's worker thread
            }
        }
    }

    private Map<String, Object> report(long run, Instant finished, boolean complete, CrawlStats stats, int recovered,
            double compactSeconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("site", profile.crawl().siteName());
        report.put("origin", profile.crawl().origin().toString());
        report.put("run", run);
        report.put("started", started.toString());
        report.put("finished", finished.toString());
        report.put("seconds", Duration.between(started, finished).toMillis() / 1000.0);
        report.put("complete", complete);
        report.put("configuredRate", profile.crawl().requestsPerSecond());
        report.put("crawl", stats.snapshot());
        report.put("recoveredFromWarc", recovered);
        report.put("compactSeconds", compactSeconds);
        report.putAll(ingest.report());
        try {
            report.put("urlsByState", store.countByState());
            report.put("indexArticles", ws.index().count());
        } catch (SQLException e) {
            LOG.warn("Could not read the crawl store's totals: {}", e.toString());
        }
        return report;
    }

    private void closeQuietly() {
        try {
            ingest.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-indexes from WARC whatever the store holds as fetched but the last index commit does not cover. */
    private int recover() throws Exception {
        List<CrawlStore.Pending> pending = store.pendingIngest();
        if (pending.isEmpty()) {
            return 0;
        }
        int done = 0;
        for (CrawlStore.Pending p : pending) {
            CaptureRef ref = CaptureRef.parse(p.archiveRef());
            var capture = ws.archive().read(ref);
            if (capture.isPresent()) {
                ingest.process(new ArchivedCapture(capture.get(), ref));
                done++;
            } else {
                LOG.warn("Capture {} of {} is missing from the archive", ref, p.url());
            }
        }
        ingest.commit();
        LOG.info("Recovered {} captures from WARC into the index", done);
        return done;
    }
}
