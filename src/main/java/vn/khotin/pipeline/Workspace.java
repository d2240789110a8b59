package vn.khotin.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.WarcArchive;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.index.ArticleIndex;

/**
 * An opened data directory: its lock, the WARC archive, the article index and the crawl store (opened on
 * first use). One per process; closing it commits the index and releases the lock.
 */
public final class Workspace implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final long WARC_ROTATE_BYTES = 256L * 1024 * 1024;

    private final DataDirectory data;
    private final WarcArchive archive;
    private final vn.khotin.index.IndexOptions indexOptions;
    private volatile ArticleIndex index;
    private CrawlStore store;

    private Workspace(DataDirectory data, WarcArchive archive, ArticleIndex index,
            vn.khotin.index.IndexOptions indexOptions) {
        this.data = data;
        this.archive = archive;
        this.index = index;
        this.indexOptions = indexOptions;
    }

    /**
     * Opens the data directory.
     *
     * @throws PipelineException when the directory is locked by another process or cannot be opened
     */
    public static Workspace open(Path dataDir) {
        return open(dataDir, vn.khotin.index.IndexOptions.DEFAULT);
    }

    /**
     * Opens the data directory with the index opened with these options ({@link Importer#INDEX_OPTIONS} for a
     * bulk import). What a killed {@code reindex} left beside the index is sorted out first ({@link SideIndex}).
     */
    public static Workspace open(Path dataDir, vn.khotin.index.IndexOptions indexOptions) {
        DataDirectory data = DataDirectory.openForWriting(dataDir);
        try {
            WarcArchive archive = new WarcArchive(data.warc(), WARC_ROTATE_BYTES);
            SideIndex.recover(data);
            ArticleIndex index = ArticleIndex.open(data.lucene(), indexOptions);
            return new Workspace(data, archive, index, indexOptions);
        } catch (IOException | RuntimeException e) {
            try {
                data.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw PipelineException.runtime("Không mở được kho dữ liệu " + data.root() + ": " + Failures.describe(e), e);
        }
    }

    /**
     * Replaces the open index with the one a rebuild committed and closed in {@link SideIndex#BUILDING}. The open
     * index is closed first: its writer holds {@code lucene/} by path, and would otherwise commit into the new
     * index once it is moved there. Used by {@code khotin reindex}, where nothing else holds the index.
     *
     * @throws IOException when the swap failed (the previous index is then reopened as it was)
     */
    synchronized void replaceIndex() throws IOException {
        index.close();
        try {
            SideIndex.swap(data);
        } finally {
            index = ArticleIndex.open(data.lucene(), indexOptions);
        }
    }

    /** The crawl store ({@code crawl.db}), opened on first use. */
    public synchronized CrawlStore store() {
        if (store == null) {
            try {
                store = CrawlStore.open(data.crawlDb());
            } catch (java.sql.SQLException e) {
                throw PipelineException.runtime("Không mở được kho trạng thái thu thập " + data.crawlDb() + ": "
                        + Failures.describe(e), e);
            }
        }
        return store;
    }

    /**
     * The crawl store if the data directory has one, opened on first use; never created: an archive only
     * {@code import} filled has no crawl state, and a rebuild must not give it an empty one.
     */
    synchronized Optional<CrawlStore> existingStore() {
        if (store == null && !Files.isRegularFile(data.crawlDb())) {
            return Optional.empty();
        }
        return Optional.of(store());
    }

    public DataDirectory data() {
        return data;
    }

    public WarcArchive archive() {
        return archive;
    }

    public ArticleIndex index() {
        return index;
    }

    /**
     * Merges the index into one segment (searches are markedly faster on one segment); returns the seconds it
     * took. A failure (full disk) only costs search speed: it is logged and the caller goes on.
     */
    double compactIndex() {
        return compact(index);
    }

    /** {@link #compactIndex()} for any index. */
    static double compact(ArticleIndex index) {
        long t0 = System.nanoTime();
        try {
            index.compact();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not merge the index into one segment; searches stay slower until the next run: {}",
                    e.toString());
        }
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
        try {
            archive.close();
        } catch (IOException e) {
            LOG.error("Closing the WARC archive failed", e);
        }
        try {
            index.close();
        } catch (IOException e) {
            LOG.error("Closing the index failed", e);
        }
        try {
            data.close();
        } catch (IOException e) {
            LOG.error("Releasing the data directory lock failed", e);
        }
    }
}
