package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The searchers of an {@link ArticleIndex} and how fresh they are. Over the writer, a background thread reopens
 * them at most {@code maxStale} after a change, so that a crawl adding articles one by one does not pay a reopen
 * per document; with {@code maxStale} zero (bulk loads) they are reopened only when asked. Over a directory (a
 * read-only index) they see the last commit until refreshed.
 */
final class IndexSearchers implements Closeable {

    private final SearcherManager manager;
    /** Null when searchers are reopened on request only. */
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    private IndexSearchers(SearcherManager manager, ControlledRealTimeReopenThread<IndexSearcher> reopener) {
        this.manager = manager;
        this.reopener = reopener;
    }

    /** Searchers of the commits in {@code directory}, for an index nobody writes through us. */
    static IndexSearchers ofCommits(Directory directory) throws IOException {
        return new IndexSearchers(new SearcherManager(directory, null), null);
    }

    /** Searchers of what {@code writer} has added, committed or not. */
    static IndexSearchers ofWriter(IndexWriter writer, Duration maxStale) throws IOException {
        SearcherManager manager = new SearcherManager(writer, null);
        if (maxStale.isZero()) {
            return new IndexSearchers(manager, null);
        }
        double max = maxStale.toNanos() / 1e9;
        var reopener = new ControlledRealTimeReopenThread<>(writer, manager, max, Math.min(max, 0.025));
        reopener.setName("khotin-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
        return new IndexSearchers(manager, reopener);
    }

    /** Waits until the change with this sequence number is visible to new searches. */
    void awaitVisible(long sequence) throws IOException {
        if (reopener == null) {
            manager.maybeRefreshBlocking();
            return;
        }
        try {
            reopener.waitForGeneration(sequence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index", e);
        }
    }

    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    /** Number of articles visible to searches. */
    int count() {
        return read(s -> s.getIndexReader().numDocs());
    }

    /**
     * Runs {@code read} on the current searcher, which stays usable until it returns whatever reopens meanwhile.
     *
     * @throws UncheckedIOException when acquiring, reading or releasing fails
     */
    <T> T read(SearcherFunction<T> read) {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return read.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (reopener != null) {
            reopener.close();
        }
        manager.close();
    }
}
