package vn.khotin.web;

import java.util.function.Supplier;
import vn.khotin.model.CrawlStatus;

/**
 * What the web layer may ask of the crawler: a status snapshot for the status page and metrics, and the admin
 * actions. The CLI implements it over the real crawler; {@link #unavailable()} is for serving without one.
 */
public interface CrawlControl {

    /** A consistent snapshot of the crawl's progress. */
    CrawlStatus status();

    /** Starts a crawl run; false when one is already running or crawling is not possible here. */
    boolean start();

    /** Asks the running crawl to stop after the pages in flight; false when none runs. */
    boolean stop();

    /** Rebuilds the index from the archive; false when not possible now (e.g. a crawl or a reindex runs). */
    boolean reindex();

    /** For a server with no crawler attached: status says so, and every action is refused. */
    static CrawlControl unavailable() {
        return statusOnly(CrawlStatus::unavailable);
    }

    /** A crawler that only reports: status from {@code status}, every action refused. */
    static CrawlControl statusOnly(Supplier<CrawlStatus> status) {
        return new CrawlControl() {
            @Override
            public CrawlStatus status() {
                return status.get();
            }

            @Override
            public boolean start() {
                return false;
            }

            @Override
            public boolean stop() {
                return false;
            }

            @Override
            public boolean reindex() {
                return false;
            }
        };
    }
}
