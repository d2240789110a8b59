package vn.khotin.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.Closeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.SearchRequest;

/**
 * The web site and JSON API on Javalin. The routes are in {@link Routes}; this class wires the parts together,
 * starts the server and shuts it down gracefully (new requests refused, those in flight finished).
 */
public final class WebServer implements Closeable {

    /** The request line and headers Jetty reads: room for the longest query the search accepts, several times. */
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    private static final long SETTLE_MILLIS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("khotin.access");

    private final Javalin app;
    private final Filters filters;
    private final SearchGate gate;
    private final WebConfig config;
    private volatile boolean closed;

    private WebServer(Javalin app, Filters filters, SearchGate gate, WebConfig config) {
        this.app = app;
        this.filters = filters;
        this.gate = gate;
        this.config = config;
    }

    /** Starts a server with default limits, no crawler, no raw captures and no analysis endpoint. */
    public static WebServer start(ArticleSearch search, RelatedStories related, String host, int port) {
        return start(search, related, WebConfig.defaults(host, port), CrawlControl.unavailable(), RawCaptures.none(),
                TokenAnalysis.unavailable());
    }

    /**
     * Starts the server. Throws {@link PortInUseException} when the port is taken.
     *
     * @param related "Tin liên quan" over the same index
     * @param crawl the crawler for the status page and admin actions
     * @param captures the raw captures behind the articles
     * @param tokens the Vietnamese analysis behind {@code /api/v1/analyze}
     */
    public static WebServer start(ArticleSearch search, RelatedStories related, WebConfig config, CrawlControl crawl,
            RawCaptures captures, TokenAnalysis tokens) {
        ObjectMapper mapper = jsonMapper();
        // One search before serving loads the analyzers and dictionaries, so the first visitor's search is not
        // the one that pays for it (and runs into the search deadline).
        search.search(SearchRequest.of("Hà Tĩnh", 1));
        search.suggestions().warmUp();
        Metrics metrics = new Metrics(search::count, crawl::status);
        SearchGate gate = new SearchGate(config.searchThreads(), config.searchTimeout(), metrics::searchTimedOut);
        Backend backend = new Backend(search, related, gate, crawl, captures, tokens);
        Filters filters = new Filters(new RateLimiter(config.apiRequestsPerMinute(), config.apiBurst()), metrics,
                config.trustedProxies(), config.publicUrl());
        SiteHandlers site = new SiteHandlers(backend);
        ApiHandlers api = new ApiHandlers(backend, mapper, config.exportCap());
        OpsHandlers ops = new OpsHandlers(backend, metrics, config.adminToken());
        ErrorPages errors = new ErrorPages();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = ApiHandlers.MAX_BODY_BYTES;
            c.http.prefer405over404 = true; // a wrong method is a 405 with Allow (ErrorPages, WrongMethod)
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPage()));
            // Jetty's 8 kB request line refused some queries the search accepts (1,000 characters of Vietnamese are
            // up to 9 kB percent-encoded): longer addresses reach the routes, which say what the limit is.
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
                s.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            c.requestLogger.http((ctx, ms) -> {
                filters.done(ctx);
                String route = route(ctx);
                metrics.record(ctx.method().name(), route, ctx.status().getCode(), ms / 1000.0);
                if (ACCESS.isInfoEnabled()) {
                    ACCESS.info("{} {} {} {} {}ms", filters.client(ctx), ctx.method(), ctx.path(), ctx.status().getCode(),
                            String.format(java.util.Locale.ROOT, "%.1f", ms));
                }
            });
            Routes.register(c.routes, filters, site, api, ops, errors);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            gate.close();
            if (isBindFailure(e)) {
                throw new PortInUseException(config.host(), config.port(), e);
            }
            throw e;
        }
        LOG.info("Serving on http://{}:{}/", config.host(), app.port());
        return new WebServer(app, filters, gate, config);
    }

    /**
     * JSON as the API writes it: the records' own field names, every time as ISO 8601 with seconds and the
     * Vietnam offset ({@link Format#iso(OffsetDateTime)}), unknown fields ignored in request bodies.
     */
    static ObjectMapper jsonMapper() {
        com.fasterxml.jackson.databind.module.SimpleModule times = new com.fasterxml.jackson.databind.module.SimpleModule();
        times.addSerializer(java.time.OffsetDateTime.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase(
                java.time.OffsetDateTime.class) {
            @Override
            public String valueToString(Object value) {
                return Format.iso((java.time.OffsetDateTime) value);
            }
        });
        times.addSerializer(java.time.Instant.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase(
                java.time.Instant.class) {
            @Override
            public String valueToString(Object value) {
                return Format.iso((java.time.Instant) value);
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(times)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The route pattern for metrics labels; never the raw path, so label values stay few. */
    private static String route(Context ctx) {
        if (ctx.path().startsWith("/static/")) {
            return "/static/*";
        }
        try {
            var endpoint = ctx.endpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("Bind")) {
                return true;
            }
        }
        return false;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets those in flight finish (up to the configured grace), then stops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        filters.drain(config.shutdownGrace().toMillis());
        // The request logger (which ends a request's in-flight count) runs once the handler is done, but
        // Jetty may still be flushing that response; stopping at once can cut it off, and the client then
        // sees a reset instead of its answer. A short settle time lets the last responses reach the wire.
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        gate.close();
    }

    /** The configured port is already taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(String host, int port, Throwable cause) {
            super("Cổng " + host + ":" + port + " đang được tiến trình khác sử dụng; hãy chọn cổng khác bằng --port.",
                    cause);
        }
    }
}
