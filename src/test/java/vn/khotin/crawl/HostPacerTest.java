package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Spacing is per host: one host's pace or pause never holds another. */
class HostPacerTest {

    private static final String A = "http://a.example:80";
    private static final String B = "http://b.example:80";

    @Test
    void eachHostHasItsOwnPace() throws Exception {
        HostPacer pacer = new HostPacer(2, Duration.ofSeconds(10)); // 500 ms between requests to a host
        pacer.acquire(A);
        pacer.done(A);
        assertThat(pacer.waitNanos(A)).as("A just answered").isGreaterThan(Duration.ofMillis(400).toNanos());
        assertThat(pacer.waitNanos(B)).as("B was never asked").isZero();
        long t0 = System.nanoTime();
        pacer.acquire(B);
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofMillis(100).toNanos());
    }

    @Test
    void crawlDelayLengthensTheGapUpToItsCapAndRetryAfterPausesTheHost() {
        HostPacer pacer = new HostPacer(100, Duration.ofSeconds(2));
        pacer.crawlDelay(A, Duration.ofSeconds(30));
        assertThat(pacer.intervalNanos(A)).as("capped").isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(pacer.intervalNanos(B)).isEqualTo(Duration.ofMillis(10).toNanos());
        pacer.pause(B, Duration.ofSeconds(5));
        assertThat(pacer.waitNanos(B)).isGreaterThan(Duration.ofSeconds(4).toNanos());
        assertThat(pacer.waitNanos(A)).isLessThanOrEqualTo(Duration.ofSeconds(2).toNanos());
    }
}
