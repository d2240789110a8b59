package vn.khotin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import vn.khotin.archive.WarcArchive;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.CaptureRef;

/**
 * {@code khotin import}: loads articles from a JSON Lines file ({@link ImportParser}) straight into the archive
 * and the index, without crawling.
 *
 * <p>One thread reads and parses the lines and checks each article ID against those already in the index; the
 * other threads (one per core) append each new article to the archive ({@link ImportArchive}) and add it to the
 * index, where the Vietnamese analysis runs. Every {@link Options#commitEvery()} the reading pauses until the
 * workers are idle and the index commits, recording that the whole archive is indexed.
 *
 * <p>Resumable: a rerun after {@code kill -9} first indexes the import records archived since the last commit
 * (they are in the archive, maybe not in the index), then skips every line whose article is already in the
 * index. Nothing is archived twice, nothing indexed twice. A malformed line is reported with its number and
 * skipped.
 */
public final class Importer {

    /** How the workspace's index is opened for an import: no searcher refreshes, commits only when asked. */
    public static final IndexOptions INDEX_OPTIONS = IndexOptions.BULK;

    /**
     * What to import and how.
     *
     * @param input the JSON Lines file, gzip-compressed or not
     * @param threads archiving and indexing threads (the cores of the machine by default)
     * @param commitEvery how often the index commits (bounds what a kill leaves to re-index from the archive)
     * @param merge merge the index into one segment at the end, as a crawl run does (searches are faster)
     */
    public record Options(Path input, int threads, Duration commitEvery, boolean merge) {

        public static Options of(Path input) {
            return new Options(input, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30), true);
        }

        public Options withThreads(int n) {
            return new Options(input, n, commitEvery, merge);
        }

        public Options withCommitEvery(Duration d) {
            return new Options(input, threads, d, merge);
        }

