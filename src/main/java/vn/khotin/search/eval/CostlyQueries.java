package vn.khotin.search.eval;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The queries of a measured run that cost the most CPU, as a table: where a mean per query hides a tail of
 * expensive queries (the p99 the latency target is about), this names them, so that work on cost can start from
 * the queries that carry it rather than from a profile of the average one.
 */
final class CostlyQueries {

    private CostlyQueries() {}

    /**
     * A Markdown table of the {@code shown} most expensive queries of a run (CPU ms, matches), headed by the
     * share of the run's CPU that its dearest 5 % of queries took.
     */
    static String table(List<String> queries, ClientRuns.Run run, int shown) {
        long[] cpu = run.queryCpuNanos();
        int n = Math.min(queries.size(), cpu.length);
        if (n == 0) {
            return "";
        }
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> cpu[i]).reversed().thenComparing(i -> i)).toList();
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += cpu[i];
        }
        int tail = Math.max(1, n / 20);
        long tailCpu = 0;
        for (int k = 0; k < tail; k++) {
            tailCpu += cpu[order.get(k)];
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("Truy vấn tốn CPU nhất (%d khách): %,d truy vấn đắt nhất (5 %%) chiếm %.1f %% CPU "
                + "của lượt đo.%n%n", run.clients(), tail, total == 0 ? 0 : 100.0 * tailCpu / total));
        out.append("| # | Truy vấn | CPU ms | Số bài khớp |\n|---|---|---|---|\n");
        for (int k = 0; k < Math.min(shown, n); k++) {
            int i = order.get(k);
            out.append(String.format("| %d | %s | %.2f | %,d |%n", k + 1, queries.get(i).replace("|", "\\|"),
                    cpu[i] / 1e6, run.queryMatches()[i]));
        }
        return out.toString();
    }
}
