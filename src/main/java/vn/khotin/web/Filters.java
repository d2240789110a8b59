package vn.khotin.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What runs around every request: security headers, CORS for the read-only API, the per-client API rate limit,
 * and the count of requests in flight that graceful shutdown waits for.
 */
final class Filters {

    /**
     * No inline script or style anywhere: styles and the favicon come from /static, the timeline is inline SVG
     * drawn with presentation attributes, and forms post only to us.
     */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String IN_FLIGHT = "khotin.inflight";

    private final RateLimiter limiter;
    private final Metrics metrics;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private final java.util.Set<String> trustedProxies;
    /** The configured public address ({@link WebConfig#publicUrl}), or null. */
    private final String publicUrl;

    Filters(RateLimiter limiter, Metrics metrics, java.util.Set<String> trustedProxies, String publicUrl) {
        this.limiter = limiter;
        this.trustedProxies = trustedProxies;
        this.metrics = metrics;
        this.publicUrl = publicUrl;
    }

    /** Before every request. */
    void before(Context ctx) {
        securityHeaders(ctx);
        if (draining) {
            ctx.header("Retry-After", "5");
            ctx.header("Connection", "close");
            throw new SearchGate.Overloaded("Máy chủ đang dừng; vui lòng thử lại sau.");
        }
        ctx.attribute(IN_FLIGHT, Boolean.TRUE);
        inFlight.incrementAndGet();
        if (publicUrl != null) {
            ctx.attribute(Requests.PUBLIC_URL, publicUrl);
        }
    }

    /** Before API requests: CORS for reads, and the rate limit. */
    void beforeApi(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            ctx.header("Access-Control-Expose-Headers", "Retry-After, X-Total-Count, X-Export-Rows, X-Export-Cap");
            ctx.header("Access-Control-Max-Age", "86400");
        }
        RateLimiter.Decision d = limiter.acquire(client(ctx));
        if (!d.allowed()) {
            metrics.rateLimited();
            ctx.header("Retry-After", Long.toString(d.retryAfterSeconds()));
            throw new TooManyRequests("Quá nhiều yêu cầu từ địa chỉ này; hãy thử lại sau " + d.retryAfterSeconds()
                    + " giây.");
        }
    }

    /**
     * Before every request, after the rate limit: an address whose parameters are not percent-encoded UTF-8 is a
     * 400 ({@link UrlEncoding}), not a search for what the decoder made of it.
     */
    void encoding(Context ctx) {
        UrlEncoding.check(ctx.queryString());
    }

    /** The client's address, through trusted proxies (see {@link ClientAddress}). */
    String client(Context ctx) {
        return ClientAddress.of(ctx.ip(), ctx.header("X-Forwarded-For"), trustedProxies);
    }

    /** After every request, once its response is done (called from the request logger). */
    void done(Context ctx) {
        if (ctx.attribute(IN_FLIGHT) != null) {
            ctx.attribute(IN_FLIGHT, null);
            inFlight.decrementAndGet();
        }
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }

    /** Refuses new requests and waits, up to the grace period, for those in flight. */
    void drain(long graceMillis) {
        draining = true;
        long deadline = System.nanoTime() + graceMillis * 1_000_000;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Over the rate limit: 429. */
    static final class TooManyRequests extends RuntimeException {
        TooManyRequests(String message) {
            super(message, null, false, false);
        }
    }
}
