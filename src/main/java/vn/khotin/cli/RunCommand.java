package vn.khotin.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.web.WebServer;

/** {@code khotin run}: serve search and crawl at the same time; articles are searchable as they arrive. */
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
        Workspace ws = Workspace.open(data.dir);
        WebServer web = ServeCommand.startWeb(ws, server);
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            try {
                main.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            web.close();
            ws.close();
        }, "khotin-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("Khotin đang phục vụ tại http://" + server.host + ":" + web.port() + "/");
        out.flush();
        CrawlRun.execute(ws, profile, crawl.maxArticles, stop::get, out);
        if (!stop.get()) {
            out.println("Thu thập xong; vẫn đang phục vụ tìm kiếm. Nhấn Ctrl-C để dừng.");
            out.flush();
            while (!stop.get()) {
                Thread.sleep(500);
            }
        }
        return 0;
    }
}
