package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of articles: one writer, and searchers reopened in the background so that a new article is
 * visible within {@link IndexOptions#maxStale()} (1 s by default) without a reopen per document, and a commit
 * policy bounding what a crash can lose ({@link IndexOptions}). The index is derived data: it can always be
 * rebuilt from the WARC archive.
 *
 * <p>Articles are keyed by the site's article ID, so re-indexing an article replaces it. Thread-safe. The work is
 * done by the package's parts (see the package documentation); this class is their one entry point.
 */
public final class ArticleIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    // The commit user-data keys are the commit policy's (IndexCommitter), which writes them; named here for callers.
    /** Commit user-data key: the capture reference of the last article committed. */
    public static final String LAST_CAPTURE = IndexCommitter.LAST_CAPTURE;
    /** Commit user-data key: the time of the commit (ISO-8601). */
    public static final String COMMITTED_AT = IndexCommitter.COMMITTED_AT;
    /**
     * Commit user-data key: the oldest {@link ArticleSchema#ANALYSIS_VERSION} any article in the index was
     * analyzed with. Adding articles does not raise it; only a complete rebuild does ({@link #markReanalyzed}).
     */
    public static final String ANALYSIS_VERSION = IndexCommitter.ANALYSIS_VERSION;

    private final FSDirectory directory;
    private final DerivedFiles derived;
    private final IndexOptions options;
    private final IndexSearchers searchers;
    /** Null when the index is open read-only. */
    private final ArticleWriter writer;
    private final AnalysisMark analysis;

    private ArticleIndex(IndexParts parts, IndexOptions options) {
        this.directory = parts.directory();
        this.derived = new DerivedFiles(directory.getDirectory(), parts.writer() != null);
        this.options = options;
        this.searchers = parts.searchers();
        this.writer = parts.writer();
        this.analysis = parts.analysis();
    }

    /** Opens or creates the index in a directory with the {@link IndexOptions#DEFAULT default} options. */
    public static ArticleIndex open(Path path) throws IOException {
        return open(path, IndexOptions.DEFAULT);
    }

    /** Opens or creates the index in a directory. */
    public static ArticleIndex open(Path path, IndexOptions options) throws IOException {
        ArticleIndex index = open(IndexFiles.create(path), options);
        if (index.analysisOutdated()) {
            LOG.warn("The index at {} was analyzed with version {} of the Vietnamese analysis, not {}: it searches as "
                    + "before until `khotin reindex` rebuilds it (`khotin stats` says what that brings)", path,
                    index.analysisVersion(), ArticleSchema.ANALYSIS_VERSION);
        }
        return index;
    }

    /** Opens or creates the index in {@code dir}; when that fails, {@code dir} is closed and its write lock free. */
    static ArticleIndex open(FSDirectory dir, IndexOptions options) throws IOException {
        return new ArticleIndex(IndexParts.writable(dir, options), options);
    }

    /**
     * Opens an existing index for reading only: no write lock is taken and nothing is written, so it works beside
     * a process that writes the index (a server, a crawl). Searches see the last commit; {@link #refresh()}
     * moves to a newer one. Every write method throws {@link IllegalStateException}.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when the directory holds no Lucene index
     */
    public static ArticleIndex openReadOnly(Path path) throws IOException {
        return new ArticleIndex(IndexParts.readOnly(IndexFiles.existing(path)), IndexOptions.BULK);
    }

    /** Whether this index was opened with {@link #openReadOnly(Path)}. */
    public boolean readOnly() {
        return writer == null;
    }

    private ArticleWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index is open read-only");
        }
        return writer;
    }

    /** The oldest analysis version of the articles in the index (see {@link #ANALYSIS_VERSION}). */
    public String analysisVersion() {
        return analysis.version();
    }

    /**
     * Whether every article has the catch-all matching field ({@link vn.khotin.model.Fields#CATCH_ALL}): the
     * search matches plain words there only then, since an article analyzed before it would be missed.
     */
    public boolean hasCatchAll() {
        return analysis.hasCatchAll();
    }

    /**
     * Whether every article's word fields pair the syllables on either side of a soft break ("Bắc - Nam", "“bầu” Kiên"), as a
     * phrase does ({@link ArticleSchema#SOFT_BREAK_PAIRS_SINCE}): the search then requires a word whole through them.
     */
    public boolean hasSoftBreakPairs() {
        return analysis.hasSoftBreakPairs();
    }

    /** True when some articles were analyzed by an older analysis than this program's: a reindex is due. */
    public boolean analysisOutdated() {
        return analysis.outdated();
    }

    /** Records that every article has just been analyzed again (a complete rebuild); durable at the next commit. */
    public void markReanalyzed() {
        writer(); // a read-only index has no commit to make the mark durable with
        analysis.markReanalyzed();
    }

    /**
     * Adds an article, replacing any earlier version with the same ID. Visible to searches within
     * {@link IndexOptions#maxStale()}, durable at the next commit.
     *
     * @return the sequence number of the change, for {@link #awaitVisible(long)}
     */
    public long upsert(IndexedArticle article) throws IOException {
        return writer().upsert(article);
    }

    /**
     * Adds an article the caller knows is not in the index (a bulk import checks its IDs first). Cheaper than
     * {@link #upsert} at scale: no delete by ID has to be looked up in every segment when the writer flushes.
     * Adding an ID that is present leaves two documents with it.
     */
    public long add(IndexedArticle article) throws IOException {
        return writer().add(article);
    }

    /** Removes an article. */
    public long delete(long id) throws IOException {
        return writer().delete(id);
    }

    /**
     * Waits until the change with this sequence number is visible to new searches (at most
     * {@link IndexOptions#maxStale()} with the reopen thread; an immediate reopen without it).
     */
    public void awaitVisible(long sequence) throws IOException {
        searchers.awaitVisible(sequence);
    }

    /** Makes everything added so far visible to new searches, now. */
    public void refresh() throws IOException {
        searchers.refresh();
    }

    /** Makes everything added so far durable, recording the last capture reference in the commit. */
    public void commit() throws IOException {
        writer().commit();
    }

    /**
     * Makes everything added so far durable, with keys of the caller's in the commit's user data; they are carried
     * into later commits until changed (the importer records how far the archive is indexed this way).
     */
    public void commit(Map<String, String> callerData) throws IOException {
        writer().commit(callerData);
    }

    /** Changes not yet committed. */
    public long pendingChanges() {
        return writer == null ? 0 : writer.pending();
    }

    /**
     * Commits made since the index was opened, by the commit policy ({@link IndexOptions}) or on request: a
     * writer that must act once its changes are durable watches this instead of keeping a policy of its own.
     */
    public long commits() {
        return writer == null ? 0 : writer.commits();
    }

    /** The user data of the last commit ({@link #LAST_CAPTURE}, {@link #COMMITTED_AT}, {@link #ANALYSIS_VERSION}), if any. */
    public Optional<Map<String, String>> lastCommitData() {
        return IndexFiles.lastCommitData(directory);
    }

    /** The options this index was opened with. */
    public IndexOptions options() {
        return options;
    }

    /** Number of articles visible to searches. */
    public int count() {
        return searchers.count();
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
        return IndexFiles.sizeInBytes(directory);
    }

    /** Number of segments of the index as searches currently see it. */
    public int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** A one-line description of the writer's configuration (for benchmark reports). */
    public String describe() {
        return writer == null ? "read-only" : writer.describe();
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
        writer(); // refused even when there is nothing to merge, as every write is on a read-only index
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
        return withSearcher(s -> ArticleLookups.stored(s, id)
                .map(doc -> new CaptureInfo(ArticleLookups.capture(doc), ArticleLookups.fetched(doc))));
    }

    /** Raw stored JSON of an article, if present. */
    public Optional<byte[]> source(long id) {
        return withSearcher(s -> ArticleLookups.stored(s, id).flatMap(ArticleLookups::source));
    }

    /**
     * The ID of the article published first ({@code newest = false}) or last, among those with a date; for
     * {@code khotin stats}.
     */
    public OptionalLong byPublished(boolean newest) {
        return withSearcher(s -> ArticleLookups.byPublished(s, newest));
    }

    /** The IDs of the articles visible to searches (as last refreshed), in index order. */
    public List<Long> articleIds() {
        return withSearcher(ArticleLookups::ids);
    }

    /** Runs a function with an acquired searcher, releasing it afterwards. */
    public <T> T withSearcher(SearcherFunction<T> function) {
        return searchers.read(function);
    }

    @Override
    public void close() throws IOException {
        derived.close();
        try {
            if (writer != null) {
                writer.stopPolicy();
            }
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
