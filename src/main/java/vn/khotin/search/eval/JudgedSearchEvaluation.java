package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.eval.JudgedSet.JudgedQuery;

/**
 * {@code khotin eval search}: ranking quality on the judged query set ({@link JudgedSet}), Khotin beside SQLite
 * FTS5 and plain Lucene on the same archive ({@link EvalArchive}) in the same run. Prints nDCG@10, MRR@10 (first
 * article graded ≥ 1), the zero-result rate and the judged share of the top 10, per query class and overall,
 * for the development and the test part; then each twin class (mixed accents, full forms) against its twins.
 * With a pool file it also writes the top-10 articles no judge has graded yet, for judging.
 */
public final class JudgedSearchEvaluation {

    /**
     * What to run.
     *
     * @param workDir where the three systems' indexes are kept and reused (null: a temporary directory)
     * @param judgedDir the judged set's files (null: the set built into the program)
     * @param pool if not null, the unjudged candidates are written there (JSON Lines, one need per line)
     * @param distractors if not null, a Khotin JSON Lines file whose first {@code distractorCount} articles are
     *     added to the archive unjudged ({@link EvalArchive#withDistractors}): the judged set at a larger scale
     */
    public record Options(Path corpus, Path workDir, Path judgedDir, Path pool, Path details, Path distractors,
            int distractorCount) {

        public Options(Path corpus, Path workDir, Path judgedDir, Path pool, Path details) {
            this(corpus, workDir, judgedDir, pool, details, null, 0);
        }

        public Options(Path corpus, Path workDir, Path judgedDir, Path pool) {
            this(corpus, workDir, judgedDir, pool, null);
        }
    }

    static final int K = 10;
    /** How deep each list is read when unjudged distractors crowd the top 10 (condensed lists, Sakai 2007). */
    static final int CONDENSED_DEPTH = 100;

    private JudgedSearchEvaluation() {}

    public static void run(Options o, PrintWriter out) throws IOException, InterruptedException {
        JudgedSet set = JudgedSet.load(o.judgedDir());
        out.printf("Đọc kho đánh giá (bài mẫu + %s) …%n", o.corpus());
        out.flush();
        EvalArchive archive = EvalArchive.load(o.corpus());
        int judgedArchive = archive.size();
        if (o.distractors() != null) {
            out.printf("Đọc tối đa %,d bài gây nhiễu từ %s …%n", o.distractorCount(), o.distractors());
            out.flush();
            archive = archive.withDistractors(o.distractors(), o.distractorCount());
        }
        Path dir = o.workDir() != null ? o.workDir() : Files.createTempDirectory("khotin-eval-judged-");
        try (ArticleIndex index = EvalIndexes.khotin(archive, dir, out);
                SqliteFts5Peer fts = SqliteFts5Peer.open(archive, dir.resolve("peer-fts5"));
                PlainLucenePeer plain = PlainLucenePeer.open(archive, dir.resolve("peer-lucene"))) {
            ArticleSearch search = new ArticleSearch(index);
            // A server builds its word statistics (corrections, accents) in the background; measure it once built.
            search.suggestions().awaitReady(600_000);
            List<RankingSystem> systems = List.of(new KhotinSearchSystem(archive, search), fts, plain);
            // With unjudged distractors, deeper lists, so that each can also be read without its unjudged articles
            int depth = archive.size() == judgedArchive ? K : CONDENSED_DEPTH;
            Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
            for (RankingSystem s : systems) {
                Map<String, List<String>> ranked = new LinkedHashMap<>();
                for (JudgedQuery q : set.queries()) {
                    ranked.put(q.qid(), s.search(q.text(), depth));
                }
                runs.put(s.name(), ranked);
            }
            out.printf("%nKho: %,d bài%s. Bộ truy vấn: %d truy vấn, %d nhu cầu, %d nhu cầu đã chấm.%n",
                    archive.size(), archive.size() == judgedArchive ? ""
                            : String.format(" (%,d bài được chấm và %,d bài gây nhiễu chưa ai chấm)", judgedArchive,
                                    archive.size() - judgedArchive),
                    set.queries().size(), set.needs().size(), judgedNeeds(set));
            for (String split : List.of("dev", "test")) {
                table(set, runs, split, out);
            }
            Map<String, Map<String, List<String>>> condensed = null;
            if (depth > K) {
                condensed = condensed(set, runs);
                out.printf("%n## Danh sách rút gọn: bỏ các bài chưa chấm khỏi top %d của mỗi hệ thống rồi tính trên 10 bài"
                        + " đầu còn lại%n", depth);
                for (String split : List.of("dev", "test")) {
                    table(set, condensed, split, out);
                }
            }
            twins(set, runs, out);
            SuggestionEvaluation.print(set, SuggestionEvaluation.outcomes(set,
                    SuggestionEvaluation.intended(o.judgedDir()), search), out);
            if (o.details() != null) {
                details(set, runs, condensed, o.details());
                out.printf("%nĐã ghi điểm từng truy vấn vào %s.%n", o.details());
            }
            if (o.pool() != null) {
                int n = JudgingPool.write(set, archive, runs, o.pool());
                out.printf("%nĐã ghi %,d bài chưa chấm vào %s.%n", n, o.pool());
            }
        } finally {
            if (o.workDir() == null) {
                SearchBenchmark.deleteTree(dir);
            }
        }
    }

