package vn.khotin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleSchema;

/**
 * Rebuilds the index from the WARC files alone, without network: every capture is replayed oldest file first
 * (so the last capture of an updated article wins), then articles the archive no longer yields are removed.
 * Shared by {@code khotin reindex} (on a fresh index) and the admin action of a running server (in place: the
 * index stays searchable throughout, each article replaced as its capture is replayed).
 */
final class Reindexer {

    /**
     * What a rebuild did.
     *
     * @param captures captures replayed
     * @param articles articles indexed (an article captured twice counts twice)
     * @param removed articles dropped from the index because no capture yields them any more
     * @param complete false when stopped before the end (nothing is removed then)
     */
    record Result(long captures, int articles, int removed, boolean complete, Duration took) {}

    private Reindexer() {}

    /**
     * Replays the archive into the workspace's index and commits.
     *
     * @param stop checked between captures; a stopped rebuild commits what it replayed and removes nothing
     * @throws UserException when the archive, the index or the crawl store cannot be read or written
     */
    static Result rebuild(Workspace ws, ArticleExtractor extractor, BooleanSupplier stop) {
        Instant started = Instant.now();
        Ingest ingest = new Ingest(ws.archive(), extractor, ws.index());
        Set<Long> seen = new HashSet<>();
        long[] captures = {0};
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
            });
        } catch (Stopped e) {
            complete = false;
        } catch (IOException | UncheckedIOException e) {
            throw UserException.runtime("Không đọc được kho WARC: " + e.getMessage(), e);
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
            }
            ws.index().commit();
            ws.index().refresh();
            if (complete) {
                List<Long> stale = indexedIdsNotIn(ws, seen);
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
            throw UserException.runtime("Không ghi được chỉ mục: " + e.getMessage(), e);
        }
        if (complete) {
            CrawlRun.compact(ws);
            try {
                ws.store().markIngested();
            } catch (SQLException e) {
                throw UserException.runtime("Không cập nhật được kho trạng thái thu thập: " + e.getMessage(), e);
            }
        }
        return new Result(captures[0], ingest.articles(), removed, complete, Duration.between(started, Instant.now()));
    }

    /** IDs in the index (as last refreshed) that the replay did not yield. */
    private static List<Long> indexedIdsNotIn(Workspace ws, Set<Long> seen) {
        return ws.index().withSearcher(searcher -> {
            List<Long> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ArticleSchema.ID);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && !seen.contains(ids.longValue())) {
                        out.add(ids.longValue());
                    }
                }
            }
            return out;
        });
    }

    /** Unwinds the archive walk when a stop is requested. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
