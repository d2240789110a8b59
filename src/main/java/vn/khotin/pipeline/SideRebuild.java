package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;

/**
 * The new index of a full rebuild ({@link Reindexer#rebuild}), built beside the old one in
 * {@link SideIndex#BUILDING}: opened once the disk has room for it, given the old index's derived files before
 * the swap, or dropped when the rebuild does not finish.
 */
final class SideRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(SideRebuild.class);

    private SideRebuild() {}

    /**
     * Opens an empty index in {@link SideIndex#BUILDING}, after checking that the disk can hold it.
     *
     * @throws PipelineException when there is no room or it cannot be created
     */
    static ArticleIndex open(Workspace ws) {
        try {
            SideIndex.checkRoom(ws.data());
            return ArticleIndex.open(SideIndex.startBuilding(ws.data()), IndexOptions.BULK);
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không tạo được chỉ mục mới trong " + ws.data().root() + ": "
                    + Failures.describe(e), e);
        }
    }

    /**
     * Copies the files derived from the old index's articles (the accent model, word statistics) into the new
     * one, so that a server started on it loads them rather than spending minutes rebuilding them. They hold
     * statistics of the articles' stored text, not of its analysis, and name their recipe in their file name;
     * the same archive yields the same articles, and each loader rebuilds its file when the article count has
     * moved beyond what it tolerates anyway.
     */
    static void keepDerivedFiles(ArticleIndex from, ArticleIndex to) throws IOException {
        for (String name : from.derived().list()) {
            Path source = from.derived().path(name);
            to.derived().write(name, file -> Files.copy(source, file));
        }
    }

    /** Drops an unfinished rebuild, closing {@code fresh} unless it is null; the old index is still in place. */
    static void discard(Workspace ws, ArticleIndex fresh) {
        try {
            if (fresh != null) {
                fresh.close();
            }
            SideIndex.abandon(ws.data());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove the unfinished rebuild in {} (the next run does): {}", ws.data().root(),
                    e.toString());
        }
    }
}