    private static long judgedNeeds(JudgedSet set) {
        return set.needs().keySet().stream().filter(n -> !set.grades(n).isEmpty()).count();
    }

    /** The metrics of one split, per class and overall. */
    private static void table(JudgedSet set, Map<String, Map<String, List<String>>> runs, String split,
            PrintWriter out) {
        List<String> names = new ArrayList<>(runs.keySet());
        Map<String, List<JudgedQuery>> byClass = new TreeMap<>();
        List<JudgedQuery> all = new ArrayList<>();
        for (JudgedQuery q : set.queries()) {
            if (set.split(q).equals(split)) {
                byClass.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q);
                all.add(q);
            }
        }
        out.printf("%n### Phần %s (%d truy vấn)%n%n", split.equals("dev") ? "phát triển (dev)" : "kiểm tra (test)",
                all.size());
        StringBuilder head = new StringBuilder("| Lớp | Số |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String metric : List.of("nDCG@10", "MRR@10", "0 kết quả", "đã chấm@10")) {
            for (String n : names) {
                head.append(' ').append(metric).append(' ').append(shortName(n)).append(" |");
                rule.append("---|");
            }
        }
        out.println(head);
        out.println(rule);
        for (Map.Entry<String, List<JudgedQuery>> e : byClass.entrySet()) {
            row(set, runs, names, e.getKey(), e.getValue(), out);
        }
        row(set, runs, names, "**tất cả**", all, out);
        out.flush();
    }

    private static String shortName(String system) {
        return system.startsWith("Khotin") ? "K" : system.startsWith("SQLite") ? "F" : "L";
    }

    private static void row(JudgedSet set, Map<String, Map<String, List<String>>> runs, List<String> names,
            String label, List<JudgedQuery> queries, PrintWriter out) {
        StringBuilder b = new StringBuilder("| ").append(label).append(" | ").append(queries.size()).append(" |");
        for (int metric = 0; metric < 4; metric++) {
            for (String n : names) {
                List<Double> v = new ArrayList<>();
                for (JudgedQuery q : queries) {
                    v.add(metric(metric, runs.get(n).get(q.qid()), set.grades(q.need())));
                }
                double m = RankingMetrics.mean(v);
                b.append(metric >= 2 ? String.format(" %.0f%% |", m * 100) : String.format(" %.3f |", m));
            }
        }
        out.println(b);
    }

    private static double metric(int metric, List<String> ranked, Map<String, Integer> grades) {
        return switch (metric) {
            case 0 -> RankingMetrics.ndcg(ranked, grades, K);
            case 1 -> RankingMetrics.reciprocalRank(ranked, grades, K, 1);
            case 2 -> ranked.isEmpty() ? 1 : 0;
            default -> RankingMetrics.judged(ranked, grades, K);
        };
    }

    /**
     * Each list without its unjudged articles (a condensed list): the judged articles in the order the system gave
     * them. With many unjudged distractors this asks whether the judged relevant articles come before the judged
     * irrelevant ones, which plain nDCG with every unjudged article counted as irrelevant cannot tell apart from
     * finding unjudged near-copies of relevant articles.
     */
    static Map<String, Map<String, List<String>>> condensed(JudgedSet set, Map<String, Map<String, List<String>>> runs) {
        Map<String, String> needOf = new LinkedHashMap<>();
        set.queries().forEach(q -> needOf.put(q.qid(), q.need()));
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> run : runs.entrySet()) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : run.getValue().entrySet()) {
                Map<String, Integer> grades = set.grades(needOf.get(e.getKey()));
                lists.put(e.getKey(), e.getValue().stream().filter(grades::containsKey).toList());
            }
            out.put(run.getKey(), lists);
        }
        return out;
    }

    /** Each twin class against its twins (same need, other wording), Khotin's nDCG@10, per split. */
    private static void twins(JudgedSet set, Map<String, Map<String, List<String>>> runs, PrintWriter out) {
        Map<String, JudgedQuery> byQid = new LinkedHashMap<>();
        set.queries().forEach(q -> byQid.put(q.qid(), q));
        String khotin = runs.keySet().iterator().next();
        out.printf("%n### Cặp truy vấn song sinh (nDCG@10 của %s)%n%n", khotin);
        out.println("| Phần | Lớp | Số cặp | nDCG@10 lớp này | nDCG@10 bản song sinh | chênh lệch |");
        out.println("|---|---|---|---|---|---|");
        for (String split : List.of("dev", "test")) {
            Map<String, double[]> acc = new TreeMap<>();
            for (JudgedQuery q : set.queries()) {
                if (q.twin() == null || !set.split(q).equals(split) || !byQid.containsKey(q.twin())) {
                    continue;
                }
                Map<String, Integer> g = set.grades(q.need());
                double[] a = acc.computeIfAbsent(q.kind() + " ↔ " + byQid.get(q.twin()).kind(), k -> new double[3]);
                a[0]++;
                a[1] += RankingMetrics.ndcg(runs.get(khotin).get(q.qid()), g, K);
                a[2] += RankingMetrics.ndcg(runs.get(khotin).get(q.twin()), g, K);
            }
            for (Map.Entry<String, double[]> e : acc.entrySet()) {
                double[] a = e.getValue();
                out.printf("| %s | %s | %.0f | %.3f | %.3f | %+.3f |%n", split, e.getKey(), a[0], a[1] / a[0],
                        a[2] / a[0], (a[1] - a[2]) / a[0]);
            }
        }
        out.flush();
    }

    /**
     * One line per query: split, class, qid, query, then each system's nDCG@10 and its top 3 keys; with
     * distractors ({@code condensed} not null), then each system's nDCG@10 of the condensed list.
     */
    static void details(JudgedSet set, Map<String, Map<String, List<String>>> runs,
            Map<String, Map<String, List<String>>> condensed, Path file) throws IOException {
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write("split\tclass\tqid\tquery");
            for (String n : runs.keySet()) {
                w.write("\tnDCG@10 " + n + "\ttop3 " + n);
            }
            if (condensed != null) {
                for (String n : condensed.keySet()) {
                    w.write("\tcondensed nDCG@10 " + n);
                }
            }
            w.newLine();
            for (JudgedQuery q : set.queries()) {
                if (set.grades(q.need()).isEmpty()) {
                    continue;
                }
                w.write(set.split(q) + "\t" + q.kind() + "\t" + q.qid() + "\t" + q.text());
                for (Map<String, List<String>> run : runs.values()) {
                    List<String> ranked = run.get(q.qid());
                    w.write(String.format(java.util.Locale.ROOT, "\t%.3f\t%s",
                            RankingMetrics.ndcg(ranked, set.grades(q.need()), K),
                            String.join(",", ranked.subList(0, Math.min(3, ranked.size())))));
                }
                if (condensed != null) {
                    for (Map<String, List<String>> run : condensed.values()) {
                        w.write(String.format(java.util.Locale.ROOT, "\t%.3f",
                                RankingMetrics.ndcg(run.get(q.qid()), set.grades(q.need()), K)));
                    }
                }
                w.newLine();
            }
        }
    }

    /** The distinct keys the systems ranked for the queries of each need, in first-seen order. */
    static Map<String, Set<String>> pooled(JudgedSet set, Map<String, Map<String, List<String>>> runs) {
        Map<String, Set<String>> pool = new LinkedHashMap<>();
        for (JudgedQuery q : set.queries()) {
            Set<String> p = pool.computeIfAbsent(q.need(), k -> new LinkedHashSet<>());
            for (Map<String, List<String>> run : runs.values()) {
                p.addAll(run.getOrDefault(q.qid(), List.of()));
            }
        }
        return pool;
    }
}
