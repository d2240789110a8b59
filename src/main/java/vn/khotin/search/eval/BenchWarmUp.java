package vn.khotin.search.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The unmeasured warm-up of {@code bench search}: enough queries, none of them measured later, that the JIT has
 * compiled the search's paths and the per-query CPU is steady before the first measured run. From a fresh JVM at
 * 100,000 articles, blocks of 500 distinct queries cost 7.0, 3.8, 3.3, 3.4 and 3.0 ms each, then drift down to
 * 2.5–2.7 ms from about the 4,500th query on. The earlier 500-query warm-up measured the 1-client run in the middle
 * of that descent, which is why it cost more per query than the 2- and 8-client runs after it.
 */
final class BenchWarmUp {

    /** Queries the warm-up runs (fewer when a run measures fewer than a fifth of this: a smoke test). */
    static final int QUERIES = 5_000;
    /** Queries per block whose mean CPU the warm-up reports, to show it has levelled off. */
    static final int BLOCK = 1_000;

    /** One search, as the measured runs make it. */
    @FunctionalInterface
    interface Search {
        void run(String query) throws IOException;
    }

    private BenchWarmUp() {}

    /** How many warm-up queries a benchmark measuring {@code measuredQueries} per run uses. */
    static int size(int measuredQueries) {
        return Math.min(QUERIES, 5 * measuredQueries);
    }

    /** Runs every query once on this thread; returns the mean CPU milliseconds per query of each block. */
    static double[] run(List<String> queries, Search search) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int blocks = (queries.size() + BLOCK - 1) / BLOCK;
        double[] meanMillis = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            List<String> block = queries.subList(b * BLOCK, Math.min(queries.size(), (b + 1) * BLOCK));
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (String q : block) {
                search.run(q);
            }
            meanMillis[b] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / block.size();
        }
        return meanMillis;
    }

    /** The report line: how many queries, and the CPU per query of each block. */
    static String describe(int queries, double[] meanMillis) {
        StringBuilder blocks = new StringBuilder();
        for (double m : meanMillis) {
            blocks.append(blocks.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.2f", m));
        }
        return String.format("Khởi động (không đo): %,d truy vấn khác với các lượt đo; CPU ms/truy vấn của từng %,d "
                + "truy vấn: %s.", queries, BLOCK, blocks);
    }
}
