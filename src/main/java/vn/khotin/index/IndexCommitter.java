package vn.khotin.index;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one commit policy of the index ({@link IndexOptions}): commit when {@code commitEveryDocs} changes are
 * pending (checked as each change is made) or when the oldest pending change is {@code commitInterval} old
 * (checked by a background thread), whichever comes first; and whenever a caller asks. Each commit records
 * the capture reference of the last article added, the time and the analysis version in its user data.
 *
 * <p>A caller may add keys of its own to a commit ({@link #commit(Map)}, such as the importer's archive watermark);
 * they are carried into every later commit, by the policy or on request, until the caller changes them.
 *
 * <p>Commits are counted ({@link #commits()}), so that a caller that must act once its changes are durable
 * (the ingest marking captures as indexed in the crawl store) can follow the policy instead of running its own.
 */
final class IndexCommitter {

    /** Commit user-data key: the capture reference of the last article committed. */
    static final String LAST_CAPTURE = "khotin.lastCapture";
    /** Commit user-data key: the time of the commit (ISO-8601). */
    static final String COMMITTED_AT = "khotin.committedAt";
    /**
     * Commit user-data key: the oldest {@link ArticleSchema#ANALYSIS_VERSION} any article in the index was
     * analyzed with ({@link AnalysisMark}).
     */
    static final String ANALYSIS_VERSION = "khotin.analysisVersion";

    private static final Logger LOG = LoggerFactory.getLogger(IndexCommitter.class);
    private static final java.util.Set<String> OWN_KEYS = java.util.Set.of(LAST_CAPTURE, COMMITTED_AT,
            ANALYSIS_VERSION);

    private final IndexWriter writer;
    private final Directory directory;
    private final IndexOptions options;
    private final Supplier<String> analysisVersion;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingNanos = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicReference<String> lastCapture = new AtomicReference<>();
    /** Callers' own commit keys, carried from commit to commit. */
    private final Map<String, String> carried = new java.util.concurrent.ConcurrentHashMap<>();

    IndexCommitter(IndexWriter writer, Directory directory, IndexOptions options, Supplier<String> analysisVersion) {
        this.writer = writer;
        this.directory = directory;
        this.options = options;
        this.analysisVersion = analysisVersion;
        lastCommitData().ifPresent(data -> data.forEach((key, value) -> {
            if (!OWN_KEYS.contains(key)) {
                carried.put(key, value);
            }
        }));
        if (options.commitInterval().isZero()) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "khotin-index-commit");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(100, options.commitInterval().toMillis() / 4);
            timer.scheduleWithFixedDelay(this::commitIfDue, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** A change was made; {@code capture} is the capture reference of an added article, or null. */
    void changed(String capture) {
        if (capture != null) {
            lastCapture.set(capture);
        }
        oldestPendingNanos.compareAndSet(0, System.nanoTime());
        if (pending.incrementAndGet() >= options.commitEveryDocs() && options.commitEveryDocs() > 0) {
            commitIfDue();
        }
    }

    /** Makes everything changed so far durable. */
    void commit() throws IOException {
        commit(Map.of());
    }

    /** Makes everything changed so far durable, with these keys of the caller's in the commit's user data. */
    void commit(Map<String, String> callerData) throws IOException {
        synchronized (lock) {
            for (String key : callerData.keySet()) {
                if (OWN_KEYS.contains(key)) {
                    throw new IllegalArgumentException("commit key owned by the index: " + key);
                }
            }
            carried.putAll(callerData);
            long before = pending.get();
            Map<String, String> data = new HashMap<>(carried);
            String capture = lastCapture.get();
            if (capture != null) {
                data.put(LAST_CAPTURE, capture);
            } else {
                lastCommitData().map(m -> m.get(LAST_CAPTURE))
                        .ifPresent(c -> data.put(LAST_CAPTURE, c));
            }
            data.put(COMMITTED_AT, Instant.now().toString());
            data.put(ANALYSIS_VERSION, analysisVersion.get());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            commits.incrementAndGet();
            pending.addAndGet(-before);
            oldestPendingNanos.set(pending.get() > 0 ? System.nanoTime() : 0);
        }
    }

    private void commitIfDue() {
        try {
            long n = pending.get();
            if (n == 0) {
                return;
            }
            long oldest = oldestPendingNanos.get();
            boolean byCount = options.commitEveryDocs() > 0 && n >= options.commitEveryDocs();
            boolean byTime = !options.commitInterval().isZero() && oldest != 0
                    && System.nanoTime() - oldest >= options.commitInterval().toNanos();
            if (byCount || byTime) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Index commit failed; will retry: {}", e.toString());
        }
    }

    /** Changes not yet committed. */
    long pending() {
        return pending.get();
    }

    /** Commits made since the index was opened, by the policy or on request. */
    long commits() {
        return commits.get();
    }

    /** The user data of the last commit, if any. */
    Optional<Map<String, String>> lastCommitData() {
        return IndexFiles.lastCommitData(directory);
    }

    /** Stops the background thread; the caller makes the final commit. */
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
