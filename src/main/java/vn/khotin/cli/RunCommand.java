package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.CrawlController;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin run}: serve search and crawl at the same time; articles are searchable as they arrive, and the
 * status page shows the run. The crawl runs on the same {@link CrawlController} the admin actions use.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Vừa thu thập vừa phục vụ tìm kiếm: bài mới tìm được ngay khi về kho (dừng bằng Ctrl-C).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    Options.Crawl crawl = new Options.Crawl();

    @Mixin
    Options.Data data = new Options.Data();

    @Mixin
    Options.Server server = new Options.Server();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        server.validate();
        SiteProfile profile = crawl.profile();
        server.requireFreePort();
        var out = spec.commandLine().getOut();
        Serving serving = Serving.start(data.dir, server.config(), profile, crawl.maxArticles, out, Terminal.attached())
                .closeOnShutdown(() -> { });
        out.println("Khotin đang phục vụ tại http://" + server.host + ":" + serving.web().port() + "/");
        out.flush();
        serving.crawl().start();
        var failed = serving.awaitFirstCrawl(out, "Thu thập xong",
                "http://" + server.host + ":" + serving.web().port() + "/");
        if (failed.isPresent()) {
            return failed.get(); // the console said why
        }
        Thread.currentThread().join();
        return 0;
    }
}
