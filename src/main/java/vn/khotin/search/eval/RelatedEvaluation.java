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
import vn.khotin.extract.Article;
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
 * {@code khotin eval related}: related-story quality, precision@5 and recall@10, of {@link RelatedStories}
 * against plain More-Like-This on the body, in the same run.
 *
 * <p>Gold: the editors' own "Tin liên quan" links ({@link Article#relatedIds()}) of archived articles when an
 * index holding such articles is given. The shared corpus has no such links; on it the gold is a clearly
 * labelled <b>proxy</b>: the other articles whose titles share at least {@value #PROXY_MIN_JACCARD} of their
 * word pairs (folded) with the article's title, excluding near-duplicate copies (a "same-story, different
 * write-up" group). The proxy favours title-aware methods and is no substitute for editors' links.
 */
public final class RelatedEvaluation {

    static final double PROXY_MIN_JACCARD = 0.3;

    /** What to run. */
    public record Options(Path index, Path corpus, int articles, int queries, long seed) {}

    private RelatedEvaluation() {}

    public static void run(Options o, PrintWriter out) throws IOException {
        if (o.index() != null) {
            try (ArticleIndex index = ArticleIndex.open(o.index(), IndexOptions.BULK)) {
                Map<Long, Set<Long>> gold = archiveGold(index);
                if (gold.isEmpty()) {
                    out.println("Chỉ mục không có bài nào mang liên kết \"Tin liên quan\" của biên tập viên "
                            + "(relatedIds): không có chuẩn vàng thật để đánh giá. Dùng --corpus để chạy với chuẩn thay thế.");
                    return;
                }
                report(index, gold, o, "liên kết \"Tin liên quan\" của biên tập viên trong kho", out);
            }
            return;
        }
        out.printf("Đọc %,d bài từ %s …%n", o.articles(), o.corpus());
        out.flush();
        List<Article> articles = CorpusArticles.read(o.corpus(), Math.min(o.articles(), 82_102));
        Path dir = Files.createTempDirectory("khotin-eval-");
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            for (Article a : articles) {
                index.upsert(new IndexedArticle(a, null, null));
            }
            index.commit();
            index.refresh();
            Map<Long, Set<Long>> gold = proxyGold(articles);
            report(index, gold, o, "THAY THẾ (proxy) — nhóm bài cùng tiêu đề (≥ " + PROXY_MIN_JACCARD
                    + " cặp từ chung), đã loại bản trùng; KHÔNG phải liên kết của biên tập viên", out);
        } finally {
            SearchBenchmark.deleteTree(dir);
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

    /** Same-story groups by shared title word pairs, near-duplicate copies excluded. */
    static Map<Long, Set<Long>> proxyGold(List<Article> articles) {
        Map<Long, Set<String>> pairs = new HashMap<>();
        Map<String, List<Long>> byPair = new HashMap<>();
        Map<Long, Long> simhash = new HashMap<>();
        Gazetteer g = Gazetteer.get();
        for (Article a : articles) {
            Set<String> p = titlePairs(a.title());
            pairs.put(a.id(), p);
            for (String x : p) {
                byPair.computeIfAbsent(x, k -> new ArrayList<>()).add(a.id());
            }
            simhash.put(a.id(), ArticleFeatures.of("", a.sapo() + "\n" + a.bodyText(), "", g).simhash());
        }
        Map<Long, Set<Long>> gold = new LinkedHashMap<>();
        for (Article a : articles) {
            Set<String> mine = pairs.get(a.id());
            if (mine.size() < 3) {
                continue;
            }
            Map<Long, Integer> shared = new HashMap<>();
            for (String x : mine) {
                List<Long> ids = byPair.get(x);
                if (ids.size() > 200) {
                    continue; // too common to signal a story
                }
                for (long id : ids) {
                    if (id != a.id()) {
                        shared.merge(id, 1, Integer::sum);
                    }
                }
            }
            Set<Long> g2 = new HashSet<>();
            for (Map.Entry<Long, Integer> e : shared.entrySet()) {
                Set<String> theirs = pairs.get(e.getKey());
                double jaccard = e.getValue() / (double) (mine.size() + theirs.size() - e.getValue());
                if (jaccard >= PROXY_MIN_JACCARD
                        && ArticleFeatures.distance(simhash.get(a.id()), simhash.get(e.getKey())) > NearDuplicates.MAX_DISTANCE) {
                    g2.add(e.getKey());
                }
            }
            if (!g2.isEmpty() && g2.size() <= 20) {
                gold.put(a.id(), g2);
            }
        }
        return gold;
    }

    private static Set<String> titlePairs(String title) {
        String[] w = VietnameseText.fold(title.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < w.length; i++) {
            if (!w[i].isEmpty() && !w[i + 1].isEmpty()) {
                out.add(w[i] + " " + w[i + 1]);
            }
        }
        return out;
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
        systems.put("Khotin RelatedStories", id -> related.forArticle(id, 10).stream().map(RelatedStory::id).toList());
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
