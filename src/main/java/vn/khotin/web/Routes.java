package vn.khotin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import vn.khotin.search.QueryTooComplex;

/**
 * Every route of the site and the API, top to bottom. Handlers are thin; the work is in {@link Backend},
 * {@link Views} and the other plain classes.
 */
final class Routes {

    private Routes() {}

    static void register(RoutesConfig r, Filters filters, SiteHandlers site, ApiHandlers api, OpsHandlers ops,
            ErrorPages errors) {
        // Around every request
        r.before(filters::before);
        r.before("/api/*", filters::beforeApi);
        r.before(filters::encoding);                     // broken %-escapes or UTF-8 in the address: 400

        // Pages (Vietnamese paths)
        r.get("/", site::home);                          // home; with q or filters: results
        r.get("/bai/{id}", site::article);               // an archived article
        r.get("/bai/{id}/ban-luu", site::rawCapture);    // its raw capture, as text
        r.get("/bien-tap", site::editorForm);            // editor's tool: related stories for a draft
        r.post("/bien-tap", site::editorSubmit);
        r.get("/tro-giup", site::help);                  // query language
        r.get("/trang-thai", site::status);              // crawl status
        r.get("/opensearch.xml", site::openSearch);      // "add Khotin as a search engine" for browsers

        // JSON API for researchers (documented in openapi.json)
        r.get("/api/v1/search", api::search);
        r.get("/api/v1/articles/{id}", api::article);
        r.get("/api/v1/articles/{id}/related", api::articleRelated);
        r.post("/api/v1/related", api::draftRelated);
        r.get("/api/v1/export", api::export);            // whole result set: CSV or JSON Lines
        r.head("/api/v1/export", api::exportHead);       // its counts, without the rows
        r.get("/api/v1/feed", api::feed);                // Atom feed per query
        r.get("/api/v1/suggest", api::suggest);          // completions while typing, accents restored
        r.get("/api/v1/analyze", api::analyze);          // Vietnamese analysis of a text (tokens)
        r.get("/api/v1/crawl", ops::crawlStatus);
        r.get("/api/v1/openapi.json", api::openApi);
        r.options("/api/*", ctx -> ctx.status(204));     // CORS preflight (GET only)

        // Operations
        r.get("/health", ops::health);
        r.get("/metrics", ops::metrics);
        r.post("/admin/crawl/start", ops::startCrawl);   // admin: Authorization: Bearer <token>
        r.post("/admin/crawl/stop", ops::stopCrawl);
        r.post("/admin/reindex", ops::reindex);

        // Errors: Vietnamese pages (or JSON under /api), never a stack trace
        r.exception(BadRequest.class, (e, ctx) -> errors.render(ctx, 400, e.getMessage(), e.fixes()));
        r.exception(QueryTooComplex.class, (e, ctx) -> errors.render(ctx, 400, e.getMessage()));
        r.exception(NotFound.class, (e, ctx) -> errors.render(ctx, 404, e.getMessage()));
        r.exception(OpsHandlers.Unauthorized.class, (e, ctx) -> errors.render(ctx, 401, e.getMessage()));
        r.exception(OpsHandlers.Forbidden.class, (e, ctx) -> errors.render(ctx, 403, e.getMessage()));
        r.exception(Filters.TooManyRequests.class, (e, ctx) -> errors.render(ctx, 429, e.getMessage()));
        r.exception(SearchGate.Overloaded.class, (e, ctx) -> errors.render(ctx, 503, e.getMessage()));
        r.exception(HttpResponseException.class, errors::httpException);
        r.exception(Exception.class, errors::unexpected);
        r.error(404, errors::notFound);
        r.error(405, errors::notFound);
    }
}
