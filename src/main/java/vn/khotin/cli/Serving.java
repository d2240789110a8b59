package vn.khotin.cli;

import java.io.Closeable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private Serving(Workspace ws, CrawlController crawl, WebServer web) {
        this.ws = ws;
        this.crawl = crawl;
        this.web = web;
    }

    /**
     * Opens the data directory and starts the web server over it; nothing is crawled until
     * {@link CrawlController#start()} (or the admin action) asks.
     *
     * @throws UserException when the directory is locked or the port is taken (nothing is left open then)
     */
    static Serving start(Path dataDir, WebConfig config, SiteProfile profile, int maxArticles, PrintWriter out,
            boolean terminal) {
        Workspace ws = Workspace.open(dataDir);
        CrawlController crawl = new CrawlController(ws, profile, maxArticles, out, terminal);
        WebServer web = ServeCommand.startWeb(ws, config, crawl); // closes ws when it fails
        return new Serving(ws, crawl, web);
    }

    /** Closes everything when the JVM is asked to stop (Ctrl-C, SIGTERM); {@code after} runs last. */
    Serving closeOnShutdown(Runnable after) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            after.run();
        }, "khotin-shutdown"));
        return this;
    }

    Workspace workspace() {
        return ws;
    }

    CrawlController crawl() {
        return crawl;
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
        }
    }
}
