package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.archive.RecordVisitor;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.extract.ExtractionResult;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Capture;
import vn.khotin.model.CaptureRef;

/**
 * Rebuilds the index from the WARC files alone, without network: every capture, and every article record of
 * {@code khotin import}, is replayed oldest file first (so the last capture of an updated article wins), then
 * articles the archive no longer yields are removed. Every record read is accounted for: it yields an article or
 * is skipped for a {@link Skip reason}.
 * {@code khotin reindex} builds a new index beside the old one and swaps it in once it is complete
 * ({@link #rebuild}); the admin action of a running server rebuilds in place ({@link #rebuildInPlace}).
 */
public final class Reindexer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reindexer.class);

    private static final long PROGRESS_NANOS = 250_000_000L;

    /** Why a record read yielded no article. */
    public enum Skip {
        /** A response other than 200: a redirect, or an error the crawler retried. Detail: the status. */
        HTTP_STATUS,
        /** A response the server cut short, kept as evidence only. */
        TRUNCATED,
        /** A revisit record (304): nothing new was fetched. */
        NOT_MODIFIED,
        /** A page that is not an article. Detail: its kind ({@code listing}, {@code tag}, …). */
        NOT_ARTICLE,
        /** The extractor failed on the page. Detail: the reason's code ({@code no-title}, …). */
        EXTRACTION_FAILED,
        /** An import record whose line no longer reads as an article (a parser change). */
        IMPORT_UNREADABLE,
        /** The index refused the article (a term over Lucene's length limit), as it did at import. */
        INDEX_REFUSED,
        /** A resource record that is not an imported article. */
        OTHER_RESOURCE
    }

    /** What a rebuild is told as it goes. Called from the rebuilding thread. */
    public interface Listener {

        /** A few times a second while the archive is read. */
        default void progress(Progress p) {}

        /**
         * Every record is read; the index is being committed, cleared of what the archive no longer yields and
         * merged into one segment.
         */
        default void merging() {}
    }

    /**
     * How far a rebuild is.
     *
     * @param bytesRead archive bytes read (files before the current one, and the current one up to its record)
     * @param bytesTotal the archive's size when the rebuild began
     * @param records records read: responses, revisits and resources
     * @param articles articles indexed
     * @param skipped records found to yield no article; those still with the workers are neither this nor an
     *     article (counting them as skipped showed "bỏ qua 130 bản lưu" from the first article on)
     * @param elapsed time since reading began
     */
    public record Progress(long bytesRead, long bytesTotal, long records, long articles, long skipped,
            Duration elapsed) implements FileProgress {

        @Override
        public long done() {
            return articles;
        }
    }

    /**
     * What a rebuild did.
     *
     * @param pages records of crawled pages read (responses and revisits)
     * @param resources resource records read (imported articles)
     * @param articles articles indexed, crawled or imported (an article captured twice counts twice)
     * @param skipped records that yielded no article, by reason, then by detail ("" when the reason has none)
     * @param damaged WARC files that could not be read to their end, each with the offset where reading stopped
     * @param removed articles dropped from the index because no capture yields them any more
     * @param complete false when stopped before the end (nothing is removed then)
     */
    public record Result(long pages, long resources, long articles, Map<Skip, Map<String, Long>> skipped,
            Map<String, Long> damaged, int removed, boolean complete, Duration took) {

        public Result {
            Map<Skip, Map<String, Long>> copy = new EnumMap<>(Skip.class);
            skipped.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            skipped = Collections.unmodifiableMap(copy);
            damaged = Collections.unmodifiableMap(new TreeMap<>(damaged));
        }

        /** Every record read. */
        public long records() {
            return pages + resources;
        }

        /** Records that yielded no article. */
        public long skippedRecords() {
            return skipped.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }
    }

    private final Workspace ws;
    /** The index replayed into: the workspace's own in place, else a new one in {@link SideIndex#BUILDING}. */
    private final ArticleIndex index;
    private final boolean inPlace;
    private final ArticleExtractor extractor;
    private final LatestWins articlesIndexed;
    private final BooleanSupplier stop;
    private final Listener listener;
    private final int threads;
    // guarded by this: the workers skip too
    private final Map<Skip, Map<String, Long>> skipped = new EnumMap<>(Skip.class);
    // read and written by the reading thread only
    private final Map<String, Long> damaged = new TreeMap<>();
    private final Map<String, Long> fileStarts = new HashMap<>();
    private long bytesTotal;
    private long pages;
    private long resources;
    private final AtomicLong articles = new AtomicLong();
    /** Records found to yield no article, for the progress line (the summary reads {@link #skipped}). */
    private final AtomicLong skippedRecords = new AtomicLong();
    private final long started = System.nanoTime();
    private long lastProgress;

    private Reindexer(Workspace ws, ArticleIndex index, ArticleExtractor extractor, BooleanSupplier stop,
            Listener listener) {
        this.ws = ws;
        this.index = index;
        this.inPlace = index == ws.index();
        this.extractor = extractor;
        this.articlesIndexed = new LatestWins(index, !inPlace);
        this.stop = stop;
        this.listener = listener;
        this.threads = Runtime.getRuntime().availableProcessors();
    }

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
        ArticleIndex fresh;
        try {
            SideIndex.checkRoom(ws.data());
            fresh = ArticleIndex.open(SideIndex.startBuilding(ws.data()), IndexOptions.BULK);
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không tạo được chỉ mục mới trong " + ws.data().root() + ": "
                    + Failures.describe(e), e);
        }
        boolean open = true;
        boolean replaced = false;
        try {
            Result r = new Reindexer(ws, fresh, extractor, stop, listener).run();
            if (!r.complete()) {
                return r;
            }
            keepDerivedFiles(ws.index(), fresh);
            open = false;
            fresh.close();
            ws.replaceIndex();
            replaced = true;
            markIngested(ws);
            return r;
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Không thay được chỉ mục cũ bằng chỉ mục vừa dựng: "
                    + Failures.describe(e), e);
        } finally {
            if (!replaced) {
                discard(ws, open ? fresh : null);
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
        Result r = new Reindexer(ws, ws.index(), extractor, stop, listener).run();
        if (r.complete()) {
            markIngested(ws);
        }
        return r;
    }

    /**
     * Copies the files derived from the old index's articles (the accent model, word statistics) into the new
     * one, so that a server started on it loads them rather than spending minutes rebuilding them. They hold
     * statistics of the articles' stored text, not of its analysis, and name their recipe in their file name;
     * the same archive yields the same articles, and each loader rebuilds its file when the article count has
     * moved beyond what it tolerates anyway.
     */
    private static void keepDerivedFiles(ArticleIndex from, ArticleIndex to) throws IOException {
        for (String name : from.derived().list()) {
            java.nio.file.Path source = from.derived().path(name);
            to.derived().write(name, file -> java.nio.file.Files.copy(source, file));
        }
    }

    /** Drops an unfinished rebuild; the old index is still in place. */
    private static void discard(Workspace ws, ArticleIndex fresh) {
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

    /** Tells the crawl store, if a crawl made one, that every page it fetched is indexed now. */
    private static void markIngested(Workspace ws) {
        try {
            Optional<CrawlStore> store = ws.existingStore();
            if (store.isPresent()) {
                store.get().markIngested();
            }
        } catch (SQLException e) {
            throw PipelineException.runtime("Không cập nhật được kho trạng thái thu thập: " + Failures.describe(e), e);
        }
    }

    /**
     * Reads the archive on this thread and hands each record that may be an article to a worker per core, which
     * extracts or parses it and indexes it (the analysis is most of the cost), as {@code import} does.
     */
    private Result run() {
        boolean complete = true;
        try (ImportWorkers<Replayed> workers = new ImportWorkers<>("khotin-reindex", threads, this::replay)) {
            sizeArchive();
            ws.archive().walk(new Replay(workers));
            try {
                workers.drain();
            } catch (Exception e) {
                throw new WorkerFailed(e);
            }
            listener.progress(progress(bytesTotal));
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
        int removed = commit(complete);
        if (complete) {
            Workspace.compact(index);
        }
        return new Result(pages, resources, articles.get(), skipped(), damaged, removed, complete,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** A worker's failure as it is thrown: the index could not be written (a full disk), or a bug. */
    private static RuntimeException failure(Throwable e) {
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return PipelineException.runtime("Không ghi được chỉ mục: " + Failures.describe(e), e);
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /** A record handed to a worker, with the order it was read in. */
    private record Replayed(long order, ArchivedCapture capture, ArchivedResource resource) {}

    /** On a worker: extracts or parses one record and indexes the article it yields, or counts why not. */
    private void replay(Replayed r) throws IOException {
        IndexedArticle article;
        if (r.capture() != null) {
            Capture capture = r.capture().capture();
            switch (extractor.extract(capture)) {
                case ExtractionResult.Extracted extracted ->
                        article = new IndexedArticle(extracted.article(), r.capture().ref(), capture.fetchedAt());
                case ExtractionResult.NotArticle not -> {
                    skip(Skip.NOT_ARTICLE, not.kind(), 1);
                    return;
                }
                case ExtractionResult.Failed failed -> {
                    skip(Skip.EXTRACTION_FAILED, failed.reason().split(":", 2)[0], 1);
                    LOG.warn("Extraction failed for {}: {}", capture.url(), failed.reason());
                    return;
                }
            }
        } else {
            article = ImportArchive.read(r.resource()).orElse(null);
            if (article == null) {
                skip(Skip.IMPORT_UNREADABLE, "", 1);
                return;
            }
        }
        try {
            articlesIndexed.index(article, r.order());
        } catch (IllegalArgumentException e) {
            skip(Skip.INDEX_REFUSED, "", 1);
            return;
        }
        articles.incrementAndGet();
    }

    /** Where each file starts in the archive read as one stream, for the share read. */
    private void sizeArchive() throws IOException {
        for (var file : ws.archive().files()) {
            fileStarts.put(file.getFileName().toString(), bytesTotal);
            bytesTotal += java.nio.file.Files.size(file);
        }
    }

    /**
     * Commits what was replayed and, after a complete replay, counts the articles of the index before it that the
     * archive no longer yields (removing them when rebuilding in place; a new index never had them).
     */
    private int commit(boolean complete) {
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
            List<Long> stale = new ArrayList<>();
            for (long id : ws.index().articleIds()) {
                if (!articlesIndexed.seen(id)) {
                    stale.add(id);
                }
            }
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

    /** Accounts for each record the walk shows, and hands those that may be articles to the workers. */
    private final class Replay implements RecordVisitor {

        private final ImportWorkers<Replayed> workers;

        Replay(ImportWorkers<Replayed> workers) {
            this.workers = workers;
        }

        @Override
        public void capture(ArchivedCapture archived) {
            before(archived.ref());
            pages++;
            int status = archived.capture().status();
            if (status != 200) {
                skip(Skip.HTTP_STATUS, Integer.toString(status), 1);
                return;
            }
            hand(new Replayed(pages + resources, archived, null));
        }

        @Override
        public void resource(ArchivedResource resource) {
            before(resource.ref());
            resources++;
            if (resource.header(ImportArchive.ARTICLE_ID) == null) {
                skip(Skip.OTHER_RESOURCE, "", 1);
                return;
            }
            hand(new Replayed(pages + resources, null, resource));
        }

        private void hand(Replayed record) {
            try {
                workers.submit(record);
            } catch (Exception e) {
                throw new WorkerFailed(e);
            }
        }

        @Override
        public void evidence(CaptureRef ref, Evidence kind) {
            before(ref);
            pages++;
            skip(kind == Evidence.TRUNCATED ? Skip.TRUNCATED : Skip.NOT_MODIFIED, "", 1);
        }

        @Override
        public void damaged(String file, long offset) {
            damaged.put(file, offset);
        }

        /** Stops when asked, and tells how far the walk is a few times a second. */
        private void before(CaptureRef ref) {
            if (stop.getAsBoolean()) {
                throw new Stopped();
            }
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_NANOS) {
                lastProgress = now;
                listener.progress(progress(fileStarts.getOrDefault(ref.file(), 0L) + ref.offset()));
            }
        }
    }

    /** Articles count those indexed so far; records still with the workers count as neither yet. */
    private Progress progress(long bytesRead) {
        return new Progress(bytesRead, bytesTotal, pages + resources, articles.get(), skippedRecords.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private synchronized void skip(Skip reason, String detail, long count) {
        skipped.computeIfAbsent(reason, r -> new TreeMap<>()).merge(detail, count, Long::sum);
        skippedRecords.addAndGet(count);
    }

    private synchronized Map<Skip, Map<String, Long>> skipped() {
        return skipped;
    }

    /** Unwinds the archive walk when a worker failed: thrown from the next hand-over. */
    private static final class WorkerFailed extends RuntimeException {
        WorkerFailed(Exception cause) {
            super(cause);
        }
    }

    /** Unwinds the archive walk when a stop is requested. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
