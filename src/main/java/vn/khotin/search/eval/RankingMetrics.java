package vn.khotin.search.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Graded ranking metrics over judged keys; an unjudged article counts as not relevant (grade 0). */
public final class RankingMetrics {

    private RankingMetrics() {}

    /** nDCG@k with gain 2^grade − 1, the ideal ranking taken from every judged article of the need. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first article graded at least {@code minGrade} within the top k; 0 if none. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k, int minGrade) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= minGrade) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the top k graded at least {@code minGrade} (divided by k, as precision@k is). */
    public static double precision(List<String> ranked, Map<String, Integer> grades, int k, int minGrade) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= minGrade) {
                hits++;
            }
        }
        return hits / (double) k;
    }

    /** Share of the articles graded at least {@code minGrade} found in the top k; NaN if there are none. */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k, int minGrade) {
        long relevant = grades.values().stream().filter(g -> g >= minGrade).count();
        if (relevant == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= minGrade) {
                hits++;
            }
        }
        return hits / (double) relevant;
    }

    /** Share of the top k that has a judgment. */
    public static double judged(List<String> ranked, Map<String, Integer> grades, int k) {
        int n = Math.min(k, ranked.size());
        if (n == 0) {
            return 1;
        }
        int judged = 0;
        for (int i = 0; i < n; i++) {
            judged += grades.containsKey(ranked.get(i)) ? 1 : 0;
        }
        return judged / (double) n;
    }

    /** Mean of the values, ignoring NaN; NaN when none. */
    public static double mean(Collection<Double> values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
