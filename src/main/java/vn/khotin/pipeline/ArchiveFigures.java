package vn.khotin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.model.CrawlStatus;

/**
 * What the crawl status reads from disk: the archive's totals, the frontier's length and the last run's report,
 * re-read at most every {@link #CACHE_NANOS} (or when the caller's generation changes, after a job ends), through
 * a read-only connection of its own to {@code crawl.db}, so status never touches the crawl thread's connection.
 * Thread-safe.
 */
final class ArchiveFigures implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveFigures.class);
    static final long CACHE_NANOS = 1_500_000_000L;

    /** The figures as last read. */
    record Snapshot(long generation, long at, CrawlStatus.Totals totals, long queued, CrawlReports.LastRun report) {
        CrawlStatus.RunSummary lastRun() {
            return report == null ? null : report.summary();
        }
    }

    private final Workspace ws;
    private final CrawlReports reports;
    // guarded by this
    private Snapshot cached;
    private CrawlStore reader;
    private boolean closed;

    ArchiveFigures(Workspace ws) {
        this.ws = ws;
        this.reports = new CrawlReports(ws.data().reports());
    }

    /** The figures, read again when older than the cache time or of another generation. */
    synchronized Snapshot get(long generation) {
        long now = System.nanoTime();
        if (cached != null && cached.generation() == generation && now - cached.at() < CACHE_NANOS) {
            return cached;
        }
        long captures = 0;
        long runs = 0;
        long queued = 0;
        CrawlStore store = reader();
        if (store != null) {
            try {
                captures = store.captureCount();
                runs = store.runCount();
                queued = store.queuedCount();
            } catch (SQLException e) {
                LOG.warn("Could not read crawl counts for the status page: {}", e.toString());
            }
        }
        long warcFiles = 0;
        long warcBytes = 0;
        try {
            warcFiles = ws.archive().files().size();
            warcBytes = ws.archive().totalBytes();
        } catch (IOException e) {
            LOG.warn("Could not size the WARC archive for the status page: {}", e.toString());
        }
        CrawlStatus.Totals totals = new CrawlStatus.Totals(ws.index().count(), captures, warcFiles, warcBytes, runs);
        cached = new Snapshot(generation, now, totals, queued, reports.latest());
        return cached;
    }

    /** The read-only view of {@code crawl.db}; null until the crawler has created it, or once closed. */
    private CrawlStore reader() {
        if (reader == null && !closed && Files.exists(ws.data().crawlDb())) {
            try {
                reader = CrawlStore.open(ws.data().crawlDb());
            } catch (SQLException e) {
                LOG.warn("Could not open {} for the status page: {}", ws.data().crawlDb(), e.toString());
            }
        }
        return reader;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
