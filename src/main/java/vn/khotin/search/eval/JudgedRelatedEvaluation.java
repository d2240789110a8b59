package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.RelatedStory;

/**
 * {@code khotin eval related}: "Tin liên quan" quality on two golds, Khotin beside plain More-Like-This and a
 * title+sapo full-text baseline, in the same run on the evaluation archive ({@link EvalArchive}):
 * <ul>
 *   <li>the judged set: query articles of the shared corpus ({@code related-queries.tsv}) whose pooled candidates
 *       were graded 0/1/2 ({@code related-qrels.tsv}; 2 = same event or direct follow-up, 1 = same topic in the
 *       same locality or programme): nDCG@5, precision@5 and recall@10 (grade ≥ 1), development and test parts;</li>
 *   <li>the editors' own links of the sample articles ({@link Article#relatedIds()}): precision@5, recall@10;</li>
 *   <li>when the judged directory has them, drafts: new articles not in the archive, the editors' own case
 *       ({@link JudgedDraftEvaluation}), graded like the query articles.</li>
 * </ul>
 * With a pool file it writes the unjudged top-10 candidates of every query article and draft, for judging.
 */
public final class JudgedRelatedEvaluation {

    /** What to run; directories as in {@link JudgedSearchEvaluation.Options}. */
    public record Options(Path corpus, Path workDir, Path judgedDir, Path pool, Path details) {

        public Options(Path corpus, Path workDir, Path judgedDir, Path pool) {
            this(corpus, workDir, judgedDir, pool, null);
        }
    }

    static final int K = 10;

    /** A related-stories method: the keys of the best candidates for a query article. */
    interface Method {
        String name();

        List<String> related(String key, int k) throws IOException;
    }

    private JudgedRelatedEvaluation() {}

    public static void run(Options o, PrintWriter out) throws IOException, InterruptedException {
        List<RelatedQuery> queries = new ArrayList<>();
        for (String[] r : JudgedSet.rows(o.judgedDir(), "related-queries.tsv", 3)) {
            queries.add(new RelatedQuery(r[0], r[1], r[2]));
        }
        Map<String, Map<String, Integer>> grades = JudgedSet.qrels(o.judgedDir(), "related-qrels.tsv");
        out.printf("Đọc kho đánh giá (bài mẫu + %s) …%n", o.corpus());
        out.flush();
        EvalArchive archive = EvalArchive.load(o.corpus());
        Path dir = o.workDir() != null ? o.workDir() : Files.createTempDirectory("khotin-eval-related-");
        try (ArticleIndex index = EvalIndexes.khotin(archive, dir, out);
                PlainLucenePeer plain = PlainLucenePeer.open(archive, dir.resolve("peer-lucene"))) {
            RelatedStories related = new RelatedStories(index);
            List<Method> methods = methods(archive, related, plain);
            Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
            Map<String, long[]> nanos = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(queries.stream().map(RelatedQuery::key).toList());
            keys.addAll(editorGold(archive).keySet());
            for (Method m : methods) {
                Map<String, List<String>> ranked = new LinkedHashMap<>();
                long[] t = new long[keys.size()];
                for (int i = 0; i < keys.size(); i++) {
                    long t0 = System.nanoTime();
                    ranked.put(keys.get(i), m.related(keys.get(i), K));
                    t[i] = System.nanoTime() - t0;
                }
                runs.put(m.name(), ranked);
                nanos.put(m.name(), t);
            }
            out.printf("%nKho: %,d bài. Bài truy vấn đã chấm: %d / %d.%n", archive.size(),
                    queries.stream().filter(q -> grades.containsKey(q.key())).count(), queries.size());
            for (String split : List.of("dev", "test")) {
                List<RelatedQuery> part = queries.stream()
                        .filter(q -> q.split().equals(split) && grades.containsKey(q.key())).toList();
                RelatedTables.judgedTable(String.format("Chuẩn đã chấm, phần %s (%d bài truy vấn)", split,
                        part.size()), part, grades, runs, out);
            }
            Map<String, SameEventLabels.Counts> labels = new LinkedHashMap<>();
            for (String split : List.of("dev", "test")) {
                labels.put(split, SameEventLabels.count(queries.stream()
                        .filter(q -> q.split().equals(split) && grades.containsKey(q.key())).map(RelatedQuery::key)
                        .toList(), grades, archive, related));
            }
            SameEventLabels.table(labels, out);
            editorsTable(editorGold(archive), runs, nanos, out);
            JudgedDraftEvaluation.Runs drafts = null;
            if (JudgedDraftEvaluation.present(o.judgedDir())) {
                drafts = JudgedDraftEvaluation.rank(JudgedDraftEvaluation.read(o.judgedDir()),
                        JudgedSet.qrels(o.judgedDir(), JudgedDraftEvaluation.QRELS),
                        JudgedDraftEvaluation.methods(archive, related, plain), K);
                JudgedDraftEvaluation.tables(drafts, out);
            }
            if (o.details() != null) {
                try (BufferedWriter w = Files.newBufferedWriter(o.details(), StandardCharsets.UTF_8)) {
                    RelatedTables.details(queries, grades, runs, w);
                    if (drafts != null) {
                        RelatedTables.details(drafts.queries(), drafts.grades(), drafts.ranked(), w);
                    }
                }
                out.printf("%nĐã ghi điểm từng bài truy vấn%s vào %s.%n", drafts == null ? "" : " và bản thảo",
                        o.details());
            }
            if (o.pool() != null) {
                int n;
                try (BufferedWriter w = Files.newBufferedWriter(o.pool(), StandardCharsets.UTF_8)) {
                    ObjectMapper json = new ObjectMapper();
                    n = JudgingPool.writeRelated(queries, grades, runs, k -> JudgingPool.doc(json, k, archive.byKey(k)),
                            archive, w);
                    n += drafts == null ? 0 : JudgedDraftEvaluation.writePool(drafts, archive, w);
                }
                out.printf("%nĐã ghi %,d bài chưa chấm vào %s.%n", n, o.pool());
            }
        } finally {
            if (o.workDir() == null) {
                SearchBenchmark.deleteTree(dir);
            }
        }
    }

