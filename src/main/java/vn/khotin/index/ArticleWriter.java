package vn.khotin.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * The write side of an {@link ArticleIndex}: its one Lucene writer and the commit policy over it
 * ({@link IndexCommitter}). Every change goes through here so that the policy counts it. A read-only index has
 * none.
 */
final class ArticleWriter {

    private final IndexWriter writer;
    private final IndexCommitter committer;

    private ArticleWriter(IndexWriter writer, FSDirectory directory, IndexOptions options,
            Supplier<String> analysisVersion) {
        this.writer = writer;
        this.committer = new IndexCommitter(writer, directory, options, analysisVersion);
    }

    /**
     * Opens or creates the writer of the index in {@code dir}, its commit policy running. A fresh index is committed
     * at once, recording this program's analysis version, so that readers (and {@code stats}) can open it before the
     * first article arrives. When any of that fails, {@code dir} is closed and no writer is left holding its write
     * lock (a retry in the same process may open it).
     *
     * @param analysisVersion the analysis version each later commit records
     */
    static ArticleWriter open(FSDirectory dir, IndexOptions options, Supplier<String> analysisVersion)
            throws IOException {
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.get().indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(options.ramBufferMb());
            writer = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) {
                writer.setLiveCommitData(
                        Map.of(IndexCommitter.ANALYSIS_VERSION, ArticleSchema.ANALYSIS_VERSION).entrySet());
                writer.commit();
            }
            return new ArticleWriter(writer, dir, options, analysisVersion);
        } catch (IOException | RuntimeException e) {
            IndexFiles.closeAfter(e, writer == null ? null : writer::rollback, dir);
            throw e;
        }
    }

    /** The Lucene writer, for searchers of what it has added. */
    IndexWriter lucene() {
        return writer;
    }

    /**
     * Gives up this writer of an index that failed to open after it, and closes {@code dir}. Nothing was changed
     * through it, so rolling it back loses nothing; unlike closing, that writes no commit, and it releases the write
     * lock.
     */
    void abandon(FSDirectory dir, Exception failure) {
        IndexFiles.closeAfter(failure, committer::stop, writer::rollback, dir);
    }

    /** Adds an article in place of any document with its ID; returns the change's sequence number. */
    long upsert(IndexedArticle article) throws IOException {
        long seq = writer.updateDocument(idTerm(article.article().id()), document(article));
        committer.changed(captureOf(article));
        return seq;
    }

    /** Adds an article without looking for an earlier document with its ID. */
    long add(IndexedArticle article) throws IOException {
        long seq = writer.addDocument(document(article));
        committer.changed(captureOf(article));
        return seq;
    }

    long delete(long id) throws IOException {
        long seq = writer.deleteDocuments(idTerm(id));
        committer.changed(null);
        return seq;
    }

    private static Term idTerm(long id) {
        return new Term(ArticleSchema.ID, Long.toString(id));
    }

    private static Document document(IndexedArticle article) {
        return ArticleSchema.toDocument(article, Gazetteer.get(), TextAnalysis.get().vietnamese());
    }

    private static String captureOf(IndexedArticle article) {
        return article.capture() == null ? null : article.capture().toString();
    }

    void commit() throws IOException {
        committer.commit();
    }

    void commit(Map<String, String> callerData) throws IOException {
        committer.commit(callerData);
    }

    long pending() {
        return committer.pending();
    }

    long commits() {
        return committer.commits();
    }

    /** Merges down to at most {@code maxSegments}; the caller commits. */
    void forceMerge(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
    }

    /** The writer's RAM buffer, merge policy and codec on one line. */
    String describe() {
        var c = writer.getConfig();
        String merge = c.getMergePolicy() instanceof TieredMergePolicy t
                ? String.format(Locale.ROOT, "Tiered(seg %.0f MB, %.0f/tier)", t.getMaxMergedSegmentMB(),
                        t.getSegmentsPerTier())
                : c.getMergePolicy().getClass().getSimpleName();
        return String.format(Locale.ROOT, "RAM buffer %.0f MB, %s, codec %s", c.getRAMBufferSizeMB(), merge,
                c.getCodec().getName());
    }

    /** Stops the commit policy's timer, so that nothing commits behind the closing index's back. */
    void stopPolicy() {
        committer.stop();
    }

    /** Commits what is pending and closes the writer. */
    void close() throws IOException {
        committer.commit();
        writer.close();
    }
}
