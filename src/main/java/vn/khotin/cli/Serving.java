package vn.khotin.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.CrawlStatus;
import vn.khotin.pipeline.ArchivedImport;
import vn.khotin.pipeline.CrawlController;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.pipeline.Workspace;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
import vn.khotin.web.CrawlControl;
import vn.khotin.web.RawCaptures;
import vn.khotin.web.WebConfig;
import vn.khotin.web.WebServer;

/**
 * What {@code serve}, {@code run} and {@code demo} hold while they serve: the workspace, the crawl controller
 * behind the status page and the admin actions, and the web server. Closing it is the graceful shutdown, in
 * order: stop the crawl (or reindex) after the pages in flight, stop the web server, commit the index and
 * release the data directory's lock.
 */
final class Serving implements Closeable {

    private final Workspace ws;
    private final CrawlController crawl;
    private final WebServer web;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean adminActions;
    private volatile Runnable after = () -> { };

    private Serving(Workspace ws, CrawlController crawl, WebServer web, boolean adminActions) {
        this.ws = ws;
        this.crawl = crawl;
        this.web = web;
        this.adminActions = adminActions;
    }

    /**
     * Opens the data directory and starts the web server over it; nothing is crawled until
     * {@link CrawlController#start()} (or the admin action) asks.
     *
     * @throws UserException when the port is taken, {@link vn.khotin.pipeline.PipelineException} when the
     *     directory is locked (nothing is left open then)
     */
    static Serving start(Path dataDir, WebConfig config, SiteProfile profile, int maxArticles, PrintWriter out,
            boolean terminal) {
        return start(dataDir, config, profile, maxArticles, new CrawlConsole(out, terminal, maxArticles));
    }

    /**
     * As above, with what is told of the crawl runs and reindexes: the console that prints them (the demo's says
     * its data is not kept).
     */
    static Serving start(Path dataDir, WebConfig config, SiteProfile profile, int maxArticles,
            CrawlController.Listener console) {
        Workspace ws = Workspace.open(dataDir);
        CrawlController crawl = new CrawlController(ws, profile, maxArticles, console);
        WebServer web = startWeb(ws, config, control(crawl)); // closes ws when it fails
        return new Serving(ws, crawl, web, config.adminToken() != null);
    }

    /** Starts the web server over the workspace; on failure closes the workspace and throws a one-line error. */
    private static WebServer startWeb(Workspace ws, WebConfig config, CrawlControl crawl) {
        try {
            ArticleSearch search = new ArticleSearch(ws.index(), ArticleSearch.DEFAULT_CACHED_RESULTS);
            return WebServer.start(search, new RelatedStories(ws.index(), search), config, crawl, captures(ws),
                    new VietnameseTokens());
        } catch (WebServer.PortInUseException e) {
            ws.close();
            throw new UserException(UserException.RUNTIME, e.getMessage(), e);
        } catch (RuntimeException e) {
            ws.close();
            throw UserException.runtime("Không khởi động được máy chủ web: " + e.getMessage(), e);
        }
    }

    /** The crawl controller as the web layer's admin actions and status page see it. */
    private static CrawlControl control(CrawlController controller) {
        return new CrawlControl() {
            @Override
            public CrawlStatus status() {
                return controller.status();
            }

            @Override
            public boolean start() {
                return controller.start();
            }

            @Override
            public boolean stop() {
                return controller.stop();
            }

            @Override
            public boolean reindex() {
                return controller.reindex();
            }
        };
    }

    /** The raw captures behind the index, read from the WARC archive. */
    static RawCaptures captures(Workspace ws) {
        return new RawCaptures() {
            @Override
            public Optional<Info> info(long articleId) {
                return ws.index().captureInfo(articleId)
                        .map(c -> new Info(c.fetched(), c.capture() != null));
            }

            @Override
            public Optional<Raw> raw(long articleId) {
                var info = ws.index().captureInfo(articleId).filter(c -> c.capture() != null);
                if (info.isEmpty()) {
                    return Optional.empty();
                }
                CaptureRef ref = info.get().capture();
                try {
                    Optional<Raw> page = ws.archive().read(ref).map(c -> new Raw(c.url(), c.fetchedAt(),
                            c.headers().getOrDefault("Content-Type", List.of("text/html")).getFirst(), c.body(),
                            ref.toString()));
                    // an imported article's record is the line it was read from, not a response
                    return page.isPresent() ? page : ArchivedImport.read(ws.archive(), ref).map(r -> new Raw(r.url(),
                            r.imported(), r.contentType(), r.content(), ref.toString(),
                            new Imported(r.originalId(), r.sourceFile(), r.sourceLine())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * Closes everything when the JVM is asked to stop (Ctrl-C, SIGTERM), or when {@link #close()} is called
     * first; {@code then} runs last (stopping a replica, removing a throw-away directory).
     */
    Serving closeOnShutdown(Runnable then) {
        after = then;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "khotin-shutdown"));
        return this;
    }

    Workspace workspace() {
        return ws;
    }

    CrawlController crawl() {
        return crawl;
    }

    /**
     * Waits for the crawl started by {@code run} or {@code demo} and says what the server does next.
     *
     * @param done what to say when the run went through to the end (it keeps serving either way)
     * @param url where the site is served
     * @return the exit code when the run failed (the console has printed why; everything is closed), else empty:
     *     keep serving
     */
    Optional<Integer> awaitFirstCrawl(PrintWriter out, String done, String url) throws InterruptedException {
        var failure = crawl.awaitIdle();
        if (failure.isPresent()) {
            close();
            return Optional.of(UserException.exitCode(failure.get()));
        }
        if (crawl.closing()) {
            return Optional.empty();
        }
        boolean complete = crawl.lastOutcome().map(o -> o.complete()).orElse(false);
        // without a token the admin action answers 403: say how to enable it rather than name a dead end
        String again = adminActions ? "thu thập lại: POST /admin/crawl/start với Authorization: Bearer $"
                + WebConfig.ADMIN_TOKEN_ENV : "muốn thu thập lại khi đang chạy: đặt biến " + WebConfig.ADMIN_TOKEN_ENV
                + " trước khi chạy, rồi POST /admin/crawl/start";
        out.println((complete ? done + "; vẫn" : "Vẫn") + " đang phục vụ tìm kiếm tại " + url + " (" + again
                + "). Nhấn Ctrl-C để dừng.");
        out.flush();
        return Optional.empty();
    }

    WebServer web() {
        return web;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            crawl.close();
            web.close();
            ws.close();
            after.run();
        }
    }
}
