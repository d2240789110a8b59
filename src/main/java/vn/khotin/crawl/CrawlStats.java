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
        return m;
    }
}
