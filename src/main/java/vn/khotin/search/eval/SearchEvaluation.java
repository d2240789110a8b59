package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.IndexOptions;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;

/**
 * {@code khotin eval search}: known-item ranking quality of the search as users get it. Each query is 3–5
 * consecutive words of one article's title, sapo or body, typed with or without diacritics; the article (or a
 * near-duplicate copy of it, which the results fold into one hit) should come first. Prints MRR@10, success@1
 * and success@10 per kind of query, for the full ranking and, measured in the same run, without the proximity
 * boost (the optional clauses the query compiler adds): the check to run before a latency change touches the
 * ranking.
 */
public final class SearchEvaluation {

    /** What to run; {@code indexDir} as in {@link SearchBenchmark.Options}. */
    public record Options(Path corpus, int articles, int queries, long seed, Path indexDir) {}

    private static final String[] SOURCES = {"tiêu đề", "sa-pô", "nội dung"};

    private SearchEvaluation() {}

    public static void run(Options o, PrintWriter out) throws IOException, InterruptedException {
        out.printf("Đọc %,d bài từ %s …%n", o.articles(), o.corpus());
        out.flush();
        List<Article> articles = CorpusArticles.read(o.corpus(), o.articles());
        int originals = Math.min(articles.size(), 82_102);
        List<Query> queries = queries(articles, originals, o.queries(), o.seed());
        Path dir = o.indexDir() != null ? o.indexDir() : Files.createTempDirectory("khotin-eval-search-");
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            if (index.count() < articles.size()) {
                if (index.count() > 0) {
                    throw new IOException("thư mục " + dir + " đã có chỉ mục khác (" + index.count() + " bài)");
                }
                out.printf("Dựng chỉ mục %,d bài …%n", articles.size());
                out.flush();
                SearchBenchmark.build(index, articles, Runtime.getRuntime().availableProcessors());
                index.compact();
            }
            articles = null;
            index.refresh();
            ArticleSearch search = new ArticleSearch(index);
            Map<String, double[]> full = new LinkedHashMap<>();
            Map<String, double[]> noProximity = new LinkedHashMap<>();
            index.withSearcher(searcher -> {
                for (Query q : queries) {
                    SearchResult r = search.search(SearchRequest.builder(q.text()).size(10).suggest(false).build());
                    int rank = rank(r.hits(), q.target(), originals);
                    add(full, q.kind(), rank);
                    add(noProximity, q.kind(), rankWithoutProximity(searcher, search, q, originals));
                }
                return null;
            });
            out.println();
            out.println("| Truy vấn (3–5 từ liền nhau của) | Số | MRR@10 | đúng ở hạng 1 | trong top 10 | MRR@10 không tăng điểm gần nhau | trong top 10 (không tăng điểm) |");
            out.println("|---|---|---|---|---|---|---|");
            for (String kind : full.keySet()) {
                double[] f = full.get(kind);
                double[] n = noProximity.get(kind);
                out.printf("| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", kind, (long) f[0], f[1] / f[0],
                        f[2] / f[0], f[3] / f[0], n[1] / n[0], n[3] / n[0]);
            }
            out.println();
            out.printf("Kho %,d bài (%s); bản đăng lại (bỏ đoạn đầu, đổi ngày) của một bài cũng tính là tìm đúng bài đó. "
                    + "Cột \"không tăng điểm\" bỏ các mệnh đề tùy chọn (cụm từ gần nhau, đơn vị từ) của truy vấn.%n",
                    index.count(), dir);
        } finally {
            if (o.indexDir() == null) {
                SearchBenchmark.deleteTree(dir);
            }
        }
    }

    /** One known-item query. */
    private record Query(String kind, String text, long target) {}

    private static List<Query> queries(List<Article> articles, int originals, int perKind, long seed) {
        Random rnd = new Random(seed);
        List<Query> out = new ArrayList<>();
        for (int source = 0; source < SOURCES.length; source++) {
            for (boolean accented : new boolean[] {true, false}) {
                String kind = SOURCES[source] + (accented ? ", có dấu" : ", không dấu");
                int made = 0;
                for (int guard = 0; made < perKind && guard < perKind * 50; guard++) {
                    Article a = articles.get(rnd.nextInt(originals));
                    String text = source == 0 ? a.title() : source == 1 ? a.sapo() : a.bodyText();
                    String[] words = text.replaceAll("[\\p{Punct}“”‘’…–]", " ").strip().split("\\s+");
                    if (words.length < 8) {
                        continue;
                    }
                    int len = 3 + rnd.nextInt(3);
                    int start = rnd.nextInt(words.length - len);
                    String q = String.join(" ", Arrays.copyOfRange(words, start, start + len));
                    out.add(new Query(kind, accented ? q : VietnameseText.fold(q), a.id()));
                    made++;
                }
            }
        }
        return out;
    }

    /** Rank (1-based) of the target among the hits, its folded copies included; 0 if absent. */
    private static int rank(List<SearchHit> hits, long target, int originals) {
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (original(h.id(), originals) == target
                    || h.duplicateIds().stream().anyMatch(d -> original(d, originals) == target)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The corpus article a (possibly copied) ID stands for: copies continue the IDs past the originals. */
    private static long original(long id, int originals) {
        return id <= originals ? id : (id - originals - 1) % originals + 1;
    }

    /** The same query without its optional (proximity) clauses, ranked by Lucene alone, copies as the target. */
    private static int rankWithoutProximity(IndexSearcher searcher, ArticleSearch search, Query q, int originals)
            throws IOException {
        org.apache.lucene.search.Query full = search.query(SearchRequest.builder(q.text()).build());
        org.apache.lucene.search.Query stripped = full;
        if (full instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (BooleanClause c : bq.clauses()) {
                if (c.occur() != BooleanClause.Occur.SHOULD) {
                    b.add(c);
                }
            }
            stripped = b.build();
        }
        // Twice the page, then the copies folded the way results fold them: first occurrence of a story counts.
        ScoreDoc[] top = searcher.search(stripped, 30).scoreDocs;
        List<Long> stories = new ArrayList<>();
        for (ScoreDoc sd : top) {
            long id = Long.parseLong(searcher.storedFields().document(sd.doc, Set.of(ArticleSchema.ID))
                    .get(ArticleSchema.ID));
            long story = original(id, originals);
            if (!stories.contains(story)) {
                stories.add(story);
            }
        }
        int i = stories.indexOf(q.target());
        return i >= 0 && i < 10 ? i + 1 : 0;
    }

    private static void add(Map<String, double[]> m, String kind, int rank) {
        double[] acc = m.computeIfAbsent(kind, k -> new double[4]);
        acc[0]++;
        acc[1] += rank > 0 ? 1.0 / rank : 0;
        acc[2] += rank == 1 ? 1 : 0;
        acc[3] += rank > 0 ? 1 : 0;
    }
}
