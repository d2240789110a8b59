package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.khotin.search.RelatedStories;
import vn.khotin.web.CrawlControl;
import vn.khotin.web.RawCaptures;
import vn.khotin.web.WebConfig;
import vn.khotin.web.WebServer;

/**
 * {@code khotin serve}: the search site and API over the data directory. Nothing is crawled unless an admin
 * asks ({@code POST /admin/crawl/start}); the crawl then uses the profile given here ({@code --site},
 * {@code --origin}, {@code --rate}, as for {@code crawl}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Chạy trang tìm kiếm và API trên kho dữ liệu (dừng bằng Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Options.Data data = new Options.Data();

    @Mixin
    Options.Server server = new Options.Server();

    @Mixin
    Options.Crawl crawl = new Options.Crawl();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        server.validate();
        SiteProfile profile = crawl.profile();
        Serving serving = Serving.start(data.dir, server.config(), profile, crawl.maxArticles, spec.commandLine().getOut(), false)
                .closeOnShutdown(() -> { });
        spec.commandLine().getOut().println("Khotin đang phục vụ tại http://" + server.host + ":" + serving.web().port()
                + "/ (" + serving.workspace().index().count() + " bài). Nhấn Ctrl-C để dừng.");
        spec.commandLine().getOut().flush();
        Thread.currentThread().join();
        return 0;
    }

    /** Starts the web server over the workspace; on failure closes the workspace and throws a one-line error. */
    static WebServer startWeb(Workspace ws, WebConfig config, CrawlControl crawl) {
        try {
            return WebServer.start(ws.search(), new RelatedStories(ws.index(), ws.search()), config, crawl, captures(ws));
        } catch (WebServer.PortInUseException e) {
            ws.close();
            throw new UserException(UserException.RUNTIME, e.getMessage(), e);
        } catch (RuntimeException e) {
            ws.close();
            throw UserException.runtime("Không khởi động được máy chủ web: " + e.getMessage(), e);
        }
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
                try {
                    return ws.archive().read(info.get().capture()).map(c -> new Raw(c.url(), c.fetchedAt(),
                            c.headers().getOrDefault("Content-Type", List.of("text/html")).getFirst(), c.body(),
                            info.get().capture().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
