package vn.khotin.crawl;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to each host: at least {@code 1/rate} apart, or the robots.txt {@code Crawl-delay} (capped)
 * when longer, and none at all while a {@code Retry-After} pause runs.
 *
 * <p>The gap is counted from the end of one exchange ({@link #done}) to the start of the next, not start to
 * start: a request that is slow to leave (a new connection, a busy machine) would otherwise arrive close
 * behind the next one, and the site would count more than the configured rate in some second. Counted this
 * way, arrivals at the site are always more than {@code 1/rate} apart. In addition no {@code floor(rate)+1}
 * requests start within one second plus {@link #WINDOW_SLACK_NANOS}.
 */
final class HostPacer {

    static final long WINDOW_SLACK_NANOS = 20_000_000L;
    /** Above this rate politeness is off (benchmarks); the window bookkeeping is skipped. */
    private static final double MAX_WINDOWED_RATE = 1000;

    private final long intervalNanos;
    private final int perWindow;
    private final long maxCrawlDelayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();
    private final Map<String, Long> crawlDelay = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> recent = new HashMap<>();

    HostPacer(double requestsPerSecond, Duration maxCrawlDelay) {
        this.intervalNanos = (long) Math.ceil(1e9 / requestsPerSecond);
        this.perWindow = requestsPerSecond <= MAX_WINDOWED_RATE ? Math.max(1, (int) Math.floor(requestsPerSecond)) : 0;
        this.maxCrawlDelayNanos = maxCrawlDelay.toNanos();
    }

    /** Sets the host's robots.txt Crawl-delay; values above the configured cap are capped. */
    void crawlDelay(String host, Duration delay) {
        long d = Math.min(Math.max(0, delay.toNanos()), maxCrawlDelayNanos);
        crawlDelay.put(host, d);
        done(host);
    }

    /** The gap enforced between two requests to this host. */
    long intervalNanos(String host) {
        return Math.max(intervalNanos, crawlDelay.getOrDefault(host, 0L));
    }

    /** Nanoseconds until the host may be asked again (0 when it may be now). */
    long waitNanos(String host) {
        long now = System.nanoTime();
        long next = nextAllowed.getOrDefault(host, now);
        ArrayDeque<Long> starts = recent.get(host);
        if (perWindow > 0 && starts != null && starts.size() >= perWindow) {
            next = Math.max(next, starts.peekFirst() + 1_000_000_000L + WINDOW_SLACK_NANOS);
        }
        return Math.max(0, next - now);
    }

    /** Blocks until the host may be asked, then books the slot. */
    void acquire(String host) throws InterruptedException {
        long wait;
        while ((wait = waitNanos(host)) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        long now = System.nanoTime();
        nextAllowed.merge(host, now + intervalNanos(host), Math::max);
        if (perWindow > 0) {
            ArrayDeque<Long> starts = recent.computeIfAbsent(host, h -> new ArrayDeque<>());
            starts.addLast(now);
            while (starts.size() > perWindow) {
                starts.removeFirst();
            }
        }
    }

    /** Marks the end of an exchange with the host (response read, or failure): the gap starts now. */
    void done(String host) {
        nextAllowed.merge(host, System.nanoTime() + intervalNanos(host), Math::max);
    }

    /** Holds every request to the host for this long from now (Retry-After), unless already held longer. */
    void pause(String host, Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        nextAllowed.merge(host, until, Math::max);
    }
}
