package vn.khotin.pipeline;

import java.time.Duration;

/**
 * How far a job that reads its input files from start to end is ({@code import}, {@code reindex}): the share read,
 * the pace and the time left all come from bytes read and work done, so both consoles draw the same bar.
 */
public interface FileProgress {

    /** Input bytes read so far (compressed bytes of a gzip file). */
    long bytesRead();

    /** All the input's bytes. */
    long bytesTotal();

    /** Articles done so far: the unit of the rate. */
    long done();

    /** Time since reading began. */
    Duration elapsed();

    /** Articles done per second so far. */
    default double rate() {
        double s = elapsed().toNanos() / 1e9;
        return s <= 0 ? 0 : done() / s;
    }

    /** Share of the input read, 0 to 1. */
    default double fraction() {
        return bytesTotal() <= 0 ? 1 : Math.min(1, (double) bytesRead() / bytesTotal());
    }

    /** The time left at the pace so far, by the share of the input read; null before there is a pace. */
    default Duration eta() {
        double f = fraction();
        if (f <= 0.001 || elapsed().isZero()) {
            return null;
        }
        return Duration.ofMillis((long) (elapsed().toMillis() * (1 - f) / f));
    }
}
