package vn.khotin.web;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the crawler for the status page and {@code /metrics}.
 *
 * @param state what the crawler is doing
 * @param lastStarted when the current or last run started; null if never
 * @param lastFinished when the last run ended; null if never or still running
 * @param pagesFetched pages fetched in the current or last run
 * @param articlesIndexed articles indexed in the current or last run
 * @param queued URLs waiting in the frontier
 * @param failuresByReason failed fetches by reason ("timeout", "http-404", …), in the current or last run
 */
public record CrawlStatus(State state, Instant lastStarted, Instant lastFinished, long pagesFetched,
        long articlesIndexed, long queued, Map<String, Long> failuresByReason) {

    /** What the crawler is doing. */
    public enum State {
        IDLE("đang nghỉ"),
        RUNNING("đang thu thập"),
        STOPPING("đang dừng"),
        REINDEXING("đang lập lại chỉ mục"),
        UNAVAILABLE("không gắn bộ thu thập");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** Vietnamese label for pages. */
        public String label() {
            return label;
        }
    }

    public CrawlStatus {
        failuresByReason = failuresByReason == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(failuresByReason));
    }

    /** Total failed fetches. */
    public long failures() {
        return failuresByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    static CrawlStatus unavailable() {
        return new CrawlStatus(State.UNAVAILABLE, null, null, 0, 0, 0, Map.of());
    }
}
