package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a route answered into the response sent: latency, media type, redirect target, caching headers,
 * validators (a 304 when the client's copy is current), gzip; and the faults that spoil an answer on its way out
 * (SLOW, INTERMITTENT_500, CHARSET_MISMATCH, GZIP_ALWAYS, TRUNCATED_BODY). When several apply, the response
 * names the last.
 */
final class Delivery {

    private final Site site;
    private final FaultPlan plan;

    Delivery(Site site, FaultPlan plan) {
        this.site = site;
        this.plan = plan;
    }

    /**
     * @param articleId the article a {@code -post<ID>.html} path names, or null
     * @param visit how many times the path has been asked for, this request included
     */
    HttpCore.Response send(HttpCore.Request req, Page page, Long articleId, int visit) {
        ReplicaConfig cfg = site.config;
        HttpCore.Response resp = new HttpCore.Response(page.status());
        resp.delayMillis = cfg.latencyMillis();
        if (articleId != null && plan.hits(Fault.SLOW, articleId)) {
            resp.delayMillis += cfg.slowMillis();
            resp.fault = Fault.SLOW;
        }
        if (cfg.has(Fault.INTERMITTENT_500) && page.type().startsWith("text/html") && page.status() == 200
                && plan.draw(req.path(), visit) < cfg.errorRate()) {
            return serverError(resp.delayMillis);
        }
        headers(resp, page, articleId);
        if (cfg.has(Fault.CONDITIONAL) && page.status() == 200 && notModified(req, page, resp)) {
            return resp;
        }
        body(req, page, resp);
        if (articleId != null && page.status() == 200 && visit == 1 && plan.hits(Fault.TRUNCATED_BODY, articleId)) {
            resp.action = HttpCore.Action.TRUNCATE;
            resp.fault = Fault.TRUNCATED_BODY;
        }
        return resp;
    }

    private static HttpCore.Response serverError(int delayMillis) {
        HttpCore.Response r = new HttpCore.Response(500).header("Content-Type", Page.HTML);
        r.body = "<html><body><h1>500 Internal Server Error</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        r.fault = Fault.INTERMITTENT_500;
        r.delayMillis = delayMillis;
        return r;
    }

    /** Media type (under CHARSET_MISMATCH, a charset the bytes are not in), redirect target, caching. */
    private void headers(HttpCore.Response resp, Page page, Long articleId) {
        String type = page.type();
        if (articleId != null && page.status() == 200 && plan.hits(Fault.CHARSET_MISMATCH, articleId)) {
            type = "text/html; charset=ISO-8859-1";
            resp.fault = Fault.CHARSET_MISMATCH;
        }
        resp.header("Content-Type", type);
        if (page.location() != null) {
            resp.header("Location", page.location().startsWith("/") ? site.abs(page.location()) : page.location());
        }
        if (page.status() == 200) {
            resp.header("Cache-Control", page.textual() ? "public, max-age=60" : "public, max-age=31536000");
        }
    }

    /** Adds the validators; true, the response then being a bodiless 304, when the client's copy is current. */
    private static boolean notModified(HttpCore.Request req, Page page, HttpCore.Response resp) {
        String etag = Conditional.etag(page);
        resp.header("ETag", etag);
        OffsetDateTime lm = page.lastModified();
        if (lm != null) {
            resp.header("Last-Modified", HttpWire.HTTP_DATE.format(lm.toInstant()));
        }
        if (!Conditional.fresh(req.header("if-none-match"), req.header("if-modified-since"), etag, lm)) {
            return false;
        }
        resp.status = 304;
        resp.body = new byte[0];
        resp.fault = Fault.CONDITIONAL;
        return true;
    }

    /** The body, gzipped when the client accepts gzip or GZIP_ALWAYS forces it on a client that did not ask. */
    private void body(HttpCore.Request req, Page page, HttpCore.Response resp) {
        byte[] body = page.body();
        boolean acceptsGzip = Optional.ofNullable(req.header("accept-encoding")).orElse("").toLowerCase(Locale.ROOT).contains("gzip");
        if (page.textual() && body.length > 0 && (acceptsGzip || site.config.has(Fault.GZIP_ALWAYS))) {
            body = Gzip.compress(body);
            resp.header("Content-Encoding", "gzip");
            if (!acceptsGzip) {
                resp.fault = Fault.GZIP_ALWAYS;
            }
        }
        if (page.textual()) {
            resp.header("Vary", "Accept-Encoding");
        }
        resp.body = body;
    }
}
