package vn.khotin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.Closeable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.extract.Article;
import vn.khotin.index.ArticleJson;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;

/**
 * The web site and JSON API. The routes are in {@link #routes}, top to bottom; handlers parse parameters,
 * call {@link ArticleSearch} and render.
 */
public final class WebServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Marks a response whose error page a handler already rendered, so the 404 fallback leaves it alone. */
    private static final String RENDERED = "khotin.rendered";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the server. Throws {@link PortInUseException} when the port is taken.
     *
     * @param port 0 picks a free port
     */
    public static WebServer start(ArticleSearch search, String host, int port) {
        ObjectMapper mapper = ArticleJson.newMapper();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.jetty.host = host;
            config.jetty.port = port;
            routes(config.routes, search);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                throw new PortInUseException(host, port, e);
            }
            throw e;
        }
        LOG.info("Serving on http://{}:{}/", host, app.port());
        return new WebServer(app);
    }

    private static void routes(io.javalin.config.RoutesConfig routes, ArticleSearch search) {
        routes.get("/", ctx -> searchPage(ctx, search));
        routes.get("/bai/{id}", ctx -> articlePage(ctx, search));
        routes.get("/health", ctx -> ctx.json(health(search)));
        routes.get("/api/v1/search", ctx -> ctx.json(apiSearch(ctx, search)));
        routes.get("/api/v1/articles/{id}", ctx -> apiArticle(ctx, search));

        routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} failed", ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Máy chủ gặp sự cố khi xử lý yêu cầu này.");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                error(ctx, HttpStatus.NOT_FOUND, "Không tìm thấy trang này.");
            }
        });
    }

    private static void searchPage(Context ctx, ArticleSearch search) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        int count = search.count();
        SearchResult result = q.isBlank() || count == 0 ? null : search.search(new SearchRequest(q, 20, 0));
        ctx.html(Pages.search(q, result, count));
    }

    private static void articlePage(Context ctx, ArticleSearch search) {
        Optional<Article> article = search.article(parseId(ctx.pathParam("id")));
        if (article.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "Không có bài viết này trong kho.");
            return;
        }
        ctx.html(Pages.article(article.get()));
    }

    private static Map<String, Object> health(ArticleSearch search) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("articles", search.count());
        return health;
    }

    private static SearchResult apiSearch(Context ctx, ArticleSearch search) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        int size = intParam(ctx, "size", 10);
        int from = intParam(ctx, "from", 0);
        return search.search(new SearchRequest(q, size, from));
    }

    private static void apiArticle(Context ctx, ArticleSearch search) {
        long id = parseId(ctx.pathParam("id"));
        Optional<Article> article = search.article(id);
        if (article.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "Không có bài viết mã " + id + " trong kho.");
            return;
        }
        ctx.json(article.get());
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("Mã bài viết phải là một số: '" + text + "'.");
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("Tham số '" + name + "' phải là số nguyên, không phải '" + value + "'.");
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.html(Pages.error(status.getCode(), message));
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

    @Override
    public void close() {
        app.stop();
    }

    /** A request with a bad parameter; answered with 400 and the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The configured port is already taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(String host, int port, Throwable cause) {
            super("Cổng " + host + ":" + port + " đang được tiến trình khác sử dụng; hãy chọn cổng khác bằng --port.",
                    cause);
        }
    }
}
