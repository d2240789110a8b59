package vn.khotin.index;

import java.io.IOException;
import org.apache.lucene.store.FSDirectory;

/**
 * The parts of an open {@link ArticleIndex}, opened together or not at all: when one fails to open, those opened
 * before it are closed, the writer rolled back and the directory closed, so that nothing holds the write lock and
 * opening the index again in the same process works.
 *
 * @param writer null when the index is open read-only
 * @param analysis the analysis version of the articles, as the last commit records it
 */
record IndexParts(FSDirectory directory, IndexSearchers searchers, ArticleWriter writer, AnalysisMark analysis) {

    /** Opens or creates the index in {@code dir} to write. */
    static IndexParts writable(FSDirectory dir, IndexOptions options) throws IOException {
        AnalysisMark analysis = new AnalysisMark();
        ArticleWriter writer = ArticleWriter.open(dir, options, analysis::version);
        try {
            return withAnalysis(dir, IndexSearchers.ofWriter(writer.lucene(), options.maxStale()), writer, analysis);
        } catch (IOException | RuntimeException e) {
            writer.abandon(dir, e);
            throw e;
        }
    }

    /** Opens the existing index in {@code dir} to read only: searches see the last commit until refreshed. */
    static IndexParts readOnly(FSDirectory dir) throws IOException {
        try {
            return withAnalysis(dir, IndexSearchers.ofCommits(dir), null, new AnalysisMark());
        } catch (IOException | RuntimeException e) {
            IndexFiles.closeAfter(e, dir);
            throw e;
        }
    }

    /** The parts, once the analysis version is read; closes the searchers when that fails. */
    private static IndexParts withAnalysis(FSDirectory dir, IndexSearchers searchers, ArticleWriter writer,
            AnalysisMark analysis) {
        try {
            analysis.read(IndexFiles.lastCommitData(dir).map(m -> m.get(IndexCommitter.ANALYSIS_VERSION)).orElse(null),
                    searchers::count);
            return new IndexParts(dir, searchers, writer, analysis);
        } catch (RuntimeException e) {
            IndexFiles.closeAfter(e, searchers);
            throw e;
        }
    }
}
