package vn.khotin.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to each host: at least {@code 1/rate} apart, or the robots.txt {@code Crawl-delay} (capped)
 * when longer, and none at all while a {@code Retry-After} pause runs. Time is measured from the start of
 * one request to the start of the next, which is what the site sees.
 */
final class HostPacer {

    private final long intervalNanos;
    private final long maxCrawlDelayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();
    private final Map<String, Long> crawlDelay = new HashMap<>();

    HostPacer(double requestsPerSecond, Duration maxCrawlDelay) {
        this.intervalNanos = (long) Math.ceil(1e9 / requestsPerSecond);
        this.maxCrawlDelayNanos = maxCrawlDelay.toNanos();
    }

    /** Sets the host's robots.txt Crawl-delay; values above the configured cap are capped. */
    void crawlDelay(String host, Duration delay) {
        crawlDelay.put(host, Math.min(Math.max(0, delay.toNanos()), maxCrawlDelayNanos));
    }

    /** The gap enforced between two requests to this host. */
    long intervalNanos(String host) {
        return Math.max(intervalNanos, crawlDelay.getOrDefault(host, 0L));
    }

    /** Nanoseconds until the host may be asked again (0 when it may be now). */
    long waitNanos(String host) {
        Long next = nextAllowed.get(host);
        return next == null ? 0 : Math.max(0, next - System.nanoTime());
    }

    /** Blocks until the host may be asked, then books the slot. */
    void acquire(String host) throws InterruptedException {
        long wait;
        while ((wait = waitNanos(host)) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        nextAllowed.put(host, System.nanoTime() + intervalNanos(host));
    }

    /** Holds every request to the host for this long from now (Retry-After), unless already held longer. */
    void pause(String host, Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        nextAllowed.merge(host, until, Math::max);
    }
}
