package vn.khotin.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;

/**
 * Writes the articles of a replay that several threads index at once, so that the index ends as a replay on one
 * thread would leave it: of two captures of one article, the one read later wins, whichever thread gets there
 * first. Each record carries the order in which it was read; an article is written only when no later record of
 * it has been, under a lock striped by article ID, so threads indexing different articles do not wait for each
 * other. Thread-safe.
 */
final class LatestWins {

    private static final int STRIPES = 64;

    private final ArticleIndex index;
    private final boolean fresh;
    private final Object[] locks = new Object[STRIPES];
    /** Per stripe: article ID → the read order of the record indexed for it. Guarded by the stripe's lock. */
    private final Map<Long, Long>[] latest;

    /** @param fresh the index held no article before the replay, so an article's first record needs no delete */
    @SuppressWarnings("unchecked")
    LatestWins(ArticleIndex index, boolean fresh) {
        this.index = index;
        this.fresh = fresh;
        this.latest = new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            latest[i] = new HashMap<>();
        }
    }

    /**
     * Indexes the article read at {@code order} unless a record read after it already was (then it counts as
     * indexed and replaced, as on one thread).
     *
     * @throws IllegalArgumentException when the index refuses the article (nothing is recorded for it)
     */
    void index(IndexedArticle article, long order) throws IOException {
        long id = article.article().id();
        int stripe = Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), STRIPES);
        synchronized (locks[stripe]) {
            Long indexed = latest[stripe].get(id);
            if (indexed != null && indexed > order) {
                return;
            }
            if (indexed == null && fresh) {
                index.add(article);
            } else {
                index.upsert(article);
            }
            latest[stripe].put(id, order);
        }
    }

    /** Whether some record of the article was indexed. */
    boolean seen(long id) {
        int stripe = Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), STRIPES);
        synchronized (locks[stripe]) {
            return latest[stripe].containsKey(id);
        }
    }
}
