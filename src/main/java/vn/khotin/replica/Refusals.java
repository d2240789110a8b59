package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The answers given instead of a page: to a method the site does not serve, and for the faults that refuse a
 * request before any page is built (the rate limit, and an article's first-visit 429, 503 or reset).
 */
final class Refusals {

    private final ReplicaConfig config;
    private final FaultPlan plan;
    /** When the requests of the last second arrived, for {@link Fault#RATE_LIMIT_429}. */
    private final ArrayDeque<Long> window = new ArrayDeque<>();

    Refusals(ReplicaConfig config, FaultPlan plan) {
        this.config = config;
        this.plan = plan;
    }

    /**
     * The refusal of a request, or null when it goes on to its page.
     *
     * @param articleId the article a {@code -post<ID>.html} path names, or null
     * @param visit how many times the path has been asked for, this request included
     */
    HttpCore.Response of(HttpCore.Request req, Long articleId, int visit) {
        if (!req.method().equals("GET") && !req.method().equals("HEAD")) {
            HttpCore.Response r = new HttpCore.Response(405).header("Allow", "GET, HEAD").header("Content-Type", "text/plain; charset=utf-8");
            r.body = "Phương thức không được hỗ trợ".getBytes(StandardCharsets.UTF_8);
            return r;
        }
        if (config.has(Fault.RATE_LIMIT_429) && overRate(req.time())) {
            return retryLater(429, "1", Fault.RATE_LIMIT_429);
        }
        return articleId == null ? null : beforeArticle(articleId, visit);
    }

    private HttpCore.Response beforeArticle(long id, int visit) {
        if (visit == 1 && plan.hits(Fault.RATE_LIMIT_429, id)) {
            return retryLater(429, "2", Fault.RATE_LIMIT_429);
        }
        if (visit <= 2 && plan.hits(Fault.UNAVAILABLE_503, id)) {
            // One target gives seconds, the other an HTTP-date: both forms are legal and both occur.
            boolean dateForm = plan.targets(Fault.UNAVAILABLE_503).indexOf(id) % 2 == 1;
            return retryLater(503, dateForm ? HttpWire.HTTP_DATE.format(Instant.now().plusSeconds(2)) : "1", Fault.UNAVAILABLE_503);
        }
        if (visit == 1 && plan.hits(Fault.CONNECTION_RESET, id)) {
            HttpCore.Response r = new HttpCore.Response(0);
            r.action = HttpCore.Action.RESET;
            r.fault = Fault.CONNECTION_RESET;
            return r;
        }
        return null;
    }

    private static HttpCore.Response retryLater(int status, String retryAfter, Fault fault) {
        HttpCore.Response r = new HttpCore.Response(status).header("Content-Type", Page.HTML).header("Retry-After", retryAfter);
        r.body = ("<html><body><h1>" + status + " " + HttpWire.reason(status) + "</h1><p>Vui lòng thử lại sau.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        r.fault = fault;
        return r;
    }

    private synchronized boolean overRate(Instant now) {
        long t = now.toEpochMilli();
        while (!window.isEmpty() && window.peekFirst() <= t - 1000) {
            window.removeFirst();
        }
        window.addLast(t);
        return window.size() > config.rateLimitPerSecond();
    }
}
