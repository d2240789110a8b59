package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.model.Article;

/** Khotin's index of the evaluation archive, kept in a work directory and reused while it is complete. */
final class EvalIndexes {

    private EvalIndexes() {}

    /**
     * Opens (building it when missing) Khotin's index of the archive under {@code dir/khotin}. An index that holds
     * only articles of the archive is completed with the missing ones, so that a copy of a large import can serve
     * as the start of an archive with distractors; an index holding any other article is an error (delete the
     * directory: an analysis change needs a rebuild anyway).
     */
    static ArticleIndex khotin(EvalArchive archive, Path dir, PrintWriter out) throws IOException, InterruptedException {
        ArticleIndex built = openBuilt(dir.resolve("khotin"), archive.size());
        if (built != null) {
            return built;
        }
        ArticleIndex index = ArticleIndex.open(dir.resolve("khotin"), IndexOptions.BULK);
        try {
            if (index.count() != archive.size()) {
                List<Article> missing = missing(index, archive, dir);
                out.printf("Dựng chỉ mục Khotin: thêm %,d bài (đã có %,d) …%n", missing.size(), index.count());
                out.flush();
                long t0 = System.nanoTime();
                SearchBenchmark.build(index, missing, Runtime.getRuntime().availableProcessors());
                index.compact();
                out.printf("Dựng xong trong %.0f s.%n", (System.nanoTime() - t0) / 1e9);
            }
            index.refresh();
            return index;
        } catch (IOException | InterruptedException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The archive's articles the index lacks; an error if the index has an article the archive does not. */
    private static List<Article> missing(ArticleIndex index, EvalArchive archive, Path dir) throws IOException {
        Set<Long> present = new HashSet<>(index.articleIds());
        for (long id : present) {
            if (archive.keyOf(id) == null) {
                throw new IOException("thư mục " + dir.resolve("khotin") + " đã có chỉ mục khác (bài " + id
                        + " không thuộc kho đánh giá): hãy xóa nó");
            }
        }
        List<Article> out = new ArrayList<>();
        for (Article a : archive.articles()) {
            if (!present.contains(a.id())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A complete index already built there, opened read-only (so that several evaluations and benchmarks can
     * share one work directory at once); null when there is none of that size.
     */
    static ArticleIndex openBuilt(Path dir, int articles) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return null;
        }
        ArticleIndex index;
        try {
            index = ArticleIndex.openReadOnly(dir);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return null;
        }
        if (index.count() == articles) {
            return index;
        }
        index.close();
        return null;
    }
}
