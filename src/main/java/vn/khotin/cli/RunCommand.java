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
        var out = spec.commandLine().getOut();
        Serving serving = Serving.start(data.dir, server.config(), profile, crawl.maxArticles, out, System.console() != null)
                .closeOnShutdown(() -> { });
        out.println("Khotin đang phục vụ tại http://" + server.host + ":" + serving.web().port() + "/");
        out.flush();
        serving.crawl().start();
        var failure = serving.crawl().awaitIdle();
        if (failure.isPresent()) {
            throw failure.get();
        }
        if (!serving.crawl().closing()) {
            out.println("Thu thập xong; vẫn đang phục vụ tìm kiếm (thu thập lại: POST /admin/crawl/start)."
                    + " Nhấn Ctrl-C để dừng.");
            out.flush();
        }
        Thread.currentThread().join();
        return 0;
    }
}
