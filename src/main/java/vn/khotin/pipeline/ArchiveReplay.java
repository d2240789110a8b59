package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleIndex;
import vn.khotin.pipeline.ReindexReporting.Listener;
import vn.khotin.pipeline.ReindexReporting.Result;
import vn.khotin.pipeline.ReplayIndexer.Replayed;
import vn.khotin.pipeline.ReplayWalk.Stopped;
import vn.khotin.pipeline.ReplayWalk.WorkerFailed;

/**
 * One replay of the archive into an index, for {@link Reindexer}: reads the archive on this thread
 * ({@link ReplayWalk}) and hands each record that may be an article to a worker per core ({@link ReplayIndexer}),
 * which extracts or parses it and indexes it (the analysis is most of the cost), as {@code import} does; then
 * commits ({@link ReplayCommit}) and, when every record was read, merges the index into one segment.
 */
final class ArchiveReplay {

    private final Workspace ws;
    /** The index replayed into: the workspace's own in place, else a new one in {@link SideIndex#BUILDING}. */
    private final ArticleIndex index;
    private final BooleanSupplier stop;
    private final Listener listener;
    private final int threads;
    private final ReplayTally tally = new ReplayTally();
    private final ReplayIndexer indexer;
    private final ReplayCommit commit;

    ArchiveReplay(Workspace ws, ArticleIndex index, ArticleExtractor extractor, BooleanSupplier stop,
            Listener listener) {
        this.ws = ws;
        this.index = index;
        this.stop = stop;
        this.listener = listener;
        this.threads = Runtime.getRuntime().availableProcessors();
        LatestWins articlesIndexed = new LatestWins(index, index != ws.index());
        this.indexer = new ReplayIndexer(extractor, articlesIndexed, tally);
        this.commit = new ReplayCommit(ws, index, articlesIndexed);
    }

    /**
     * Replays every record, commits, and merges after a complete replay.
     *
     * @throws PipelineException when the archive or the index cannot be read or written
     */
    Result run() {
        boolean complete = true;
        try (ImportWorkers<Replayed> workers = new ImportWorkers<>("khotin-reindex", threads, indexer::replay)) {
            tally.sizeArchive(ws.archive().files());
            ws.archive().walk(new ReplayWalk(tally, workers, stop, listener));
            try {
                workers.drain();
            } catch (Exception e) {
                throw new WorkerFailed(e);
            }
            listener.progress(tally.progress(tally.bytesTotal()));
        } catch (Stopped e) {
            complete = false;
        } catch (WorkerFailed e) {
            throw failure(e.getCause());
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không đọc được kho WARC: " + Failures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PipelineException.runtime("Dựng lại chỉ mục bị ngắt.", e);
        }
        if (complete) {
            listener.merging();
        }
        int removed = commit.commit(complete);
        if (complete) {
            Workspace.compact(index);
        }
        return tally.result(removed, complete);
    }

    /** A worker's failure as it is thrown: the index could not be written (a full disk), or a bug. */
    private static RuntimeException failure(Throwable e) {
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return PipelineException.runtime("Không ghi được chỉ mục: " + Failures.describe(e), e);
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
