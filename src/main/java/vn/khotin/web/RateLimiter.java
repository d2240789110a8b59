package vn.khotin.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perMinute} a minute. Buckets of
 * clients that have been quiet long enough to be full again are dropped, so memory stays bounded by the clients
 * active in the last refill period.
 */
final class RateLimiter {

    /** The answer for one request: allowed, or refused with the seconds until a token is available. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final int SWEEP_EVERY = 4096;

    private final double tokensPerNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int sinceSweep;

    RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        this.tokensPerNano = perMinute / 60e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    RateLimiter(int perMinute, int burst) {
        this(perMinute, burst, System::nanoTime);
    }

    Decision acquire(String client) {
        long now = nanoClock.getAsLong();
        maybeSweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, tokensPerNano, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            double nanosToToken = (1 - bucket.tokens) / tokensPerNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToToken / 1e9)));
        }
    }

    /** Clients currently tracked. */
    int tracked() {
        return buckets.size();
    }

    private void maybeSweep(long now) {
        boolean sweep;
        synchronized (this) {
            sweep = ++sinceSweep >= SWEEP_EVERY;
            if (sweep) {
                sinceSweep = 0;
            }
        }
        if (sweep) {
            buckets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    e.getValue().refill(now, tokensPerNano, burst);
                    return e.getValue().tokens >= burst;
                }
            });
        }
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        void refill(long now, double perNano, double burst) {
            if (now > last) {
                tokens = Math.min(burst, tokens + (now - last) * perNano);
                last = now;
            }
        }
    }
}
