package vn.khotin.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.model.CaptureRef;
import vn.khotin.crawl.ArticleIds;
import vn.khotin.crawl.CrawlStats;
import vn.khotin.crawl.CrawlStore;
import vn.khotin.crawl.Crawler;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleJson;

/**
 * One crawl run into an open workspace: recover what a killed run left unindexed, crawl, ingest, commit,
 * report. Shared by {@code crawl}, {@code run} and {@code bench crawl}.
 */
final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    private static final Logger PROGRESS = LoggerFactory.getLogger("vn.khotin.crawl.progress");
    private static final DateTimeFormatter REPORT_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CrawlRun() {}

    /** Runs the crawl; returns the report written to {@code reports/}. */
    static Map<String, Object> execute(Workspace ws, SiteProfile profile, int maxArticles, BooleanSupplier stopRequested,
            PrintWriter out) {
        return execute(ws, profile, maxArticles, stopRequested, out, System.console() != null);
    }

    static Map<String, Object> execute(Workspace ws, SiteProfile profile, int maxArticles, BooleanSupplier stopRequested,
            PrintWriter out, boolean terminal) {
        return execute(ws, profile, maxArticles, stopRequested, out, terminal, Listener.NONE);
    }

    /** What a caller may watch of a run as it goes (for the status page). Called on the crawl thread. */
    interface Listener {
        Listener NONE = new Listener() {};

        /** The run starts; {@code articlesIndexed} may be read from any thread. */
        default void started(Instant at, IntSupplier articlesIndexed) {}

        /** The crawler's counters, at most twice a second. */
        default void progress(Crawler.Progress progress) {}
    }

    static Map<String, Object> execute(Workspace ws, SiteProfile profile, int maxArticles, BooleanSupplier stopRequested,
            PrintWriter out, boolean terminal, Listener listener) {
        Instant started = Instant.now();
        CrawlStore store = ws.store();
        Ingest ingest = new Ingest(ws.archive(), new ArticleExtractor(profile.extraction()), ws.index(),
                store::markIngested);
        listener.started(started, ingest::articles);
        int recovered;
        try {
            recovered = recover(ws, store, ingest);
        } catch (Exception e) {
            closeQuietly(ingest);
            throw UserException.runtime("Không khôi phục được dữ liệu của lần chạy trước: " + e.getMessage(), e);
        }
        if (recovered > 0) {
            out.println("Đã lập chỉ mục lại " + recovered + " trang đã tải nhưng chưa kịp lưu vào chỉ mục ở lần chạy trước.");
        }
        Crawler crawler = new Crawler(profile.crawl(), store,
                ArticleIds.fromPattern(profile.extraction().articleIdPattern()));
        out.println("Đang thu thập " + profile.crawl().origin() + " (tối đa "
                + String.format(Locale.ROOT, "%.1f", profile.crawl().requestsPerSecond()) + " yêu cầu/giây)…");
        out.flush();
        ProgressLine line = new ProgressLine(out, terminal);
        CrawlStats stats = null;
        boolean stopped;
        try {
            boolean[] stopFlag = new boolean[1];
            stats = crawler.crawl(ingest, () -> {
                boolean s = stopRequested.getAsBoolean() || (maxArticles > 0 && ingest.articles() >= maxArticles);
                stopFlag[0] |= s;
                return s;
            }, p -> {
                line.update(p);
                listener.progress(p);
            });
            stopped = stopFlag[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserException.runtime("Thu thập bị ngắt.", e);
        } catch (SQLException | Crawler.StoreFailureException e) {
            throw UserException.runtime("Lỗi kho trạng thái thu thập (" + ws.data().crawlDb() + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw UserException.runtime("Không ghi được tệp WARC: " + e.getMessage(), e);
        } catch (Exception e) {
            throw UserException.runtime("Thu thập dừng vì lỗi: " + e.getMessage(), e);
        } finally {
            line.finish();
            if (stats == null) {
                closeQuietly(ingest); // a long-lived server must not keep the failed run's worker thread
            }
        }
        try {
            ingest.commit();
            ingest.close();
        } catch (Exception e) {
            throw UserException.runtime("Không ghi được chỉ mục: " + e.getMessage(), e);
        }
        double compactSeconds = stopped ? 0 : compact(ws);
        Instant finished = Instant.now();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("site", profile.crawl().siteName());
        report.put("origin", profile.crawl().origin().toString());
        report.put("run", crawler.run());
        report.put("started", started.toString());
        report.put("finished", finished.toString());
        report.put("seconds", Duration.between(started, finished).toMillis() / 1000.0);
        report.put("complete", !stopped);
        report.put("configuredRate", profile.crawl().requestsPerSecond());
        report.put("crawl", stats.snapshot());
        report.put("recoveredFromWarc", recovered);
        report.put("compactSeconds", compactSeconds);
        report.putAll(ingest.report());
        try {
            report.put("urlsByState", store.countByState());
            report.put("indexArticles", ws.index().count());
        } catch (SQLException e) {
            LOG.warn("Could not read the crawl store's totals: {}", e.toString());
        }
        Path file = writeReport(ws.data().reports(), started, crawler.run(), report);
        try {
            store.finishRun(crawler.run(), finished.toEpochMilli(), !stopped,
                    ArticleJson.newMapper().writeValueAsString(report));
        } catch (SQLException | IOException e) {
            LOG.warn("Could not close the run in the crawl store: {}", e.toString());
        }
        Duration took = Duration.between(started, finished);
        out.printf("Xong: %d bài được lập chỉ mục, %d trang đã tải, %d lỗi, trong %d giây. Kho có %d bài.%n",
                ingest.articles(), stats.fullFetches(), stats.failed(), took.toSeconds(), ws.index().count());
        out.printf("Yêu cầu: %d (%s); thử lại %d lần; không đổi (304): %s; báo cáo: %s%n", stats.requests(),
                byStatus(stats), statsValue(stats, "retries"), statsValue(stats, "notModified"),
                file == null ? "-" : file);
        if (stopped) {
            out.println("Đã dừng giữa chừng; chạy lại lệnh để tiếp tục từ chỗ dừng.");
        }
        out.flush();
        return report;
    }

    /**
     * Merges the index into one segment after a complete run (searches are markedly faster on one segment);
     * returns the seconds it took. A failure (full disk) only costs search speed: it is logged and the run
     * still counts as done.
     */
    static double compact(Workspace ws) {
        long t0 = System.nanoTime();
        try {
            ws.index().compact();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not merge the index into one segment; searches stay slower until the next run: {}",
                    e.toString());
        }
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    private static void closeQuietly(Ingest ingest) {
        try {
            ingest.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-indexes from WARC whatever the store holds as fetched but the last index commit does not cover. */
    static int recover(Workspace ws, CrawlStore store, Ingest ingest) throws Exception {
        List<CrawlStore.Pending> pending = store.pendingIngest();
        if (pending.isEmpty()) {
            return 0;
        }
        int done = 0;
        for (CrawlStore.Pending p : pending) {
            CaptureRef ref = CaptureRef.parse(p.archiveRef());
            var capture = ws.archive().read(ref);
            if (capture.isPresent()) {
                ingest.process(new ArchivedCapture(capture.get(), ref));
                done++;
            } else {
                LOG.warn("Capture {} of {} is missing from the archive", ref, p.url());
            }
        }
        ingest.commit();
        LOG.info("Recovered {} captures from WARC into the index", done);
        return done;
    }

    private static String byStatus(CrawlStats stats) {
        @SuppressWarnings("unchecked")
        Map<String, Long> m = (Map<String, Long>) stats.snapshot().get("byStatus");
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k.equals("0") ? "lỗi mạng" : k).append(": ").append(v));
        return sb.isEmpty() ? "không có" : sb.toString();
    }

    private static Object statsValue(CrawlStats stats, String key) {
        return stats.snapshot().get(key);
    }

    private static Path writeReport(Path dir, Instant started, long run, Map<String, Object> report) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("crawl-" + REPORT_NAME.format(started) + "-run" + run + ".json");
            Files.write(file, ArticleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
            return file;
        } catch (IOException e) {
            LOG.error("Could not write the crawl report to {}", dir, e);
            return null;
        }
    }

    /** A live line on a terminal; a log line every 30 s elsewhere. */
    private static final class ProgressLine {
        private final PrintWriter out;
        private final boolean terminal;
        private long lastLog = System.nanoTime();
        private boolean drawn;

        ProgressLine(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void update(Crawler.Progress p) {
            String eta = p.rate() > 0 && p.queued() > 0 ? duration((long) (p.queued() / p.rate())) : "-";
            String text = String.format(Locale.ROOT, "Đã tải %d | hàng đợi %d | lỗi %d | %.1f yêu cầu/giây | còn khoảng %s",
                    p.fullFetches(), p.queued(), p.failed(), p.rate(), eta);
            if (terminal) {
                out.print("\r" + text + "\u001b[K");
                out.flush();
                drawn = true;
            } else if (System.nanoTime() - lastLog > 30_000_000_000L) {
                lastLog = System.nanoTime();
                PROGRESS.info("{}", text);
            }
        }

        void finish() {
            if (drawn) {
                out.println();
                out.flush();
            }
        }

        private static String duration(long seconds) {
            if (seconds < 60) {
                return seconds + " giây";
            }
            if (seconds < 3600) {
                return (seconds / 60) + " phút";
            }
            return (seconds / 3600) + " giờ " + (seconds % 3600 / 60) + " phút";
        }
    }
}
