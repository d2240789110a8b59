package vn.khotin.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.Crawler;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.model.CrawlStatus;

/**
 * The crawler as a long-lived server runs it: one background job at a time (a crawl run or a reindex) over an
 * open {@link Workspace}, and a status snapshot cheap enough for every page view and metrics scrape.
 *
 * <p>The live counters of a running crawl come from the crawler's progress reports (made on the crawl
 * thread, so they are consistent); the rest (the last run's report, the archive's counts, the frontier) comes
 * from {@link ArchiveFigures}, read at most every 1.5 s. {@link #close()} stops the job and waits for it; the
 * caller then closes the web server and the workspace.
 */
public final class CrawlController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlController.class);
    static final long STOP_WAIT_MILLIS = 15_000;

    private enum Job { CRAWL, REINDEX }

    private final Workspace ws;
    private final SiteProfile profile;
    private final int maxArticles;
    private final Listener listener;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    // guarded by this
    private Job job;
    private Thread worker;
    private Instant jobStarted;
    private boolean closed;
    private PipelineException lastFailure;
    private CrawlOutcome lastOutcome;
    private ReindexWatch reindexing;

    private volatile LiveCrawl live;

    /** Changes when a job ends, so the next status reads the new report and counts at once. */
    private final AtomicLong generation = new AtomicLong();
    private final ArchiveFigures figures;

    /** What the console is told of the jobs, besides each crawl run's own events. Called on the job's thread. */
    public interface Listener extends CrawlListener, ReindexReporting.Listener {
        Listener NONE = new Listener() {};

        /** A reindex job starts. */
        default void reindexStarted() {}

        /** A reindex job ended; the index now holds {@code indexArticles} articles. */
        default void reindexFinished(ReindexReporting.Result result, int indexArticles) {}

        /** A job failed; the server goes on and the status shows the message. */
        default void failed(PipelineException e) {}
    }

    /**
     * @param profile the profile every crawl run uses (the one the process was started with)
     * @param maxArticles stop a run after this many articles (0 = no limit)
     * @param listener told of every job's progress and outcome (the console)
     */
    public CrawlController(Workspace ws, SiteProfile profile, int maxArticles, Listener listener) {
        this.ws = ws;
        this.profile = profile;
        this.maxArticles = maxArticles;
        this.listener = listener;
        this.figures = new ArchiveFigures(ws);
    }

    // ---- actions -------------------------------------------------------------------------------------------

    /** See {@code CrawlControl}: starts a crawl run; false when a job runs or the controller is closed. */
    public synchronized boolean start() {
        if (closed || job != null) {
            return false;
        }
        begin(Job.CRAWL, "khotin-crawl", this::crawl);
        return true;
    }

    /** See {@code CrawlControl}: asks the running crawl to stop after the pages in flight; false when none runs. */
    public synchronized boolean stop() {
        if (job != Job.CRAWL) {
            return false;
        }
        stopRequested.set(true);
        return true;
    }

    /** See {@code CrawlControl}: rebuilds the index from the archive in the background; false when a job runs. */
    public synchronized boolean reindex() {
        if (closed || job != null) {
            return false;
        }
        ReindexWatch watch = new ReindexWatch(listener);
        reindexing = watch;
        begin(Job.REINDEX, "khotin-reindex", () -> reindexArchive(watch));
        return true;
    }

    private void begin(Job next, String threadName, Runnable work) {
        stopRequested.set(false);
        lastFailure = null;
        lastOutcome = null;
        job = next;
        jobStarted = Instant.now();
        worker = Thread.ofPlatform().name(threadName).daemon(true).unstarted(() -> {
            try {
                work.run();
            } catch (PipelineException e) {
                LOG.error("{} failed: {}", threadName, e.getMessage(), e);
                failed(e);
            } catch (RuntimeException | Error e) {
                LOG.error("{} failed", threadName, e);
                failed(PipelineException.runtime("Lỗi không mong đợi: " + e, e));
            } finally {
                generation.incrementAndGet(); // the next status reads the new report and counts
                live = null;
                synchronized (this) {
                    job = null;
                    worker = null;
                    reindexing = null;
                    notifyAll();
                }
            }
        });
        worker.start();
    }

    private void failed(PipelineException e) {
        synchronized (this) {
            lastFailure = e;
        }
        listener.failed(e);
    }

    private void crawl() {
        CrawlListener status = new CrawlListener() {
            @Override
            public void runStarted(Instant at, IntSupplier articlesIndexed) {
                live = new LiveCrawl(at, articlesIndexed);
            }

            @Override
            public void progress(Crawler.Progress progress) {
                LiveCrawl l = live;
                if (l != null) {
                    l.update(progress);
                }
            }

            @Override
            public void finished(CrawlOutcome outcome) {
                synchronized (CrawlController.this) {
                    lastOutcome = outcome;
                }
            }
        };
        CrawlRun.execute(ws, profile, maxArticles, stopRequested::get, status.andThen(listener));
    }

    private void reindexArchive(ReindexWatch watch) {
        listener.reindexStarted();
        ReindexReporting.Result r = Reindexer.rebuildInPlace(ws, new ArticleExtractor(profile.extraction()), stopRequested::get,
                watch);
        listener.reindexFinished(r, ws.index().count());
    }

    /**
     * Waits until no job runs.
     *
     * @return why the last job failed, if it did
     */
    public synchronized Optional<PipelineException> awaitIdle() throws InterruptedException {
        while (job != null) {
            wait();
        }
        return Optional.ofNullable(lastFailure);
    }

    /** How the last crawl run ended, once it has (also when it failed as a whole); empty before. */
    public synchronized Optional<CrawlOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    /** Whether {@link #close()} was called (the process is shutting down). */
    public synchronized boolean closing() {
        return closed;
    }

    /** Stops the running job after the pages in flight and waits for it (up to 15 s); idempotent. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            stopRequested.set(true);
            running = worker;
        }
        if (running != null) {
            try {
                running.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isAlive()) {
                LOG.warn("{} did not stop within {} ms", running.getName(), STOP_WAIT_MILLIS);
            }
        }
        figures.close();
    }

    // ---- status --------------------------------------------------------------------------------------------

    /** A consistent snapshot of the crawl's progress, or of a reindex's; cheap (disk figures are cached). */
    public CrawlStatus status() {
        Job current;
        Instant currentStarted;
        String error;
        ReindexWatch watch;
        synchronized (this) {
            current = job;
            currentStarted = jobStarted;
            error = lastFailure == null ? null : lastFailure.getMessage();
            watch = reindexing;
        }
        ArchiveFigures.Snapshot c = figures.get(generation.get());
        if (current == Job.CRAWL) {
            return crawling(currentStarted, c, error);
        }
        CrawlStatus.State state = current == Job.REINDEX ? CrawlStatus.State.REINDEXING : CrawlStatus.State.IDLE;
        CrawlStatus.Reindex reindex = current == Job.REINDEX ? watch.snapshot(currentStarted) : null;
        CrawlReports.LastRun r = c.report();
        if (r == null) {
            return new CrawlStatus(state, null, null, 0, 0, c.queued(), Map.of(), 0, null, null, c.totals(), error,
                    reindex);
        }
        if (error == null && current == null) {
            error = r.error(); // a run that failed as a whole says why, also after a restart
        }
        return new CrawlStatus(state, r.summary().started(), r.summary().finished(), r.summary().pagesFetched(),
                r.summary().articlesIndexed(), c.queued(), r.failuresByReason(), 0, null, r.summary(), c.totals(),
                error, reindex);
    }

    /** The status of a running crawl, from its live counters. */
    private CrawlStatus crawling(Instant started, ArchiveFigures.Snapshot c, String error) {
        CrawlStatus.State state = stopRequested.get() ? CrawlStatus.State.STOPPING : CrawlStatus.State.RUNNING;
        LiveCrawl l = live;
        if (l == null) { // between start() and the run's first step
            return new CrawlStatus(state, started, null, 0, 0, c.queued(), Map.of(), 0, null, c.lastRun(), c.totals(),
                    error, null);
        }
        Crawler.Progress p = l.progress();
        long queued = p == null ? c.queued() : p.queued();
        double rate = l.rate();
        Long eta = CrawlEta.seconds(queued, rate, maxArticles, l.articlesIndexed().getAsInt(), l.articleRate());
        return new CrawlStatus(state, l.started(), null, p == null ? 0 : p.fullFetches(),
                l.articlesIndexed().getAsInt(), queued, p == null ? Map.of() : p.failuresByReason(), rate, eta,
                c.lastRun(), c.totals(), error, null);
    }
}
