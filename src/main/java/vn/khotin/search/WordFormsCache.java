package vn.khotin.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import vn.khotin.index.ArticleIndex;

/**
 * Part of the suggest stage of a search: the current {@link WordForms} of an index for {@link Suggestions}, built on
 * first use and rebuilt when the archive has grown by a tenth. Thread-safe.
 */
final class WordFormsCache {

    /** Up to this many articles the statistics are built synchronously on first use. */
    private static final int SYNC_BUILD_DOCS = 20_000;

    private final ArticleIndex index;
    private final Logger log;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile WordForms stats;

    /** {@code log}: where a failed background build is reported (the suggestions' own logger). */
    WordFormsCache(ArticleIndex index, Logger log) {
        this.index = index;
        this.log = log;
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
        if (s != null && docs <= s.docs() * 1.1 + 10) {
            return s;
        }
        if (s == null && docs <= SYNC_BUILD_DOCS) {
            synchronized (this) {
                if (stats == null) {
                    stats = WordForms.build(searcher.getIndexReader());
                }
                return stats;
            }
        }
        rebuildInBackground();
        return s == null ? WordForms.EMPTY : s;
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
                stats = index.withSearcher(searcher -> WordForms.build(searcher.getIndexReader()));
            } catch (RuntimeException e) {
                log.warn("Building suggestion statistics failed: {}", e.toString());
            } finally {
                building.set(false);
            }
        }, "khotin-suggestion-stats");
        thread.setDaemon(true);
        thread.start();
    }
}
