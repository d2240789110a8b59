package vn.khotin.crawl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of one crawl run, for the progress line and the JSON report. Written by the crawl thread only;
 * read through {@link #snapshot()}.
 */
public final class CrawlStats {

    long requests;
    long fullFetches;
    long notModified;
    long retries;
    long retryAfterHonored;
    long maxRetryAfterMillis;
    long disallowed;
    long bytes;
    long truncated;
    long discovered;
    /** HTTP answers below 500: the origin was reached. */
    long answered;
    /** Why the run gave up on an origin that never answered, or null. */
    String unreachable;
    final Map<String, Long> requestErrors = new TreeMap<>();
    final Map<String, Long> byStatus = new TreeMap<>();
    final Map<String, Long> failures = new TreeMap<>();
    final Map<String, Long> fullFetchesByKind = new TreeMap<>();
    final long startedNanos = System.nanoTime();

    void status(int status) {
        byStatus.merge(Integer.toString(status), 1L, Long::sum);
    }

    void failure(String reason) {
        String key = reason.split(":", 2)[0];
        failures.merge(key, 1L, Long::sum);
    }

    /** A request that got no answer, a 5xx or another error status, by reason ("connect-failed", "http-503"). */
    void requestError(String reason) {
        requestErrors.merge(reason, 1L, Long::sum);
    }

    /**
     * The origin never answered: the run ends, and its failures are the requests' errors by reason (the URLs
     * themselves stay queued for the next run).
     */
    void giveUp(String reason) {
        unreachable = reason;
        requestErrors.forEach((k, v) -> failures.merge(k, v, Long::sum));
    }

    /** Why the run gave up on an origin that never answered ("connect-failed", "http-503"), or null. */
    public String unreachable() {
        return unreachable;
    }

    /** Failed requests by reason, retried or not. */
    public Map<String, Long> requestErrors() {
        return new TreeMap<>(requestErrors);
    }

    /** Pages that came back usable: full fetches and "not modified" answers. */
    public long usable() {
        return fullFetches + notModified;
    }

    /** URLs given up on in this run, by reason. */
    public Map<String, Long> failures() {
        return new TreeMap<>(failures);
    }

    /** Requests made so far. */
    public long requests() {
        return requests;
    }

    /** 2xx responses with a body. */
    public long fullFetches() {
        return fullFetches;
    }

    /** URLs given up on in this run. */
    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Requests per second since the start of the run. */
    public double rate() {
        double secs = (System.nanoTime() - startedNanos) / 1e9;
        return secs > 0 ? requests / secs : 0;
    }

    /** Everything, for the JSON report. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", requests);
        m.put("byStatus", new TreeMap<>(byStatus));
        m.put("fullFetches", fullFetches);
        m.put("fullFetchesByKind", new TreeMap<>(fullFetchesByKind));
        m.put("notModified", notModified);
        m.put("retries", retries);
        m.put("retryAfterHonored", retryAfterHonored);
        m.put("maxRetryAfterMillis", maxRetryAfterMillis);
        m.put("disallowedSkipped", disallowed);
        m.put("truncated", truncated);
        m.put("newUrls", discovered);
        m.put("bytes", bytes);
        m.put("failuresByReason", new TreeMap<>(failures));
        m.put("requestErrorsByReason", new TreeMap<>(requestErrors));
        m.put("unreachable", unreachable);
        return m;
    }
}
