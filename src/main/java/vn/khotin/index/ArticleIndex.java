package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import vn.khotin.archive.CaptureRef;

/**
 * The Lucene index of articles: one writer, and searchers refreshed so that a new article is visible within
 * about a second. The index is derived data: it can always be rebuilt from the WARC archive.
 *
 * <p>Articles are keyed by the site's article ID, so re-indexing an article replaces it.
 */
public final class ArticleIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens or creates the index in a directory. */
    public static ArticleIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(ArticleSchema.textAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(dir, config);
        // A fresh index gets a first commit so that readers (and `stats`) can open it at once.
        if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
            writer.commit();
        }
        return new ArticleIndex(dir, writer);
    }

    /** Adds an article, replacing any earlier version with the same ID. */
    public void upsert(IndexedArticle article) throws IOException {
        writer.updateDocument(new Term(ArticleSchema.ID, Long.toString(article.article().id())),
                ArticleSchema.toDocument(article));
    }

    /** Makes everything added so far visible to new searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes everything added so far durable. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** The searcher manager; callers must release what they acquire. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** Number of articles visible to searches. */
    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Where the raw capture of an article is, and when it was fetched. */
    public Optional<CaptureInfo> captureInfo(long id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ArticleSchema.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = s.storedFields().document(top.scoreDocs[0].doc);
            String ref = doc.get(ArticleSchema.CAPTURE);
            var fetched = doc.getField(ArticleSchema.FETCHED);
            return Optional.of(new CaptureInfo(ref == null ? null : CaptureRef.parse(ref),
                    fetched == null ? null : Instant.ofEpochMilli(fetched.numericValue().longValue())));
        });
    }

    /** Raw stored JSON of an article, if present. */
    public Optional<byte[]> source(long id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ArticleSchema.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            BytesRef bytes = s.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(ArticleSchema.SOURCE);
            return Optional.ofNullable(bytes == null ? null : BytesRef.deepCopyOf(bytes).bytes);
        });
    }

    /**
     * The ID of the article published first ({@code newest = false}) or last, among those with a date; for
     * {@code khotin stats}.
     */
    public java.util.OptionalLong byPublished(boolean newest) {
        return withSearcher(s -> {
            org.apache.lucene.search.SortField field = new org.apache.lucene.search.SortField(ArticleSchema.PUBLISHED,
                    org.apache.lucene.search.SortField.Type.LONG, newest);
            field.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
            TopDocs top = s.search(new org.apache.lucene.search.FieldExistsQuery(ArticleSchema.PUBLISHED), 1,
                    new org.apache.lucene.search.Sort(field));
            if (top.scoreDocs.length == 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(Long.parseLong(
                    s.storedFields().document(top.scoreDocs[0].doc).get(ArticleSchema.ID)));
        });
    }

    /** Where an article's capture is archived, and when it was fetched. */
    public record CaptureInfo(CaptureRef capture, Instant fetched) {}

    /** Runs a function with an acquired searcher, releasing it afterwards. */
    public <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A function over a searcher that may throw IOException. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.commit();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
