package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;

/** Khotin's index of the evaluation archive, kept in a work directory and reused while it is complete. */
final class EvalIndexes {

    private EvalIndexes() {}

    /**
     * Opens (building it when missing) Khotin's index of the archive under {@code dir/khotin}; an index with
     * another number of articles is an error (delete the directory: an analysis change needs a rebuild anyway).
     */
    static ArticleIndex khotin(EvalArchive archive, Path dir, PrintWriter out) throws IOException, InterruptedException {
        ArticleIndex built = openBuilt(dir.resolve("khotin"), archive.size());
        if (built != null) {
            return built;
        }
        ArticleIndex index = ArticleIndex.open(dir.resolve("khotin"), IndexOptions.BULK);
        try {
            if (index.count() != archive.size()) {
                if (index.count() > 0) {
                    throw new IOException("thư mục " + dir.resolve("khotin") + " đã có chỉ mục khác (" + index.count()
                            + " bài): hãy xóa nó");
                }
                out.printf("Dựng chỉ mục Khotin cho %,d bài …%n", archive.size());
                out.flush();
                long t0 = System.nanoTime();
                SearchBenchmark.build(index, archive.articles(), Runtime.getRuntime().availableProcessors());
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
