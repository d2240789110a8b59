package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.index.ArticleIndex;

/**
 * The end of a replay: commits what was replayed and, after a complete replay, deals with the articles of the
 * index before it that the archive no longer yields; once the rebuilt index is the workspace's, tells the crawl
 * store so.
 */
final class ReplayCommit {

    private final Workspace ws;
    private final ArticleIndex index;
    private final boolean inPlace;
    private final LatestWins articlesIndexed;

    /** @param index the index replayed into: the workspace's own in place, else the new one beside it */
    ReplayCommit(Workspace ws, ArticleIndex index, LatestWins articlesIndexed) {
        this.ws = ws;
        this.index = index;
        this.inPlace = index == ws.index();
        this.articlesIndexed = articlesIndexed;
    }

    /**
     * Commits what was replayed and, after a complete replay, counts the articles of the index before it that the
     * archive no longer yields (removing them when rebuilding in place; a new index never had them).
     *
     * @return the articles the archive no longer yields; 0 after an incomplete replay
     */
    int commit(boolean complete) {
        try {
            if (complete) {
                index.markReanalyzed();
                ImportArchive.commitAllIndexed(ws.archive(), index); // every import record is indexed now
            } else {
                index.commit();
            }
            index.refresh();
            if (!complete) {
                return 0;
            }
            List<Long> stale = stale();
            if (!inPlace || stale.isEmpty()) {
                return stale.size();
            }
            for (long id : stale) {
                index.delete(id);
            }
            index.commit();
            index.refresh();
            return stale.size();
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không ghi được chỉ mục: " + Failures.describe(e), e);
        }
    }

    /** The articles of the workspace's index that no record replayed yielded. */
    private List<Long> stale() {
        List<Long> stale = new ArrayList<>();
        for (long id : ws.index().articleIds()) {
            if (!articlesIndexed.seen(id)) {
                stale.add(id);
            }
        }
        return stale;
    }

    /** Tells the crawl store, if a crawl made one, that every page it fetched is indexed now. */
    static void markIngested(Workspace ws) {
        try {
            Optional<CrawlStore> store = ws.existingStore();
            if (store.isPresent()) {
                store.get().markIngested();
            }
        } catch (SQLException e) {
            throw PipelineException.runtime("Không cập nhật được kho trạng thái thu thập: " + Failures.describe(e), e);
        }
    }
}
