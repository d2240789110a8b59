package vn.khotin.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.index.ArticleJson;
import vn.khotin.model.CrawlStatus;

/**
 * The crawl reports in {@code reports/}: one JSON file per run, {@code crawl-<yyyyMMdd-HHmmss>-run<N>.json},
 * written at the end of the run and read back for the status page (only when a newer one appears).
 * Instances cache the last report read; not thread-safe.
 */
final class CrawlReports {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlReports.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern REPORT = Pattern.compile("crawl-(\\d{8}-\\d{6})-run(\\d+)\\.json");

    /** The last run as its report recorded it, with its failures by reason. */
    record LastRun(CrawlStatus.RunSummary summary, Map<String, Long> failuresByReason) {}

    private final Path dir;
    private Path lastFile;
    private LastRun last;

    CrawlReports(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes a run's report; returns the file, or null when it could not be written (logged). The report appears
     * whole or not at all (written aside, then renamed): the status page may be reading the directory meanwhile.
     */
    Path write(Instant started, long run, Map<String, Object> report) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("crawl-" + NAME.format(started) + "-run" + run + ".json");
            Path partial = dir.resolve(file.getFileName() + ".partial");
            Files.write(partial, ArticleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            LOG.error("Could not write the crawl report to {}", dir, e);
            return null;
        }
    }

    /** The report as one line of JSON, as the crawl store keeps it with the run. */
    static String json(Map<String, Object> report) throws IOException {
        return ArticleJson.newMapper().writeValueAsString(report);
    }

    /** The newest run report, parsed again only when a newer one appears; null when there is none. */
    LastRun latest() {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(p -> REPORT.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing((Path p) -> group(p, 1)).thenComparingLong(p -> Long.parseLong(group(p, 2))));
        } catch (IOException e) {
            LOG.warn("Could not list the crawl reports in {}: {}", dir, e.toString());
            return last;
        }
        if (newest.isEmpty()) {
            return null;
        }
        if (!newest.get().equals(lastFile)) {
            try {
                last = parse(new ObjectMapper().readTree(newest.get().toFile()));
                lastFile = newest.get();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the crawl report {}: {}", newest.get(), e.toString());
            }
        }
        return last;
    }

    private static String group(Path p, int group) {
        Matcher m = REPORT.matcher(p.getFileName().toString());
        return m.matches() ? m.group(group) : "";
    }

    private static LastRun parse(JsonNode r) throws IOException {
        if (r == null || !r.isObject()) {
            throw new IOException("not a crawl report");
        }
        JsonNode crawl = r.path("crawl");
        Map<String, Long> failures = new TreeMap<>();
        crawl.path("failuresByReason").properties().forEach(e -> failures.put(e.getKey(), e.getValue().asLong()));
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        var summary = new CrawlStatus.RunSummary(r.path("run").asLong(), instant(r.path("started")),
                instant(r.path("finished")), r.path("complete").asBoolean(), r.path("seconds").asDouble(),
                crawl.path("requests").asLong(), crawl.path("fullFetches").asLong(), r.path("articles").asLong(),
                failed);
        return new LastRun(summary, failures);
    }

    private static Instant instant(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }
}
