package vn.khotin.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import vn.khotin.index.ArticleIndex;

/**
 * Part of the suggest stage of a search: the current {@link WordForms} of an index for {@link Suggestions}, built on
 * first use and rebuilt when the archive has grown by a tenth. A large archive's statistics, built in the background,
 * are saved beside the index ({@link ArticleIndex#derived}) and loaded by the next instance instead of read again
 * from every title (12 s at 100,000 articles), unless the index is open read-only. Thread-safe.
 */
final class WordFormsCache {

    /** Up to this many articles the statistics are built synchronously on first use. */
    static final int SYNC_BUILD_DOCS = 20_000;
    /** The saved statistics' file among the index's derived files; other {@link #FILE_PREFIX} files are older. */
    static final String FILE_PREFIX = "word-forms-";
    static final String FILE = FILE_PREFIX + WordFormsFile.FORMAT + ".bin";

    private final ArticleIndex index;
    private final Logger log;
    private final int syncBuildDocs;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile WordForms stats;
    private volatile boolean loaded;

    /** {@code log}: where a failed background build is reported (the suggestions' own logger). */
    WordFormsCache(ArticleIndex index, Logger log) {
        this(index, log, SYNC_BUILD_DOCS);
    }

    /** With another limit for synchronous builds (tests). */
    WordFormsCache(ArticleIndex index, Logger log, int syncBuildDocs) {
        this.index = index;
        this.log = log;
        this.syncBuildDocs = syncBuildDocs;
    }

    /**
     * The current statistics. A small archive builds them in the calling thread (a few milliseconds), so
     * answers are complete at once. A large one builds them on a background thread while searches go on
     * with what exists (nothing, the first time): reading every title of a 100,000-article archive takes
     * seconds, and no search may wait that long behind it. Stale statistics are always rebuilt in the
     * background.
     */
    WordForms get(IndexSearcher searcher) throws IOException {
        WordForms s = stats;
        int docs = searcher.getIndexReader().numDocs();
        if (s != null && current(s, docs)) {
            return s;
        }
        if ((s == null && docs <= syncBuildDocs) || docs <= exactDocs()) {
            synchronized (this) {
                if (stats == null || !current(stats, docs)) {
                    stats = WordForms.build(searcher.getIndexReader());
                }
                return stats;
            }
        }
        rebuildInBackground();
        return s == null ? WordForms.EMPTY : s;
    }

    /**
     * Up to this many articles the statistics are rebuilt as soon as the archive changes (synchronously: well under
     * 100 ms): in a small archive one article is a large share of its word pairs, and a crawl that has just added
     * the only title with "Hồng Lĩnh" must not leave "Hồng Lỉnh" corrected to "Hồng Tỉnh".
     */
    static final int EXACT_DOCS = 1_000;

    /** Whether statistics of {@code s.docs()} articles still serve an archive of {@code docs}. */
    private boolean current(WordForms s, int docs) {
        return docs == s.docs() || (docs > exactDocs() && docs <= s.docs() * 1.1 + 10);
    }

    /** {@link #EXACT_DOCS}, or the synchronous-build limit when that is lower (tests of the background builds). */
    private int exactDocs() {
        return Math.min(EXACT_DOCS, syncBuildDocs);
    }

    /** Which statistics are in use: another value once rebuilt statistics replace them. */
    int statsIdentity() {
        return System.identityHashCode(stats);
    }

    /** Whether statistics exist and serve an archive of {@code docs} articles without a rebuild. */
    boolean currentFor(int docs) {
        WordForms s = stats;
        return s != null && current(s, docs);
    }

    /** Whether statistics exist (possibly stale). */
    boolean ready() {
        return stats != null;
    }

    /** Whether a background build is running. */
    boolean building() {
        return building.get();
    }

    /** Starts a build on a background thread unless one is running. */
    void rebuildInBackground() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                if (stats == null) {
                    WordForms saved = loadSaved();
                    if (saved != null) {
                        stats = saved;
                        if (index.count() <= saved.docs() * 1.1 + 10) {
                            return;
                        }
                    }
                }
                WordForms built = index.withSearcher(searcher -> WordForms.build(searcher.getIndexReader()));
                stats = built;
                loaded = false;
                save(built);
            } catch (RuntimeException e) {
                log.warn("Building suggestion statistics failed: {}", e.toString());
            } finally {
                building.set(false);
            }
        }, "khotin-suggestion-stats");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the current statistics were loaded from the file a previous instance saved. */
    boolean loadedFromFile() {
        return loaded;
    }

    /** The statistics a previous instance saved beside the index, or null (none, or unreadable: reported). */
    private WordForms loadSaved() {
        Path file = index.derived().path(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            WordForms saved = WordFormsFile.load(file);
            loaded = true;
            return saved;
        } catch (IOException | RuntimeException e) {
            log.warn("The saved word statistics {} cannot be read ({}); building them again", file, e.toString());
            return null;
        }
    }

    /** Saves the statistics beside a writable index, replacing older formats' files; a failure is only reported. */
    private void save(WordForms built) {
        try {
            index.derived().writeReplacing(FILE, FILE_PREFIX, file -> WordFormsFile.save(built, file));
        } catch (IOException | RuntimeException e) {
            log.warn("The word statistics could not be saved beside the index ({})", e.toString());
        }
    }
}
