package vn.khotin.pipeline;

import java.time.Duration;
import java.time.Instant;
import vn.khotin.model.CrawlStatus;

/**
 * The server's reindex as its status shows it: the last progress the rebuild reported, kept for request threads
 * and passed on to the console.
 */
final class ReindexWatch implements ReindexReporting.Listener {

    private final ReindexReporting.Listener next;
    private volatile ReindexReporting.Progress progress;
    private volatile boolean merging;

    /** @param next told of everything as well (the console) */
    ReindexWatch(ReindexReporting.Listener next) {
        this.next = next;
    }

    @Override
    public void progress(ReindexReporting.Progress p) {
        progress = p;
        next.progress(p);
    }

    @Override
    public void merging() {
        merging = true;
        next.merging();
    }

    /** How far the rebuild is now; zeros until it reports, right after it starts. */
    CrawlStatus.Reindex snapshot(Instant started) {
        ReindexReporting.Progress p = progress;
        boolean done = merging;
        if (p == null) {
            return new CrawlStatus.Reindex(started, 0, 0, 0, 0, 0, null, done);
        }
        Duration eta = done || p.fraction() >= 1 ? null : p.eta();
        return new CrawlStatus.Reindex(started, p.records(), p.articles(), p.skipped(), p.bytesRead(), p.bytesTotal(),
                eta == null ? null : eta.toSeconds(), done);
    }
}