        public Options withMerge(boolean m) {
            return new Options(input, threads, commitEvery, m);
        }
    }

    private static final long PROGRESS_NANOS = 250_000_000L;

    private final Workspace ws;
    private final Options options;
    private final ImportListener listener;
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private long present;
    private LongSet known;

    private Importer(Workspace ws, Options options, ImportListener listener) {
        this.ws = ws;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Runs an import into an opened workspace (best opened with {@link #INDEX_OPTIONS}).
     *
     * @throws PipelineException when the file, the archive or the index cannot be read or written
     */
    public static ImportResult run(Workspace ws, Options options, ImportListener listener) {
        if (options.threads() < 1) {
            throw PipelineException.configuration("Số luồng phải ít nhất là 1.");
        }
        try {
            return new Importer(ws, options, listener).execute();
        } catch (PipelineException e) {
            throw e;
        } catch (java.nio.file.NoSuchFileException e) {
            throw PipelineException.configuration("Không tìm thấy tệp " + e.getFile());
        } catch (IOException | UncheckedIOException e) {
            throw PipelineException.runtime("Nhập dữ liệu thất bại: " + Failures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PipelineException.runtime("Nhập dữ liệu bị ngắt.", e);
        } catch (Exception e) {
            throw PipelineException.runtime("Nhập dữ liệu thất bại: " + (Failures.isDiskFull(e) ? Failures.describe(e) : e), e);
        }
    }

    private ImportResult execute() throws Exception {
        ArticleIndex index = ws.index();
        long recovered = recover();
        known = new LongSet(Math.max(1 << 16, index.count() * 2));
        for (long id : index.articleIds()) {
            known.add(id);
        }
        long started = System.nanoTime();
        long lines;
        try (ImportInput input = ImportInput.open(options.input());
                ImportWorkers<Pending> workers = new ImportWorkers<>("khotin-import", options.threads(),
                        this::archiveAndIndex)) {
            String source = options.input().getFileName().toString();
            long lastCommit = System.nanoTime();
            long lastProgress = 0;
            for (byte[] line = input.nextLine(); line != null; line = input.nextLine()) {
                offer(workers, line, input.lineNumber(), source);
                long now = System.nanoTime();
                if (now - lastCommit >= options.commitEvery().toNanos()) {
                    workers.drain();
                    ImportArchive.commitAllIndexed(ws.archive(), index);
                    lastCommit = System.nanoTime();
                }
                if (now - lastProgress >= PROGRESS_NANOS) {
                    listener.progress(progress(input, started));
                    lastProgress = now;
                }
            }
            workers.drain();
            ImportArchive.commitAllIndexed(ws.archive(), index);
            listener.progress(progress(input, started));
            lines = input.lineNumber();
        }
        Duration reading = Duration.ofNanos(System.nanoTime() - started);
        Duration merge = Duration.ZERO;
        index.refresh(); // the bulk index has no refresh thread: the merge counts segments by the searcher
        if (options.merge() && imported.get() + recovered > 0 && index.segmentCount() > 1) {
            listener.merging();
            long m0 = System.nanoTime();
            ws.compactIndex();
            merge = Duration.ofNanos(System.nanoTime() - m0);
        }
        index.refresh();
        return new ImportResult(lines, imported.get(), present, malformed.get(), recovered, reading, merge,
                index.count());
    }

    /** A parsed line on its way to the archive and the index. */
    private record Pending(ImportRecord record, byte[] line, long lineNumber, String source) {}

    private void offer(ImportWorkers<Pending> workers, byte[] line, long lineNumber, String source) throws Exception {
        if (isBlank(line)) {
            return;
        }
        ImportRecord record;
        try {
            record = ImportParser.parse(line);
        } catch (ImportParser.Malformed e) {
            malformed.incrementAndGet();
            listener.malformed(lineNumber, e.getMessage());
            return;
        }
        if (!known.add(record.id())) {
            present++;
            return;
        }
        workers.submit(new Pending(record, line, lineNumber, source));
    }

    private void archiveAndIndex(Pending p) throws IOException {
        Instant now = Instant.now();
        CaptureRef ref = ImportArchive.append(ws.archive(), p.record(), p.line(), p.source() + ":" + p.lineNumber(),
                now);
        try {
            ws.index().add(new IndexedArticle(p.record().article(), ref, now));
        } catch (IllegalArgumentException e) {
            // Lucene refuses a document (a term too long); it is archived, so a reindex meets it again
            malformed.incrementAndGet();
            listener.malformed(p.lineNumber(), "chỉ mục từ chối bài: " + e.getMessage());
            return;
        }
        imported.incrementAndGet();
    }

    /**
     * Indexes the import records archived after the last commit that recorded the archive as indexed (all of them
     * when no commit did), unless their article is in the index already; then commits.
     */
    private long recover() throws Exception {
        ArticleIndex index = ws.index();
        CaptureRef from = ImportArchive.watermark(index);
        if (from == null && ws.archive().files().isEmpty()) {
            return 0;
        }
        listener.recovering(from == null);
        LongSet inIndex = new LongSet(Math.max(1 << 16, index.count() * 2));
        for (long id : index.articleIds()) {
            inIndex.add(id);
        }
        AtomicLong count = new AtomicLong();
        try (ImportWorkers<IndexedArticle> workers = new ImportWorkers<>("khotin-import", options.threads(),
                a -> index.add(a))) {
            ws.archive().forEachResourceFrom(from, resource -> ImportArchive.read(resource).ifPresent(article -> {
                if (inIndex.add(article.article().id())) {
                    try {
                        workers.submit(article);
                        count.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
            workers.drain();
        }
        ImportArchive.commitAllIndexed(ws.archive(), index);
        index.refresh();
        listener.recovered(count.get());
        return count.get();
    }

    private ImportListener.Progress progress(ImportInput input, long started) {
        return new ImportListener.Progress(input.bytesRead(), input.size(), input.lineNumber(), imported.get(),
                present, malformed.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
