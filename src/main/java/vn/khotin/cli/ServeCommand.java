package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.SiteProfile;

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
        server.requireFreePort();
        Serving serving = Serving.start(data.dir, server.config(), profile, crawl.maxArticles, spec.commandLine().getOut(), false)
                .closeOnShutdown(() -> { });
        spec.commandLine().getOut().println("Khotin đang phục vụ tại http://" + server.host + ":" + serving.web().port()
                + "/ (" + Numbers.integer(serving.workspace().index().count()) + " bài). Nhấn Ctrl-C để dừng.");
        spec.commandLine().getOut().flush();
        Thread.currentThread().join();
        return 0;
    }
}
