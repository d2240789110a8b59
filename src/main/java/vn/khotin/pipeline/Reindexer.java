package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleIndex;
import vn.khotin.pipeline.ReindexReporting.Listener;
import vn.khotin.pipeline.ReindexReporting.Progress;
import vn.khotin.pipeline.ReindexReporting.Result;
import vn.khotin.pipeline.ReindexReporting.Skip;

/**
 * Rebuilds the index from the WARC files alone, without network: every capture, and every article record of
 * {@code khotin import}, is replayed oldest file first (so the last capture of an updated article wins), then
 * articles the archive no longer yields are removed. Every record read is accounted for: it yields an article or
 * is skipped for a {@link Skip reason}.
 * {@code khotin reindex} builds a new index beside the old one and swaps it in once it is complete
 * ({@link #rebuild}); the admin action of a running server rebuilds in place ({@link #rebuildInPlace}).
 *
 * <p>The stages: {@link ArchiveReplay} reads the archive ({@link ReplayWalk}) and indexes its records on a worker
 * per core ({@link ReplayIndexer}), counting as it goes ({@link ReplayTally}), then commits ({@link ReplayCommit});
 * {@link SideRebuild} opens, keeps and drops the index built beside the old one. The types a rebuild reports in
 * ({@link Skip}, {@link Listener}, {@link Progress}, {@link Result}) are declared in {@link ReindexReporting}.
 */
public final class Reindexer {

    private Reindexer() {}

    /**
     * Replays the archive into a new index in the data directory's {@link SideIndex#BUILDING}, commits and closes
     * it, then swaps it in for the workspace's index. Until the swap the old index is untouched: a rebuild that
     * fails (a full disk, an unreadable WARC file), is stopped or is killed leaves it as it was, and the next run
     * starts over. For a process that holds the workspace alone ({@code khotin reindex}): the swap closes and
     * reopens the workspace's index.
     *
     * @param stop checked between records; a stopped rebuild discards what it replayed
     * @throws PipelineException when the archive, the index or the crawl store cannot be read or written
     */
    public static Result rebuild(Workspace ws, ArticleExtractor extractor, BooleanSupplier stop, Listener listener) {
        ArticleIndex fresh = SideRebuild.open(ws);
        boolean open = true;
        boolean replaced = false;
        try {
            Result r = new ArchiveReplay(ws, fresh, extractor, stop, listener).run();
            if (!r.complete()) {
                return r;
            }
            SideRebuild.keepDerivedFiles(ws.index(), fresh);
            open = false;
            fresh.close();
            ws.replaceIndex();
            replaced = true;
            ReplayCommit.markIngested(ws);
            return r;
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không thay được chỉ mục cũ bằng chỉ mục vừa dựng: "
                    + Failures.describe(e), e);
        } finally {
            if (!replaced) {
                SideRebuild.discard(ws, open ? fresh : null);
            }
        }
    }

    /**
     * Replays the archive into the workspace's own index, article by article, then removes what the archive no
     * longer yields: for a running server, whose searches keep answering from the same index throughout. A
     * failure partway leaves every article there, some analysed anew (the recorded analysis version is raised
     * only by a complete rebuild).
     *
     * @param stop checked between records; a stopped rebuild commits what it replayed and removes nothing
     * @throws PipelineException when the archive, the index or the crawl store cannot be read or written
     */
    public static Result rebuildInPlace(Workspace ws, ArticleExtractor extractor, BooleanSupplier stop,
            Listener listener) {
        Result r = new ArchiveReplay(ws, ws.index(), extractor, stop, listener).run();
        if (r.complete()) {
            ReplayCommit.markIngested(ws);
        }
        return r;
    }
}
