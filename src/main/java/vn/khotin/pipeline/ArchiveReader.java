package vn.khotin.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.WarcArchive;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.index.ArticleIndex;

/**
 * A data directory opened for reading only, for tools that run beside the process writing it ({@code stats},
 * evaluations over a crawled archive): no lock is taken, nothing is created, repaired or written. The index
 * shows its last commit, the crawl store its last transaction.
 */
public final class ArchiveReader implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReader.class);

    private final Path root;
    private final ArticleIndex index;
    private final CrawlStore store;

    private ArchiveReader(Path root, ArticleIndex index, CrawlStore store) {
        this.root = root;
        this.index = index;
        this.store = store;
    }

    /**
     * Opens a data directory (the one {@code serve} and {@code crawl} use, with {@code lucene/}, {@code warc/},
     * {@code crawl.db}).
     *
     * @throws PipelineException (configuration) when the directory is missing or is not a khotin data directory;
     *     (runtime) when its index or crawl store cannot be read
     */
    public static ArchiveReader open(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw PipelineException.configuration("Không có thư mục dữ liệu " + root
                    + " (chạy 'khotin crawl' trước, hoặc chỉ rõ bằng --data).");
        }
        boolean hasIndex = Files.isDirectory(root.resolve("lucene"));
        boolean hasStore = Files.isRegularFile(root.resolve("crawl.db"));
        if (!hasIndex && !hasStore && !Files.isDirectory(root.resolve("warc"))) {
            throw PipelineException.configuration(root + " không phải thư mục dữ liệu của khotin (không có lucene/,"
                    + " warc/ hay crawl.db); chỉ rõ thư mục mà 'khotin crawl' hoặc 'khotin serve' dùng bằng --data.");
        }
        ArticleIndex index = null;
        try {
            index = hasIndex ? IndexDirectories.openReadOnly(root.resolve("lucene")) : null;
            CrawlStore store = hasStore ? CrawlStore.openReadOnly(root.resolve("crawl.db")) : null;
            return new ArchiveReader(root, index, store);
        } catch (java.sql.SQLException | RuntimeException e) {
            closeQuietly(index);
            if (e instanceof PipelineException p) {
                throw p;
            }
            throw PipelineException.runtime("Không đọc được kho trạng thái thu thập " + root.resolve("crawl.db")
                    + ": " + Failures.describe(e), e);
        }
    }

    private static void closeQuietly(ArticleIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.debug("Closing {} failed: {}", index, e.toString());
            }
        }
    }

    public Path root() {
        return root;
    }

    /** The index, read-only; empty when the directory has none yet. */
    public Optional<ArticleIndex> index() {
        return Optional.ofNullable(index);
    }

    /** The crawl store, read-only; empty when the directory has none yet. */
    public Optional<CrawlStore> store() {
        return Optional.ofNullable(store);
    }

    /** The WARC files. */
    public List<Path> warcFiles() throws IOException {
        return WarcArchive.files(root.resolve("warc"));
    }

    /** Their total size. */
    public long warcBytes() throws IOException {
        return WarcArchive.totalBytes(root.resolve("warc"));
    }

    /** The process writing the directory now, if one is (its PID from {@code khotin.lock}). */
    public Optional<Long> writer() {
        return DataDirectory.lockHolder(root);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        closeQuietly(index);
    }
}
