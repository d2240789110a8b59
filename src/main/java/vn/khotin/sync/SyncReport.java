package vn.khotin.sync;

import java.time.Duration;

/**
 * One pass of a sync: articles sent and how long it took.
 *
 * @param sent articles acknowledged by the cluster in this pass
 * @param total articles in the index's commit
 * @param bytes bulk bytes sent
 * @param elapsed the pass's wall time
 * @param fromStart true when the pass started from the first article (new index, {@code --full}, new cluster)
 */
public record SyncReport(int sent, int total, long bytes, Duration elapsed, boolean fromStart) {

    /** Articles per second over the pass. */
    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? sent / s : 0;
    }
}
