package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin serve}: the search site and API over the data directory. Nothing is crawled unless an admin
 * asks ({@code POST /admin/crawl/start}); the crawl then uses the profile given here ({@code --site},
 * {@code --origin}, {@code --rate}, as for {@code crawl}). The data directory must exist unless
 * {@code --create} asks for a new, empty one: a mistyped {@code --data} is an error, not an empty archive.
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

    @Option(names = "--create",
            description = "Tạo kho mới (rỗng) nếu thư mục dữ liệu chưa có; không có tùy chọn này thì báo lỗi.")
    boolean create;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        server.validate();
        SiteProfile profile = crawl.profile();
        if (!create) {
            data.existing("hoặc thêm --create để tạo kho mới rỗng (rồi nạp bài bằng crawl, import hay "
                    + "POST /admin/crawl/start).");
        }
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
