package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0);

    @Test
    void idealOrderScoresOneAndUnjudgedCountsAsIrrelevant() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b"), GRADES, 10)).isEqualTo(1.0);
        // b first: (1/log2 2 + 3/log2 3) / (3/log2 2 + 1/log2 3)
        double expected = (1 + 3 / Math.log(3) * Math.log(2)) / (3 + 1 / Math.log(3) * Math.log(2));
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), GRADES, 10)).isCloseTo(expected, within(1e-9));
        assertThat(RankingMetrics.ndcg(List.of("x", "y"), GRADES, 10)).isZero();
        assertThat(RankingMetrics.judged(List.of("a", "x"), GRADES, 10)).isEqualTo(0.5);
    }

    @Test
    void reciprocalRankPrecisionAndRecallUseTheGradeThreshold() {
        List<String> ranked = List.of("c", "x", "b", "a");
        assertThat(RankingMetrics.reciprocalRank(ranked, GRADES, 10, 1)).isEqualTo(1 / 3.0);
        assertThat(RankingMetrics.reciprocalRank(ranked, GRADES, 10, 2)).isEqualTo(1 / 4.0);
        assertThat(RankingMetrics.reciprocalRank(ranked, GRADES, 3, 2)).isZero();
        assertThat(RankingMetrics.precision(ranked, GRADES, 5, 1)).isEqualTo(2 / 5.0);
        assertThat(RankingMetrics.recall(ranked, GRADES, 3, 1)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(ranked, Map.of("c", 0), 3, 1)).isNaN();
    }

    @Test
    void ftsExpressionQuotesEveryWordSoNoOperatorLeaksThrough() {
        assertThat(SqliteFts5Peer.matchExpression("mưa lũ \"NEAR\" OR x*")).isEqualTo(
                "\"mưa\" OR \"lũ\" OR \"NEAR\" OR \"OR\" OR \"x\"");
        assertThat(SqliteFts5Peer.matchExpression(" -- ")).isEmpty();
        // bench search --peers: every word required, as Khotin requires them first
        assertThat(SqliteFts5Peer.allWordsExpression("Hà Tĩnh: mưa OR lũ")).isEqualTo(
                "\"Hà\" \"Tĩnh\" \"mưa\" \"OR\" \"lũ\"");
    }
}
