package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostlyQueriesTest {

    @Test
    void listsTheDearestQueriesFirstAndTheShareOfTheirTail() {
        List<String> queries = new ArrayList<>();
        long[] cpu = new long[40];
        long[] matches = new long[40];
        for (int i = 0; i < 40; i++) {
            queries.add("q" + i);
            cpu[i] = 1_000_000; // 1 ms
            matches[i] = i;
        }
        cpu[7] = 9_000_000;
        cpu[30] = 5_000_000;
        ClientRuns.Run run = new ClientRuns.Run(1, new long[40], 1, 0, 0, 0, cpu, matches);

        String table = CostlyQueries.table(queries, run, 3);

        // 2 of 40 queries are the dearest 5 %: 14 of 52 ms
        assertThat(table).contains("2 truy vấn đắt nhất (5 %) chiếm 26.9 % CPU");
        assertThat(table.lines().filter(l -> l.startsWith("| ")).toList()).containsExactly(
                "| # | Truy vấn | CPU ms | Số bài khớp |", "| 1 | q7 | 9.00 | 7 |", "| 2 | q30 | 5.00 | 30 |",
                "| 3 | q0 | 1.00 | 0 |");
    }

    @Test
    void aQueryWithAPipeDoesNotBreakTheTable() {
        ClientRuns.Run run = new ClientRuns.Run(1, new long[1], 1, 0, 0, 0, new long[] {2_000_000}, new long[] {4});

        assertThat(CostlyQueries.table(List.of("a | b"), run, 5)).contains("| 1 | a \\| b | 2.00 | 4 |");
    }
}
