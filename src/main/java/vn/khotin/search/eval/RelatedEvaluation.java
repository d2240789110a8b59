package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.search.NearDuplicates;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.RelatedStory;

/**
 * {@code khotin eval related --index DIR}: related-story quality, precision@5 and recall@10, of
 * {@link RelatedStories} against plain More-Like-This on the body, in the same run, scored against the editors'
 * own "Tin liên quan" links ({@link Article#relatedIds()}) of the articles a crawled archive holds. The judged
 * evaluation on the shared corpus is {@link JudgedRelatedEvaluation}.
 */
public final class RelatedEvaluation {

    /** What to run. */
    public record Options(Path index, int queries, long seed) {}

    private RelatedEvaluation() {}

    public static void run(Options o, PrintWriter out) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(o.index(), IndexOptions.BULK)) {
            Map<Long, Set<Long>> gold = archiveGold(index);
            if (gold.isEmpty()) {
                out.println("Chỉ mục không có bài nào mang liên kết \"Tin liên quan\" của biên tập viên "
                        + "(relatedIds): không có chuẩn vàng thật để đánh giá.");
                return;
            }
            report(index, gold, o, "liên kết \"Tin liên quan\" của biên tập viên trong kho", out);
        }
    }

    private static Map<Long, Set<Long>> archiveGold(ArticleIndex index) {
        Map<Long, Set<Long>> gold = new LinkedHashMap<>();
        index.withSearcher(s -> {
            var reader = s.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            Set<Long> ids = new HashSet<>();
            List<Article> all = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                var src = s.storedFields().document(d, Set.of(ArticleSchema.SOURCE)).getBinaryValue(ArticleSchema.SOURCE);
                Article a = ArticleJson.read(java.util.Arrays.copyOfRange(src.bytes, src.offset, src.offset + src.length));
                ids.add(a.id());
                all.add(a);
            }
            for (Article a : all) {
                Set<Long> g = new HashSet<>(a.relatedIds());
                g.retainAll(ids);
                g.remove(a.id());
                if (!g.isEmpty()) {
                    gold.put(a.id(), g);
                }
            }
            return null;
        });
        return gold;
    }

    private static void report(ArticleIndex index, Map<Long, Set<Long>> gold, Options o, String goldLabel,
            PrintWriter out) {
        List<Long> ids = new ArrayList<>(gold.keySet());
        Collections.shuffle(ids, new Random(o.seed()));
        if (ids.size() > o.queries()) {
            ids = ids.subList(0, o.queries());
        }
        RelatedStories related = new RelatedStories(index);
        Map<String, Function<Long, List<Long>>> systems = new LinkedHashMap<>();
        systems.put("Khotin RelatedStories", id -> related.forArticle(id, 10).stories().stream().map(RelatedStory::id).toList());
        systems.put("MoreLikeThis trên nội dung (body)", id -> related.plainMoreLikeThis(id, 10));
        out.println();
        out.println("Chuẩn vàng: " + goldLabel);
        out.printf("Bài truy vấn: %,d (trên %,d bài có chuẩn vàng; chỉ mục %,d bài)%n", ids.size(), gold.size(),
                index.count());
        out.println();
        out.println("| Hệ thống | precision@5 | recall@10 | ms/bài (trung vị) |");
        out.println("|---|---|---|---|");
        for (Map.Entry<String, Function<Long, List<Long>>> s : systems.entrySet()) {
            double p5 = 0;
            double r10 = 0;
            long[] ms = new long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                long t = System.nanoTime();
                List<Long> got = s.getValue().apply(id);
                ms[i] = System.nanoTime() - t;
                Set<Long> g = gold.get(id);
                p5 += got.stream().limit(5).filter(g::contains).count() / 5.0;
                r10 += got.stream().limit(10).filter(g::contains).count() / (double) g.size();
            }
            java.util.Arrays.sort(ms);
            out.printf("| %s | %.3f | %.3f | %.1f |%n", s.getKey(), p5 / ids.size(), r10 / ids.size(),
                    ms.length == 0 ? 0 : ms[ms.length / 2] / 1e6);
            out.flush();
        }
    }
}
