package vn.khotin.search.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The judged related-stories figures, for archived query articles and drafts alike: the table of one part
 * (nDCG@5, precision@5, recall@10, list size) and the per-source details file. Each method's lists are given as
 * method name → source key → candidate keys, the grades as source key → candidate key → grade.
 */
final class RelatedTables {

    private RelatedTables() {}

    /** The judged table of these (judged) query articles or drafts, under a heading. */
    static void judgedTable(String heading, List<RelatedQuery> part, Map<String, Map<String, Integer>> grades,
            Map<String, Map<String, List<String>>> runs, PrintWriter out) {
        out.printf("%n### %s%n%n", heading);
        out.println("| Hệ thống | nDCG@5 | precision@5 (≥1) | precision@5 (=2) | recall@10 (≥1) | số gợi ý trung bình "
                + "| giữ được cả danh sách (≥1) |");
        out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Map<String, List<String>>> run : runs.entrySet()) {
            List<Double> ndcg = new ArrayList<>();
            List<Double> p5 = new ArrayList<>();
            List<Double> p5strict = new ArrayList<>();
            List<Double> r10 = new ArrayList<>();
            List<Double> size = new ArrayList<>();
            List<Double> kept = new ArrayList<>();
            for (RelatedQuery q : part) {
                List<String> ranked = run.getValue().get(q.key());
                Map<String, Integer> g = grades.get(q.key());
                ndcg.add(RankingMetrics.ndcg(ranked, g, 5));
                p5.add(RankingMetrics.precision(ranked, g, 5, 1));
                p5strict.add(RankingMetrics.precision(ranked, g, 5, 2));
                r10.add(RankingMetrics.recall(ranked, g, 10, 1));
                size.add((double) ranked.size());
                if (!ranked.isEmpty()) {
                    // what an editor keeps of the list as shown, however long: an unjudged story counts as dropped
                    kept.add(RankingMetrics.precision(ranked, g, ranked.size(), 1));
                }
            }
            out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.1f | %.3f |%n", run.getKey(), RankingMetrics.mean(ndcg),
                    RankingMetrics.mean(p5), RankingMetrics.mean(p5strict), RankingMetrics.mean(r10),
                    RankingMetrics.mean(size), RankingMetrics.mean(kept));
        }
        out.flush();
    }

    /**
     * A header line naming the methods, then one line per judged query article (or draft): split, topic, key, then
     * each method's nDCG@5 and its top 5 grades.
     */
    static void details(List<RelatedQuery> queries, Map<String, Map<String, Integer>> grades,
            Map<String, Map<String, List<String>>> runs, BufferedWriter w) throws IOException {
        w.write("split\ttopic\tkey");
        for (String n : runs.keySet()) {
            w.write("\tnDCG@5 " + n + "\ttop5 " + n);
        }
        w.newLine();
        for (RelatedQuery q : queries) {
            Map<String, Integer> g = grades.get(q.key());
            if (g == null) {
                continue;
            }
            w.write(q.split() + "\t" + q.topic() + "\t" + q.key());
            for (Map<String, List<String>> run : runs.values()) {
                List<String> ranked = run.get(q.key());
                StringBuilder top = new StringBuilder();
                for (int i = 0; i < Math.min(5, ranked.size()); i++) {
                    Integer grade = g.get(ranked.get(i));
                    top.append(grade == null ? "?" : grade.toString());
                }
                w.write(String.format(Locale.ROOT, "\t%.3f\t%s", RankingMetrics.ndcg(ranked, g, 5), top));
            }
            w.newLine();
        }
    }
}