    private static List<Method> methods(EvalArchive archive, RelatedStories related, PlainLucenePeer plain) {
        Method khotin = new Method() {
            public String name() {
                return "Khotin";
            }

            public List<String> related(String key, int k) {
                return related.forArticle(archive.byKey(key).id(), k).stories().stream().map(s -> archive.keyOf(s.id())).toList();
            }
        };
        Method mlt = new Method() {
            public String name() {
                return "MoreLikeThis";
            }

            public List<String> related(String key, int k) {
                return related.plainMoreLikeThis(archive.byKey(key).id(), k).stream().map(archive::keyOf).toList();
            }
        };
        Method text = new Method() {
            public String name() {
                return "Tiêu đề+sa-pô (BM25)";
            }

            public List<String> related(String key, int k) throws IOException {
                Article a = archive.byKey(key);
                return plain.searchText(a.title() + "\n" + a.sapo(), k, key);
            }
        };
        return List.of(khotin, mlt, text);
    }

    /** The sample articles' editor links, as keys (only links to articles in the archive). */
    static Map<String, Map<String, Integer>> editorGold(EvalArchive archive) {
        Map<String, Map<String, Integer>> gold = new LinkedHashMap<>();
        for (int i = 0; i < archive.size(); i++) {
            Article a = archive.articles().get(i);
            if (!archive.key(i).startsWith(EvalArchive.SAMPLE_PREFIX) || a.relatedIds().isEmpty()) {
                continue;
            }
            Map<String, Integer> g = new HashMap<>();
            for (long id : a.relatedIds()) {
                String k = archive.keyOf(id);
                if (k != null && id != a.id()) {
                    g.put(k, 1);
                }
            }
            if (!g.isEmpty()) {
                gold.put(archive.key(i), g);
            }
        }
        return gold;
    }

    private static void editorsTable(Map<String, Map<String, Integer>> gold, Map<String, Map<String, List<String>>> runs,
            Map<String, long[]> nanos, PrintWriter out) {
        out.printf("%n### Liên kết \"Tin liên quan\" của biên tập viên (%d bài mẫu trong kho)%n%n", gold.size());
        out.println("| Hệ thống | precision@5 | recall@10 | ms/bài (trung vị, mọi bài truy vấn) |");
        out.println("|---|---|---|---|");
        for (Map.Entry<String, Map<String, List<String>>> run : runs.entrySet()) {
            List<Double> p5 = new ArrayList<>();
            List<Double> r10 = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> g : gold.entrySet()) {
                List<String> ranked = run.getValue().get(g.getKey());
                p5.add(RankingMetrics.precision(ranked, g.getValue(), 5, 1));
                r10.add(RankingMetrics.recall(ranked, g.getValue(), 10, 1));
            }
            long[] t = nanos.get(run.getKey()).clone();
            Arrays.sort(t);
            out.printf("| %s | %.3f | %.3f | %.1f |%n", run.getKey(), RankingMetrics.mean(p5), RankingMetrics.mean(r10),
                    t.length == 0 ? 0 : t[t.length / 2] / 1e6);
        }
        out.flush();
    }
}
