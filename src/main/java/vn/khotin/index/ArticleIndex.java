package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.model.CaptureRef;

/**
 * The Lucene index of articles: one writer, and searchers reopened in the background so that a new article is
 * visible within {@link IndexOptions#maxStale()} (1 s by default) without a reopen per document, and a commit
 * policy bounding what a crash can lose ({@link IndexOptions}). The index is derived data: it can always be
 * rebuilt from the WARC archive.
 *
 * <p>Articles are keyed by the site's article ID, so re-indexing an article replaces it. Thread-safe.
 */
public final class ArticleIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    /** Commit user-data key: the capture reference of the last article committed. */
    public static final String LAST_CAPTURE = "khotin.lastCapture";
    /** Commit user-data key: the time of the commit (ISO-8601). */
    public static final String COMMITTED_AT = "khotin.committedAt";
    /**
     * Commit user-data key: the oldest {@link ArticleSchema#ANALYSIS_VERSION} any article in the index was
     * analyzed with. Adding articles does not raise it; only a complete rebuild does ({@link #markReanalyzed}).
     */
    public static final String ANALYSIS_VERSION = "khotin.analysisVersion";

    private final Directory directory;
    private final DerivedFiles derived;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexOptions options;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final IndexCommitter committer;
    private volatile String analysisVersion;

    private ArticleIndex(FSDirectory directory, IndexWriter writer, IndexOptions options) throws IOException {
        this.directory = directory;
        this.derived = new DerivedFiles(directory.getDirectory(), writer != null);
        this.writer = writer;
        this.options = options;
        if (writer == null) { // read-only: searches see the last commit, and newer ones after refresh()
            this.searchers = new SearcherManager(directory, null);
            this.reopener = null;
            this.committer = null;
            return;
        }
        this.searchers = new SearcherManager(writer, null);
        if (!options.maxStale().isZero()) {
            double max = options.maxStale().toNanos() / 1e9;
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, max, Math.min(max, 0.025));
            reopener.setName("khotin-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
        } else {
            reopener = null;
        }
        this.committer = new IndexCommitter(writer, directory, options, () -> analysisVersion);
    }

    /** Opens or creates the index in a directory with the {@link IndexOptions#DEFAULT default} options. */
    public static ArticleIndex open(Path path) throws IOException {
        return open(path, IndexOptions.DEFAULT);
    }

    /** Opens or creates the index in a directory. */
    public static ArticleIndex open(Path path, IndexOptions options) throws IOException {
        Files.createDirectories(path);
        FSDirectory dir = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.get().indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(options.ramBufferMb());
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, config);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        // A fresh index gets a first commit so that readers (and `stats`) can open it at once.
        boolean fresh = !DirectoryReader.indexExists(dir);
        if (fresh) {
            writer.setLiveCommitData(Map.of(ANALYSIS_VERSION, ArticleSchema.ANALYSIS_VERSION).entrySet());
            writer.commit();
        }
        ArticleIndex index = new ArticleIndex(dir, writer, options);
        index.analysisVersion = index.storedAnalysisVersion();
        if (index.analysisOutdated()) {
            LOG.warn("The index at {} was analyzed with version {} of the Vietnamese analysis, not {}: it searches as "
                    + "before until `khotin reindex` rebuilds it (`khotin stats` says what that brings)", path,
                    index.analysisVersion, ArticleSchema.ANALYSIS_VERSION);
        }
        return index;
    }

    /**
     * Opens an existing index for reading only: no write lock is taken and nothing is written, so it works beside
     * a process that writes the index (a server, a crawl). Searches see the last commit; {@link #refresh()}
     * moves to a newer one. Every write method throws {@link IllegalStateException}.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when the directory holds no Lucene index
     */
    public static ArticleIndex openReadOnly(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new org.apache.lucene.index.IndexNotFoundException("no directory " + path);
        }
        FSDirectory dir = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new org.apache.lucene.index.IndexNotFoundException("no Lucene index in " + path);
            }
            ArticleIndex index = new ArticleIndex(dir, null, IndexOptions.BULK);
            index.analysisVersion = index.storedAnalysisVersion();
            return index;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Whether this index was opened with {@link #openReadOnly(Path)}. */
    public boolean readOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index is open read-only");
        }
        return writer;
    }

    /** The version recorded in the last commit; "1" for an index with articles from before the marker. */
    private String storedAnalysisVersion() {
        String stored = lastCommitData().map(m -> m.get(ANALYSIS_VERSION)).orElse(null);
        if (stored != null) {
            return stored;
        }
        return count() > 0 ? "1" : ArticleSchema.ANALYSIS_VERSION;
    }

    /** The oldest analysis version of the articles in the index (see {@link #ANALYSIS_VERSION}). */
    public String analysisVersion() {
        return analysisVersion;
    }

    /**
     * Whether every article has the catch-all matching field ({@link vn.khotin.model.Fields#CATCH_ALL}): the
     * search matches plain words there only then, since an article analyzed before it would be missed.
     */
    public boolean hasCatchAll() {
        try {
            return Integer.parseInt(analysisVersion) >= ArticleSchema.CATCH_ALL_SINCE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** True when some articles were analyzed by an older analysis than this program's: a reindex is due. */
    public boolean analysisOutdated() {
        return !ArticleSchema.ANALYSIS_VERSION.equals(analysisVersion);
    }

    /** Records that every article has just been analyzed again (a complete rebuild); durable at the next commit. */
    public void markReanalyzed() {
        analysisVersion = ArticleSchema.ANALYSIS_VERSION;
    }

    /**
     * Adds an article, replacing any earlier version with the same ID. Visible to searches within
     * {@link IndexOptions#maxStale()}, durable at the next commit.
     *
     * @return the sequence number of the change, for {@link #awaitVisible(long)}
     */
    public long upsert(IndexedArticle article) throws IOException {
        Document doc = ArticleSchema.toDocument(article, Gazetteer.get(), TextAnalysis.get().vietnamese());
        long seq = writer().updateDocument(new Term(ArticleSchema.ID, Long.toString(article.article().id())), doc);
        committer.changed(article.capture() == null ? null : article.capture().toString());
        return seq;
    }

    /**
     * Adds an article the caller knows is not in the index (a bulk import checks its IDs first). Cheaper than
     * {@link #upsert} at scale: no delete by ID has to be looked up in every segment when the writer flushes.
     * Adding an ID that is present leaves two documents with it.
     */
    public long add(IndexedArticle article) throws IOException {
        long seq = writer.addDocument(ArticleSchema.toDocument(article, Gazetteer.get(), TextAnalysis.get().vietnamese()));
        committer.changed(article.capture() == null ? null : article.capture().toString());
        return seq;
    }

    /** Removes an article. */
    public long delete(long id) throws IOException {
        long seq = writer().deleteDocuments(new Term(ArticleSchema.ID, Long.toString(id)));
        committer.changed(null);
        return seq;
    }

    /**
     * Waits until the change with this sequence number is visible to new searches (at most
     * {@link IndexOptions#maxStale()} with the reopen thread; an immediate reopen without it).
     */
    public void awaitVisible(long sequence) throws IOException {
        if (reopener == null) {
            searchers.maybeRefreshBlocking();
            return;
        }
        try {
            reopener.waitForGeneration(sequence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index", e);
        }
    }

    /** Makes everything added so far visible to new searches, now. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes everything added so far durable, recording the last capture reference in the commit. */
    public void commit() throws IOException {
        writer();
        committer.commit();
    }

    /**
     * Makes everything added so far durable, with keys of the caller's in the commit's user data; they are carried
     * into later commits until changed (the importer records how far the archive is indexed this way).
     */
    public void commit(Map<String, String> callerData) throws IOException {
        committer.commit(callerData);
    }

    /** Changes not yet committed. */
    public long pendingChanges() {
        return committer == null ? 0 : committer.pending();
    }

    /**
     * Commits made since the index was opened, by the commit policy ({@link IndexOptions}) or on request: a
     * writer that must act once its changes are durable watches this instead of keeping a policy of its own.
     */
    public long commits() {
        return committer == null ? 0 : committer.commits();
    }

    /** The user data of the last commit ({@link #LAST_CAPTURE}, {@link #COMMITTED_AT}, {@link #ANALYSIS_VERSION}), if any. */
    public Optional<Map<String, String>> lastCommitData() {
        if (committer != null) {
            return committer.lastCommitData();
        }
        try {
            var commits = DirectoryReader.listCommits(directory);
            return commits.isEmpty() ? Optional.empty() : Optional.of(commits.getLast().getUserData());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The options this index was opened with. */
    public IndexOptions options() {
        return options;
    }

    /** Number of articles visible to searches. */
    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * The files of data derived from the articles (a trained model, statistics) kept in the index directory, so that
     * they are copied and deleted with the index.
     */
    public DerivedFiles derived() {
        return derived;
    }

    /** Bytes used by the index files (not the {@link #derived derived files} beside them). */
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            if (DerivedFiles.isDerived(f)) {
                continue;
            }
            try {
                total += directory.fileLength(f);
            } catch (IOException ignored) {
                // a file merged away meanwhile
            }
        }
        return total;
    }

    /** Number of segments of the index as searches currently see it. */
    public int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** A one-line description of the writer's configuration (for benchmark reports). */
    public String describe() {
        if (writer == null) {
            return "read-only";
        }
        var c = writer.getConfig();
        String merge = c.getMergePolicy() instanceof org.apache.lucene.index.TieredMergePolicy t
                ? String.format(java.util.Locale.ROOT, "Tiered(seg %.0f MB, %.0f/tier)", t.getMaxMergedSegmentMB(),
                        t.getSegmentsPerTier())
                : c.getMergePolicy().getClass().getSimpleName();
        return String.format(java.util.Locale.ROOT, "RAM buffer %.0f MB, %s, codec %s", c.getRAMBufferSizeMB(), merge,
                c.getCodec().getName());
    }

    /**
     * Merges the index into one segment when it has more, commits and makes it visible; returns whether it
     * merged. Every search pays per segment (term lookups, postings setup, per-segment collectors), and a crawl
     * leaves a dozen segments behind: one segment answered the search benchmark's queries about a quarter
     * faster. Meant for the end of a crawl run or a rebuild; searches go on against the previous segments
     * meanwhile. Needs free disk space of about twice the index while it runs; if it fails (full disk), the
     * index stays as it was.
     */
    public boolean compact() throws IOException {
        if (segmentCount() <= 1) {
            return false;
        }
        forceMerge(1);
        return true;
    }

    /** Merges segments down to at most {@code maxSegments} (after a bulk load) and commits. */
    public void forceMerge(int maxSegments) throws IOException {
        writer().forceMerge(maxSegments);
        commit();
        refresh();
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
            // among articles of the same moment the lowest ID, so that stats names the same one at every run
            TopDocs top = s.search(new org.apache.lucene.search.FieldExistsQuery(ArticleSchema.PUBLISHED), 1,
                    new org.apache.lucene.search.Sort(field, new org.apache.lucene.search.SortField(ArticleSchema.ID,
                            org.apache.lucene.search.SortField.Type.LONG)));
            if (top.scoreDocs.length == 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(Long.parseLong(
                    s.storedFields().document(top.scoreDocs[0].doc).get(ArticleSchema.ID)));
        });
    }

    /** The IDs of the articles visible to searches (as last refreshed), in index order. */
    public List<Long> articleIds() {
        return withSearcher(searcher -> {
            List<Long> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ArticleSchema.ID);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        out.add(ids.longValue());
                    }
                }
            }
            return out;
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
        derived.close();
        if (writer == null) {
            try {
                searchers.close();
            } finally {
                directory.close();
            }
            return;
        }
        try {
            committer.stop();
            if (reopener != null) {
                reopener.close();
            }
            searchers.close();
            commit();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
