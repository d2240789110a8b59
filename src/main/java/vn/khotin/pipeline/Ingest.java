package vn.khotin.pipeline;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.model.CaptureRef;
import vn.khotin.archive.WarcArchive;
import vn.khotin.model.Capture;
import vn.khotin.crawl.CaptureSink;
import vn.khotin.model.Exchange;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.extract.ExtractionResult;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;

/**
 * The coordinator that moves each capture down the pipeline in the durability order: append to WARC
 * (flushed) → [the crawler records it in its store] → extract → add to the index. The crawler only fetches;
 * this class owns what happens to what it fetched. When the index commits (its one commit policy,
 * {@link vn.khotin.index.IndexOptions}), this class follows on the crawl thread with a commit of its own after
 * the queue drains, then the {@code afterCommit} hook tells the crawl store that everything fetched so far is
 * durably indexed; what a kill loses in between is re-indexed from WARC on the next start. New articles
 * become searchable by the index's own refresh (within a second).
 *
 * <p>Extraction and indexing run on one worker thread behind a short queue, so the crawl thread fetches
 * the next page meanwhile; a commit first waits for the queue to drain, so the hook never marks as indexed
 * a capture still waiting in the queue. {@link #process(Exchange, String)} and {@link #commit()} are called
 * from one thread (the crawl thread).
 */
final class Ingest implements CaptureSink {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final WarcArchive archive;
    private final ArticleExtractor extractor;
    private final ArticleIndex index;
    private final CommitHook afterCommit;
    private final AtomicInteger articles = new AtomicInteger();
    private final Map<ExtractionMethod, Integer> methods = new EnumMap<>(ExtractionMethod.class);
    private final Map<String, Integer> notArticles = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private long commitsFollowed;
    private final java.util.concurrent.ExecutorService worker;
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(QUEUE);
    private volatile Throwable workerFailure;
    private static final int QUEUE = 64;

    /** What to do once the index is durably committed. */
    @FunctionalInterface
    interface CommitHook {
        void committed() throws Exception;
    }

    Ingest(WarcArchive archive, ArticleExtractor extractor, ArticleIndex index, CommitHook afterCommit) {
        this.archive = archive;
        this.extractor = extractor;
        this.index = index;
        this.afterCommit = afterCommit;
        this.commitsFollowed = index.commits();
        this.worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "khotin-ingest");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String archive(Exchange exchange) throws IOException {
        return archive.append(exchange).toString();
    }

    @Override
    public void process(Exchange exchange, String archiveRef) throws Exception {
        if (exchange.isRevisit() || exchange.truncation() == Exchange.Truncation.DISCONNECT
                || exchange.truncation() == Exchange.Truncation.TIME) {
            return;
        }
        rethrowWorkerFailure();
        ArchivedCapture archived = new ArchivedCapture(exchange.capture(), CaptureRef.parse(archiveRef));
        slots.acquire();
        worker.execute(() -> {
            try {
                process(archived);
            } catch (IOException | RuntimeException e) {
                workerFailure = e;
            } finally {
                slots.release();
            }
        });
        if (index.commits() != commitsFollowed) {
            commit(); // the index committed by its policy: make sure the queue is in, then tell the store
        }
    }

    /** Waits until every capture handed over so far is in the index writer. */
    void drain() throws InterruptedException {
        slots.acquire(QUEUE);
        slots.release(QUEUE);
    }

    /**
     * Whether this run has indexed at least {@code limit} articles, counted exactly: when the captures still
     * queued could reach the limit, waits for them first. Checked by the crawl thread between pages; as a page is
     * at most one article, a run that stops at the first true never indexes more than the limit.
     */
    boolean reached(int limit) throws InterruptedException {
        if (articles.get() + (QUEUE - slots.availablePermits()) >= limit) {
            drain();
        }
        return articles.get() >= limit;
    }

    private void rethrowWorkerFailure() throws IOException {
        Throwable t = workerFailure;
        if (t != null) {
            throw new IOException("indexing failed: " + t.getMessage(), t);
        }
    }

    /** Stops the worker after the queue drains. */
    void close() throws InterruptedException {
        drain();
        worker.shutdown();
    }

    /** Commits the index (after the queue drains), makes it searchable, and runs the commit hook. */
    void commit() throws Exception {
        drain();
        rethrowWorkerFailure();
        index.commit();
        index.refresh();
        afterCommit.committed();
        commitsFollowed = index.commits();
    }

    /**
     * Extracts and indexes an archived capture; used for fresh captures, recovery and re-indexing.
     *
     * @return the ID of the article indexed, empty when the capture is not one
     */
    synchronized java.util.OptionalLong process(ArchivedCapture archived) throws IOException {
        Capture capture = archived.capture();
        if (capture.status() != 200) {
            return java.util.OptionalLong.empty();
        }
        ExtractionResult result = extractor.extract(capture);
        switch (result) {
            case ExtractionResult.Extracted extracted -> {
                index.upsert(new IndexedArticle(extracted.article(), archived.ref(), capture.fetchedAt()));
                articles.incrementAndGet();
                methods.merge(extracted.article().method(), 1, Integer::sum);
                return java.util.OptionalLong.of(extracted.article().id());
            }
            case ExtractionResult.NotArticle not -> notArticles.merge(not.kind(), 1, Integer::sum);
            case ExtractionResult.Failed failed -> {
                String reason = failed.reason().split(":", 2)[0];
                failures.merge(reason, 1, Integer::sum);
                LOG.warn("Extraction failed for {}: {}", capture.url(), failed.reason());
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** Articles indexed by this run (an updated article counts again). */
    int articles() {
        return articles.get();
    }

    /** Pages processed that are not articles, by kind. */
    synchronized Map<String, Integer> notArticles() {
        return new TreeMap<>(notArticles);
    }

    /** Pages the extractor failed on, by the reason's code. */
    synchronized Map<String, Integer> failures() {
        return new TreeMap<>(failures);
    }

    synchronized Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles.get());
        m.put("methods", new TreeMap<>(methods));
        m.put("notArticles", new TreeMap<>(notArticles));
        m.put("extractionFailures", new TreeMap<>(failures));
        return m;
    }
}
