package vn.khotin.crawl;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import vn.khotin.model.Capture;

/**
 * What the crawler ({@link Crawler}) does when a request fails: a bounded number of retries with exponential
 * back-off or the server's {@code Retry-After}, then a final state with its reason; and how many requests in a row
 * got no answer, so that a run can give up on an origin that never answers. Used by the crawl thread only.
 */
final class Retries {

    private final CrawlSettings settings;
    private final CrawlStore store;
    private final CrawlStats stats;
    private final Logger log;
    private int failuresInARow;
    private String lastFailure;

    /** {@code log}: the crawler's logger, so that its lines keep their name. */
    Retries(CrawlSettings settings, CrawlStore store, CrawlStats stats, Logger log) {
        this.settings = settings;
        this.store = store;
        this.stats = stats;
        this.log = log;
    }

    /** Requests in a row without an answer (or with a 5xx). */
    int failuresInARow() {
        return failuresInARow;
    }

    /** The reason of the last request without an answer, or null. */
    String lastFailure() {
        return lastFailure;
    }

    void retryOrFail(CrawlStore.Row row, Integer status, String reason, Duration wait) throws SQLException {
        CrawlSettings.Politeness p = settings.politeness();
        int attempts = row.attempts() + 1;
        if (attempts > p.maxRetries()) {
            finalState(row, CrawlStore.State.FAILED, status, "retries-exhausted: " + reason);
            return;
        }
        if (wait != null && wait.compareTo(p.maxRetryAfter()) > 0) {
            finalState(row, CrawlStore.State.FAILED, status, "retry-after-too-long: " + wait.toSeconds() + "s");
            return;
        }
        Duration delay = wait != null ? wait : backoff(attempts);
        stats.retries++;
        store.recordRetry(row.id(), attempts, System.currentTimeMillis() + delay.toMillis() + (wait != null ? 1 : 0),
                status, reason);
    }

    /** A request got no answer. */
    void requestFailed(String reason) {
        stats.requestError(reason);
        failuresInARow++;
        lastFailure = reason;
    }

    /** A request got an answer; a 5xx counts as none (the site is there but cannot serve). */
    void answered(int status) {
        if (status >= 500) {
            requestFailed("http-" + status);
            return;
        }
        stats.answered++;
        failuresInARow = 0;
        if (status >= 400) {
            stats.requestError("http-" + status);
        }
    }

    /** Exponential back-off with jitter (0.5–1.5 of the nominal delay), capped. */
    Duration backoff(int attempt) {
        CrawlSettings.Politeness p = settings.politeness();
        double nominal = p.backoffBase().toNanos() * Math.pow(2, Math.min(attempt - 1, 30));
        double capped = Math.min(nominal, p.backoffMax().toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    void finalState(CrawlStore.Row row, CrawlStore.State state, Integer status, String reason)
            throws SQLException {
        store.recordFinal(row.id(), state, status, reason);
        if (state == CrawlStore.State.FAILED) {
            stats.failure(reason);
            log.info("Giving up {}: {}", row.url(), reason);
        }
    }

    /** Parses Retry-After: delay-seconds or an HTTP-date. */
    static Optional<Duration> retryAfter(Capture c) {
        Optional<String> value = c.header("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException ignored) {
            // an HTTP-date, below
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(Instant.now(), when.toInstant());
            // an HTTP-date has one-second resolution: round up so we never come back early
            return Optional.of(d.isNegative() ? Duration.ZERO : d.plusSeconds(1).withNanos(0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
