package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;

/**
 * {@code khotin bench related}: the cost of "Tin liên quan" on an archive of N corpus articles, one client: wall
 * time p50/p95 and CPU ms per list, for an archived article and for a 300-word draft (the text of a corpus article
 * that is not in the archive), beside plain More-Like-This on the same articles.
 */
public final class RelatedBenchmark {

    /** What to run; {@code indexDir} as in {@link SearchBenchmark.Options} (the same index can serve both). */
    public record Options(Path corpus, int articles, int lists, Path indexDir, boolean archiveIndex, long seed) {}

    private static final int WARM_UP = 100;
    private static final int DRAFT_WORDS = 300;

    private RelatedBenchmark() {}

    /** The headline figures of a run: the index's size and the CPU per list for an archived article (Khotin). */
    public record Result(long indexArticles, double cpuMillisPerList) {}

    /** Runs the benchmark, prints its table and returns its headline figures. */
    public static Result run(Options o, PrintWriter out) throws IOException, InterruptedException {
        out.printf("Đọc %,d bài từ %s …%n", o.articles() + o.lists(), o.corpus());
        out.flush();
        List<Article> all = CorpusArticles.read(o.corpus(), o.articles() + o.lists() + WARM_UP);
        List<Article> archived = all.subList(0, o.articles());
        List<Article> drafts = new ArrayList<>(all.subList(o.articles(), all.size()));
        Path dir = o.indexDir() != null ? o.indexDir() : Files.createTempDirectory("khotin-bench-related-");
        try (ArticleIndex index = o.archiveIndex() ? ArticleIndex.openReadOnly(dir)
                : ArticleIndex.open(dir, IndexOptions.BULK)) {
            if (index.count() < archived.size() && o.archiveIndex()) {
                throw new IOException(SearchBenchmark.archiveTooSmall(dir, index.count(), archived.size()));
            }
            if (index.count() < archived.size()) {
                if (index.count() > 0) {
                    throw new IOException("thư mục " + dir + " đã có chỉ mục khác (" + index.count() + " bài)");
                }
                out.printf("Dựng chỉ mục %,d bài …%n", archived.size());
                out.flush();
                SearchBenchmark.build(index, archived, Runtime.getRuntime().availableProcessors());
                index.compact();
            }
            index.refresh();
            RelatedStories related = new RelatedStories(index, new ArticleSearch(index));
            Random rnd = new Random(o.seed());
            // from the index, not the corpus list: an index kept from an import has the import's ids
            List<Long> present = index.articleIds();
            long[] ids = new long[o.lists() + WARM_UP];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = present.get(rnd.nextInt(present.size()));
            }
            out.println();
            out.printf("| Gợi ý \"Tin liên quan\" (%,d bài trong kho, 1 khách) | Số lần | p50 ms | p95 ms | CPU ms/lần | gợi ý/lần |%n",
                    index.count());
            out.println("|---|---|---|---|---|---|");
            double cpuPerList = row(out, "bài trong kho (Khotin)", ids, o.lists(), i -> related.forArticle(ids[i], 10).stories().size());
            row(out, "bản thảo 300 từ (Khotin)", ids, o.lists(), i -> {
                Article d = drafts.get(i % drafts.size());
                return related.forDraft(d.title(), firstWords(d.bodyText(), DRAFT_WORDS), null, 10).stories().size();
            });
            row(out, "bài trong kho (MoreLikeThis thuần)", ids, o.lists(), i -> related.plainMoreLikeThis(ids[i], 10).size());
            out.printf("%nMáy: %d nhân; tải máy %s. CPU ms là thời gian CPU của luồng gọi (ít phụ thuộc tải máy hơn độ trễ).%n",
                    Runtime.getRuntime().availableProcessors(), SearchBenchmark.loadAverage());
            return new Result(index.count(), cpuPerList);
        } finally {
            if (o.indexDir() == null) {
                SearchBenchmark.deleteTree(dir);
            }
        }
    }

    /** Measures one kind of list, prints its row and returns its CPU ms per list. */
    private static double row(PrintWriter out, String label, long[] ids, int lists, ToIntFunction<Integer> call) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            call.applyAsInt(lists + i);
        }
        long[] lat = new long[lists];
        long suggestions = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < lists; i++) {
            long t = System.nanoTime();
            suggestions += call.applyAsInt(i);
            lat[i] = System.nanoTime() - t;
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        Arrays.sort(lat);
        out.printf("| %s | %,d | %.2f | %.2f | %.2f | %.1f |%n", label, lists, lat[lists / 2] / 1e6,
                lat[(int) (lists * 0.95)] / 1e6, cpu / 1e6 / lists, suggestions / (double) lists);
        out.flush();
        return cpu / 1e6 / lists;
    }

    private static String firstWords(String text, int n) {
        String[] w = text.split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
    }
}
