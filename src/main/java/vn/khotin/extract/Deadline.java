package vn.khotin.extract;

/**
 * The time budget of one page. Checked between stages and every few hundred nodes of a tree walk, so a
 * pathological page ends as a "timeout" failure instead of holding a crawl worker.
 */
final class Deadline {

    /** Thrown when the budget is spent; caught by {@link ArticleExtractor} and turned into a failure. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("time limit exceeded", null, false, false);
        }
    }

    private final long endNanos;
    private int ticks;

    Deadline(long startNanos, long limitMillis) {
        this.endNanos = startNanos + limitMillis * 1_000_000L;
    }

    /** Checks the clock; throws {@link Exceeded} when the budget is spent. */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Exceeded();
        }
    }

    /** A cheap check for tight loops: reads the clock once every 256 calls. */
    void tick() {
        if ((++ticks & 0xFF) == 0) {
            check();
        }
    }
}
