package vn.khotin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.crawl.Crawler;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.web.CrawlControl;
import vn.khotin.web.CrawlStatus;

/**
 * The crawler as the web layer sees it: one background job at a time (a crawl run or a reindex) over an open
 * {@link Workspace}, and a status snapshot cheap enough for every page view and metrics scrape.
 *
 * <p>The live counters of a running crawl come from the crawler's progress reports (made on the crawl
 * thread, so they are consistent); the rest (the last run's report, the archive's counts, the frontier) is
 * read at most every {@link #CACHE_NANOS} through a read-only connection of its own to {@code crawl.db}, so
 * status never touches the crawl thread's connection. {@link #close()} stops the job and waits for it; the
 * caller then closes the web server and the workspace.
 */
final class CrawlController implements CrawlControl, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlController.class);
    static final long CACHE_NANOS = 1_500_000_000L;
    static final long STOP_WAIT_MILLIS = 15_000;
    /** The rate shown is measured over this window, so a stall shows within seconds, not as a slow average. */
    private static final long RATE_WINDOW_NANOS = 10_000_000_000L;
    private static final Pattern REPORT = Pattern.compile("crawl-(\\d{8}-\\d{6})-run(\\d+)\\.json");

    private enum Job { CRAWL, REINDEX }

    private final Workspace ws;
    private final SiteProfile profile;
    private final int maxArticles;
    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    // guarded by this
    private Job job;
    private Thread worker;
    private Instant jobStarted;
    private boolean closed;
    private UserException lastFailure;

    private volatile Live live;

    private final Object cacheLock = new Object();
    private final AtomicLong generation = new AtomicLong();
    // guarded by cacheLock
    private Cached cached;
    private CrawlStore reader;
    private Path reportFile;
    private LastReport report;

    /**
     * @param profile the profile every crawl run uses (the one the process was started with)
     * @param maxArticles stop a run after this many articles (0 = no limit)
     * @param out where runs write their progress and summary lines
     * @param terminal whether {@code out} is a terminal (live progress line) or a log (a line every 30 s)
     */
    CrawlController(Workspace ws, SiteProfile profile, int maxArticles, PrintWriter out, boolean terminal) {
        this.ws = ws;
        this.profile = profile;
        this.maxArticles = maxArticles;
        this.out = out;
        this.terminal = terminal;
    }

    // ---- actions -------------------------------------------------------------------------------------------

    @Override
    public synchronized boolean start() {
        if (closed || job != null) {
            return false;
        }
        begin(Job.CRAWL, "khotin-crawl", this::crawl);
        return true;
    }

    @Override
    public synchronized boolean stop() {
        if (job != Job.CRAWL) {
            return false;
        }
        stopRequested.set(true);
        return true;
    }

    @Override
    public synchronized boolean reindex() {
        if (closed || job != null) {
            return false;
        }
        begin(Job.REINDEX, "khotin-reindex", this::reindexArchive);
        return true;
    }

    private void begin(Job next, String threadName, Runnable work) {
        stopRequested.set(false);
        lastFailure = null;
        job = next;
        jobStarted = Instant.now();
        worker = Thread.ofPlatform().name(threadName).daemon(true).unstarted(() -> {
            try {
                work.run();
            } catch (UserException e) {
                LOG.error("{} failed: {}", threadName, e.getMessage(), e);
                failed(e);
            } catch (RuntimeException | Error e) {
                LOG.error("{} failed", threadName, e);
                failed(UserException.runtime("Lỗi không mong đợi: " + e, e));
            } finally {
                generation.incrementAndGet(); // the next status reads the new report and counts
                live = null;
                synchronized (this) {
                    job = null;
                    worker = null;
                    notifyAll();
                }
            }
        });
        worker.start();
    }

    private synchronized void failed(UserException e) {
        lastFailure = e;
        out.println("Lỗi: " + e.getMessage());
        out.flush();
    }

    private void crawl() {
        CrawlRun.execute(ws, profile, maxArticles, stopRequested::get, out, terminal, new CrawlRun.Listener() {
            @Override
            public void started(Instant at, IntSupplier articlesIndexed) {
                live = new Live(at, articlesIndexed);
            }

            @Override
            public void progress(Crawler.Progress progress) {
                Live l = live;
                if (l != null) {
                    l.update(progress);
                }
            }
        });
    }

    private void reindexArchive() {
        out.println("Đang lập lại chỉ mục từ kho WARC…");
        out.flush();
        Reindexer.Result r = Reindexer.rebuild(ws, new ArticleExtractor(profile.extraction()), stopRequested::get);
        out.printf("%s: đọc %d bản lưu, lập chỉ mục %d lượt bài, bỏ %d bài không còn trong kho WARC, trong %d giây."
                + " Kho có %d bài.%n", r.complete() ? "Đã lập lại chỉ mục" : "Đã dừng lập lại chỉ mục giữa chừng",
                r.captures(), r.articles(), r.removed(), r.took().toSeconds(), ws.index().count());
        out.flush();
    }

    /**
     * Waits until no job runs.
     *
     * @return why the last job failed, if it did
     */
    synchronized Optional<UserException> awaitIdle() throws InterruptedException {
        while (job != null) {
            wait();
        }
        return Optional.ofNullable(lastFailure);
    }

    /** Whether {@link #close()} was called (the process is shutting down). */
    synchronized boolean closing() {
        return closed;
    }

    /** Stops the running job after the pages in flight and waits for it (up to 15 s); idempotent. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            stopRequested.set(true);
            running = worker;
        }
        if (running != null) {
            try {
                running.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isAlive()) {
                LOG.warn("{} did not stop within {} ms", running.getName(), STOP_WAIT_MILLIS);
            }
        }
        synchronized (cacheLock) {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }

    // ---- status --------------------------------------------------------------------------------------------

    @Override
    public CrawlStatus status() {
        Job current;
        Instant currentStarted;
        String error;
        synchronized (this) {
            current = job;
            currentStarted = jobStarted;
            error = lastFailure == null ? null : lastFailure.getMessage();
        }
        Cached c = cached();
        Live l = live;
        if (current == Job.CRAWL) {
            CrawlStatus.State state = stopRequested.get() ? CrawlStatus.State.STOPPING : CrawlStatus.State.RUNNING;
            if (l == null) { // between start() and the run's first step
                return new CrawlStatus(state, currentStarted, null, 0, 0, c.queued(), Map.of(), 0, null, c.lastRun(),
                        c.totals(), error);
            }
            Crawler.Progress p = l.progress();
            long queued = p == null ? c.queued() : p.queued();
            double rate = l.rate();
            Long eta = rate > 0 && queued > 0 ? Math.round(queued / rate) : null;
            return new CrawlStatus(state, l.started(), null, p == null ? 0 : p.fullFetches(),
                    l.articlesIndexed().getAsInt(), queued, p == null ? Map.of() : p.failuresByReason(), rate, eta,
                    c.lastRun(), c.totals(), error);
        }
        CrawlStatus.State state = current == Job.REINDEX ? CrawlStatus.State.REINDEXING : CrawlStatus.State.IDLE;
        LastReport r = c.report();
        if (r == null) {
            return new CrawlStatus(state, null, null, 0, 0, c.queued(), Map.of(), 0, null, null, c.totals(), error);
        }
        return new CrawlStatus(state, r.summary().started(), r.summary().finished(), r.summary().pagesFetched(),
                r.summary().articlesIndexed(), c.queued(), r.failuresByReason(), 0, null, r.summary(), c.totals(),
                error);
    }

    /** What status reads from disk, at most every {@link #CACHE_NANOS}. */
    private record Cached(long generation, long at, CrawlStatus.Totals totals, long queued, LastReport report) {
        CrawlStatus.RunSummary lastRun() {
            return report == null ? null : report.summary();
        }
    }

    private record LastReport(CrawlStatus.RunSummary summary, Map<String, Long> failuresByReason) {}

    private Cached cached() {
        synchronized (cacheLock) {
            long gen = generation.get();
            long now = System.nanoTime();
            if (cached != null && cached.generation() == gen && now - cached.at() < CACHE_NANOS) {
                return cached;
            }
            long captures = 0;
            long runs = 0;
            long queued = 0;
            CrawlStore store = reader();
            if (store != null) {
                try {
                    captures = store.captureCount();
                    runs = store.runCount();
                    queued = store.queuedCount();
                } catch (SQLException e) {
                    LOG.warn("Could not read crawl counts for the status page: {}", e.toString());
                }
            }
            long warcFiles = 0;
            long warcBytes = 0;
            try {
                warcFiles = ws.archive().files().size();
                warcBytes = ws.archive().totalBytes();
            } catch (IOException e) {
                LOG.warn("Could not size the WARC archive for the status page: {}", e.toString());
            }
            CrawlStatus.Totals totals = new CrawlStatus.Totals(ws.index().count(), captures, warcFiles, warcBytes, runs);
            cached = new Cached(gen, now, totals, queued, latestReport());
            return cached;
        }
    }

    /** The read-only view of {@code crawl.db}; null until the crawler has created it. */
    private CrawlStore reader() {
        if (reader == null && !closing() && Files.exists(ws.data().crawlDb())) {
            try {
                reader = CrawlStore.open(ws.data().crawlDb());
            } catch (SQLException e) {
                LOG.warn("Could not open {} for the status page: {}", ws.data().crawlDb(), e.toString());
            }
        }
        return reader;
    }

    /** The newest run report in {@code reports/}, parsed again only when a newer one appears. */
    private LastReport latestReport() {
        Path dir = ws.data().reports();
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(p -> REPORT.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing((Path p) -> group(p, 1)).thenComparingLong(p -> Long.parseLong(group(p, 2))));
        } catch (IOException e) {
            LOG.warn("Could not list the crawl reports in {}: {}", dir, e.toString());
            return report;
        }
        if (newest.isEmpty()) {
            return null;
        }
        if (!newest.get().equals(reportFile)) {
            try {
                report = parseReport(new ObjectMapper().readTree(newest.get().toFile()));
                reportFile = newest.get();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the crawl report {}: {}", newest.get(), e.toString());
            }
        }
        return report;
    }

    private static String group(Path p, int group) {
        Matcher m = REPORT.matcher(p.getFileName().toString());
        return m.matches() ? m.group(group) : "";
    }

    private static LastReport parseReport(JsonNode r) {
        JsonNode crawl = r.path("crawl");
        Map<String, Long> failures = new TreeMap<>();
        crawl.path("failuresByReason").properties().forEach(e -> failures.put(e.getKey(), e.getValue().asLong()));
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        var summary = new CrawlStatus.RunSummary(r.path("run").asLong(), instant(r.path("started")),
                instant(r.path("finished")), r.path("complete").asBoolean(), r.path("seconds").asDouble(),
                crawl.path("requests").asLong(), crawl.path("fullFetches").asLong(), r.path("articles").asLong(),
                failed);
        return new LastReport(summary, failures);
    }

    private static Instant instant(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }

    // ---- the running crawl ---------------------------------------------------------------------------------

    /** The current run's live counters, fed by the crawl thread and read by request threads. */
    private static final class Live {
        private final Instant started;
        private final IntSupplier articlesIndexed;
        private final ArrayDeque<long[]> samples = new ArrayDeque<>(); // {nanoTime, requests}, guarded by this
        private volatile Crawler.Progress progress;

        Live(Instant started, IntSupplier articlesIndexed) {
            this.started = started;
            this.articlesIndexed = articlesIndexed;
        }

        Instant started() {
            return started;
        }

        IntSupplier articlesIndexed() {
            return articlesIndexed;
        }

        Crawler.Progress progress() {
            return progress;
        }

        synchronized void update(Crawler.Progress p) {
            long now = System.nanoTime();
            samples.addLast(new long[] {now, p.requests()});
            while (samples.size() > 2 && now - samples.peekFirst()[0] > RATE_WINDOW_NANOS) {
                samples.removeFirst();
            }
            progress = p;
        }

        /** Requests per second over the last few seconds; the run's average until there are two samples. */
        synchronized double rate() {
            Crawler.Progress p = progress;
            if (p == null) {
                return 0;
            }
            if (samples.size() < 2) {
                return p.rate();
            }
            long[] first = samples.peekFirst();
            long[] last = samples.peekLast();
            double seconds = (last[0] - first[0]) / 1e9;
            return seconds > 0 ? (last[1] - first[1]) / seconds : p.rate();
        }
    }
}
