package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import vn.khotin.extract.ArticleExtractor;

/**
 * Rebuilds the index from the WARC files alone, without network: every capture, and every article record of
 * {@code khotin import}, is replayed oldest file first (so the last capture of an updated article wins), then
 * articles the archive no longer yields are removed.
 * Shared by {@code khotin reindex} (on a fresh index) and the admin action of a running server (in place: the
 * index stays searchable throughout, each article replaced as its capture is replayed).
 */
public final class Reindexer {

    /**
     * What a rebuild did.
     *
     * @param captures captures replayed
     * @param articles articles indexed, crawled or imported (an article captured twice counts twice)
     * @param removed articles dropped from the index because no capture yields them any more
     * @param complete false when stopped before the end (nothing is removed then)
     */
    public record Result(long captures, int articles, int removed, boolean complete, Duration took) {}

    private Reindexer() {}

    /**
     * Replays the archive into the workspace's index and commits.
     *
     * @param stop checked between captures; a stopped rebuild commits what it replayed and removes nothing
     * @throws PipelineException when the archive, the index or the crawl store cannot be read or written
     */
    public static Result rebuild(Workspace ws, ArticleExtractor extractor, BooleanSupplier stop) {
        Instant started = Instant.now();
        Ingest ingest = new Ingest(ws.archive(), extractor, ws.index());
        Set<Long> seen = new HashSet<>();
        long[] captures = {0};
        int[] imported = {0};
        boolean complete = true;
        try {
            ws.archive().forEach(archived -> {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                try {
                    ingest.process(archived).ifPresent(seen::add);
                    captures[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, resource -> {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                ImportArchive.read(resource).ifPresent(article -> {
                    try {
                        ws.index().upsert(article);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    seen.add(article.article().id());
                    imported[0]++;
                });
            });
        } catch (Stopped e) {
            complete = false;
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không đọc được kho WARC: " + Failures.describe(e), e);
        } finally {
            try {
                ingest.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int removed = 0;
        try {
            if (complete) {
                ws.index().markReanalyzed();
                ImportArchive.commitAllIndexed(ws.archive(), ws.index()); // every import record is indexed now
            } else {
                ws.index().commit();
            }
            ws.index().refresh();
            if (complete) {
                List<Long> stale = ws.index().articleIds().stream().filter(id -> !seen.contains(id)).toList();
                for (long id : stale) {
                    ws.index().delete(id);
                }
                removed = stale.size();
                if (removed > 0) {
                    ws.index().commit();
                    ws.index().refresh();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không ghi được chỉ mục: " + Failures.describe(e), e);
        }
        if (complete) {
            ws.compactIndex();
            try {
                ws.store().markIngested();
            } catch (SQLException e) {
                throw PipelineException.runtime("Không cập nhật được kho trạng thái thu thập: " + Failures.describe(e), e);
            }
        }
        return new Result(captures[0], ingest.articles() + imported[0], removed, complete,
                Duration.between(started, Instant.now()));
    }

    /** Unwinds the archive walk when a stop is requested. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
