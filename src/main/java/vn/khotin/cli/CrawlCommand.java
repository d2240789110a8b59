package vn.khotin.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.CrawlRun;
import vn.khotin.pipeline.Workspace;
import vn.khotin.pipeline.SiteProfile;

/** {@code khotin crawl}: fetch the site into the archive and the index. */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Thu thập tin bài theo cấu hình trang, lưu bản gốc (WARC) và lập chỉ mục tìm kiếm.")
final class CrawlCommand implements Callable<Integer> {

    @Mixin
    Options.Crawl crawl = new Options.Crawl();

    @Mixin
    Options.Data data = new Options.Data();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteProfile profile = crawl.profile();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "khotin-crawl-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Workspace ws = Workspace.open(data.dir)) {
            CrawlRun.execute(ws, profile, crawl.maxArticles, stop::get,
                    new CrawlConsole(spec.commandLine().getOut(), Terminal.attached(), crawl.maxArticles));
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for us, and we are done
            }
        }
        return 0;
    }
}
