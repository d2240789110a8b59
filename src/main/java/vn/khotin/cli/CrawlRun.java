package vn.khotin.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.crawl.Crawler;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.index.ArticleJson;

/** One crawl run into an open workspace: crawl, ingest, commit, report. Shared by {@code crawl} and {@code run}. */
final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    private static final DateTimeFormatter REPORT_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CrawlRun() {}

    /** Runs the crawl; returns the report written to {@code reports/}. */
    static Map<String, Object> execute(Workspace ws, SiteProfile profile, int maxArticles, BooleanSupplier stopRequested,
            PrintWriter out) {
        Instant started = Instant.now();
        Ingest ingest = new Ingest(ws.archive(), new ArticleExtractor(profile.extraction()), ws.index());
        Crawler crawler = new Crawler(profile.crawl(),
                (URI uri) -> profile.extraction().articleIdPattern().matcher(uri.toString()).find());
        out.println("Đang thu thập " + profile.crawl().origin() + " (tối đa "
                + profile.crawl().requestsPerSecond() + " yêu cầu/giây)…");
        out.flush();
        Crawler.CrawlStats stats;
        try {
            stats = crawler.crawl(ingest, () -> stopRequested.getAsBoolean()
                    || (maxArticles > 0 && ingest.articles() >= maxArticles));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserException.runtime("Thu thập bị ngắt.", e);
        }
        try {
            ws.index().commit();
        } catch (IOException e) {
            throw UserException.runtime("Không ghi được chỉ mục: " + e.getMessage(), e);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("site", profile.crawl().siteName());
        report.put("origin", profile.crawl().origin().toString());
        report.put("started", started.toString());
        report.put("finished", Instant.now().toString());
        report.put("requests", stats.asMap());
        report.putAll(ingest.report());
        writeReport(ws.data().reports(), started, report);
        Duration took = Duration.between(started, Instant.now());
        out.printf("Xong: %d bài được lập chỉ mục, %d trang đã tải, %d lỗi, trong %d giây. Kho có %d bài.%n",
                ingest.articles(), stats.fetched(), stats.failed(), took.toSeconds(), ws.index().count());
        out.flush();
        return report;
    }

    private static void writeReport(Path dir, Instant started, Map<String, Object> report) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("crawl-" + REPORT_NAME.format(started) + ".json");
            Files.write(file, ArticleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
        } catch (IOException e) {
            LOG.error("Could not write the crawl report to {}", dir, e);
        }
    }
}
