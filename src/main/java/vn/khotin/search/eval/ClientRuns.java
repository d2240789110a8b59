package vn.khotin.search.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Timed runs of a list of queries shared by concurrent client threads, the same for Khotin and its peers:
 * latency of each query, throughput over the run, and CPU time per query of the client threads (the peers run
 * in-process, so their work is on those threads too).
 */
final class ClientRuns {

    /** One client's way of answering a query; each client thread has its own. Returns the number of matches. */
    interface Client {
        long query(String query) throws Exception;
    }

    /**
     * What a run measured; {@code sortedNanos} are the latencies, shortest first; {@code cpuNanos} the CPU time
     * of the client threads, {@code processCpuNanos} of the whole process (garbage collection and JIT too);
     * {@code matches} the sum over the queries of the matches each reported (whether systems did the same work);
     * {@code queryCpuNanos} and {@code queryMatches} the CPU time and matches of each query, in the list's order.
     */
    record Run(int clients, long[] sortedNanos, long wallNanos, long cpuNanos, long processCpuNanos, long matches,
            long[] queryCpuNanos, long[] queryMatches) {

        double processCpuMillisPerQuery() {
            return processCpuNanos / 1e6 / queries();
        }

        double meanMatches() {
            return (double) matches / queries();
        }

        int queries() {
            return sortedNanos.length;
        }

        double perSecond() {
            return queries() / (wallNanos / 1e9);
        }

        double cpuMillisPerQuery() {
            return cpuNanos / 1e6 / queries();
        }

        /** The p-th percentile latency in ms (100: the maximum). */
        double percentileMillis(int p) {
            int n = sortedNanos.length;
            int idx = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
            return sortedNanos[Math.max(0, idx)] / 1e6;
        }
    }

    private ClientRuns() {}

    /** Runs the queries with one thread per client, each taking the next query until none is left. */
    static Run measure(List<String> queries, List<? extends Client> clients) throws IOException,
            InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] lat = new long[queries.size()];
        long[] queryCpu = new long[queries.size()];
        long[] queryMatches = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong matches = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread[] threads = new Thread[clients.size()];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int t = 0; t < threads.length; t++) {
            Client client = clients.get(t);
            threads[t] = new Thread(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                int i;
                try {
                    while (failure.get() == null && (i = next.getAndIncrement()) < queries.size()) {
                        long s = System.nanoTime();
                        long c = mx.getCurrentThreadCpuTime();
                        long found = client.query(queries.get(i));
                        queryCpu[i] = mx.getCurrentThreadCpuTime() - c;
                        lat[i] = System.nanoTime() - s;
                        queryMatches[i] = found;
                        matches.addAndGet(found);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        long processCpu = os.getProcessCpuTime() - process0;
        if (failure.get() != null) {
            throw new IOException(failure.get().getMessage(), failure.get());
        }
        Arrays.sort(lat);
        return new Run(clients.size(), lat, wall, cpuNanos.get(), processCpu, matches.get(), queryCpu, queryMatches);
    }
}
