package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.archive.RecordVisitor;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
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
     * @param elapsed time since reading began
     */
    public record Progress(long bytesRead, long bytesTotal, long records, long articles, Duration elapsed)
            implements FileProgress {

        /** Records read that yielded no article. */
        public long skipped() {
            return records - articles;
        }

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
    private final Ingest ingest;
    private final BooleanSupplier stop;
    private final Listener listener;
    private final Set<Long> seen = new HashSet<>();
    private final Map<Skip, Map<String, Long>> skipped = new EnumMap<>(Skip.class);
    private final Map<String, Long> damaged = new TreeMap<>();
    private final Map<String, Long> fileStarts = new HashMap<>();
    private long bytesTotal;
    private long pages;
    private long resources;
    private long imported;
    private final long started = System.nanoTime();
    private long lastProgress;

    private Reindexer(Workspace ws, ArticleIndex index, ArticleExtractor extractor, BooleanSupplier stop,
            Listener listener) {
        this.ws = ws;
        this.index = index;
        this.inPlace = index == ws.index();
        this.ingest = new Ingest(ws.archive(), extractor, index);
        this.stop = stop;
        this.listener = listener;
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

    private static void markIngested(Workspace ws) {
        try {
            ws.store().markIngested();
        } catch (SQLException e) {
            throw PipelineException.runtime("Không cập nhật được kho trạng thái thu thập: " + Failures.describe(e), e);
        }
    }

    private Result run() {
        boolean complete = true;
        try {
            sizeArchive();
            ws.archive().walk(new Replay());
            listener.progress(progress(bytesTotal));
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
        if (complete) {
            listener.merging();
        }
        int removed = commit(complete);
        if (complete) {
            Workspace.compact(index);
        }
        for (var notArticle : ingest.notArticles().entrySet()) {
            skip(Skip.NOT_ARTICLE, notArticle.getKey(), notArticle.getValue());
        }
        for (var failure : ingest.failures().entrySet()) {
            skip(Skip.EXTRACTION_FAILED, failure.getKey(), failure.getValue());
        }
        return new Result(pages, resources, ingest.articles() + imported, skipped, damaged, removed, complete,
                Duration.ofNanos(System.nanoTime() - started));
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
                if (!seen.contains(id)) {
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

    /** Replays each record the walk shows and accounts for it. */
    private final class Replay implements RecordVisitor {

        @Override
        public void capture(ArchivedCapture archived) {
            before(archived.ref());
            pages++;
            int status = archived.capture().status();
            if (status != 200) {
                skip(Skip.HTTP_STATUS, Integer.toString(status), 1);
                return;
            }
            try {
                ingest.process(archived).ifPresent(seen::add); // not an article: Ingest counts why
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                skip(Skip.INDEX_REFUSED, "", 1);
            }
        }

        @Override
        public void resource(ArchivedResource resource) {
            before(resource.ref());
            resources++;
            if (resource.header(ImportArchive.ARTICLE_ID) == null) {
                skip(Skip.OTHER_RESOURCE, "", 1);
                return;
            }
            IndexedArticle article = ImportArchive.read(resource).orElse(null);
            if (article == null) {
                skip(Skip.IMPORT_UNREADABLE, "", 1);
                return;
            }
            try {
                index.upsert(article);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                skip(Skip.INDEX_REFUSED, "", 1);
                return;
            }
            seen.add(article.article().id());
            imported++;
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

    private Progress progress(long bytesRead) {
        return new Progress(bytesRead, bytesTotal, pages + resources, ingest.articles() + imported,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void skip(Skip reason, String detail, long count) {
        skipped.computeIfAbsent(reason, r -> new TreeMap<>()).merge(detail, count, Long::sum);
    }

    /** Unwinds the archive walk when a stop is requested. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
