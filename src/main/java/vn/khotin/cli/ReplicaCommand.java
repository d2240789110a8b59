package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.replica.EraStyle;
import vn.khotin.replica.Fault;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;

/** {@code khotin replica}: runs the local replica of baohatinh.vn until interrupted, printing its base URL. */
@Command(name = "replica", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Chạy bản sao cục bộ của baohatinh.vn để thử nghiệm, không cần mạng. In địa chỉ gốc rồi chạy đến khi nhấn Ctrl-C.")
final class ReplicaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "CỔNG", description = "Cổng lắng nghe trên 127.0.0.1 (0 = tự chọn cổng trống). Mặc định: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--corpus", paramLabel = "TỆP", description = "Tệp JSON Lines (.jsonl hoặc .jsonl.gz) chứa bài viết cần phục vụ.")
    Path corpus;

    @Option(names = "--no-samples", description = "Không phục vụ các bài mẫu kèm theo.")
    boolean noSamples;

    @Option(names = "--faults", paramLabel = "DANH_SÁCH", description = "Các lỗi giả lập, cách nhau bởi dấu phẩy, hoặc 'all': "
            + "rate-limit-429, unavailable-503, intermittent-500, slow, connection-reset, truncated-body, redirects, "
            + "charset-mismatch, gzip-always, large-page, non-html, url-variants, updated-article, conditional.")
    String faults = "";

    @Option(names = "--seed", paramLabel = "N", description = "Hạt giống cho mọi lựa chọn ngẫu nhiên có tính tất định. Mặc định: ${DEFAULT-VALUE}.")
    long seed = 42;

    @Option(names = "--crawl-delay", paramLabel = "GIÂY", description = "Giá trị Crawl-delay trong robots.txt. Mặc định: ${DEFAULT-VALUE}.")
    double crawlDelay = 0.5;

    @Option(names = "--date-style", paramLabel = "KIỂU", description = "Dạng ngày hiển thị: ${COMPLETION-CANDIDATES}. Mặc định: DMY_HM.")
    EraStyle.DateStyle dateStyle;

    @Option(names = "--related-title", paramLabel = "KIỂU", description = "Tiêu đề khối tin liên quan: ${COMPLETION-CANDIDATES}.")
    EraStyle.RelatedTitle relatedTitle;

    @Option(names = "--no-boilerplate", description = "Bỏ các khối phụ (bình luận, Các tin đã đưa, thời tiết, chia sẻ).")
    boolean noBoilerplate;

    @Option(names = "--image-mode", paramLabel = "KIỂU", description = "Cách đặt URL ảnh: ${COMPLETION-CANDIDATES}.")
    EraStyle.ImageMode imageMode;

    @Option(names = "--redirect-mode", paramLabel = "KIỂU", description = "URL cũ .htm trả về: ${COMPLETION-CANDIDATES}. Mặc định: MOVED_301.")
    ReplicaConfig.RedirectMode redirectMode = ReplicaConfig.RedirectMode.MOVED_301;

    @Option(names = "--pagination", paramLabel = "KIỂU", description = "Kiểu phân trang: ${COMPLETION-CANDIDATES}. Mặc định: NUMBERED.")
    ReplicaConfig.Pagination pagination = ReplicaConfig.Pagination.NUMBERED;

    @Option(names = "--max-pages", paramLabel = "N", description = "Trang danh sách sâu nhất được phục vụ (0 = không giới hạn).")
    int maxPages;

    @Option(names = "--feed-style", paramLabel = "KIỂU", description = "Dạng URL RSS theo chuyên mục: ${COMPLETION-CANDIDATES}.")
    ReplicaConfig.FeedStyle feedStyle = ReplicaConfig.FeedStyle.SLUG_RSS;

    @Option(names = "--log", paramLabel = "TỆP", description = "Ghi nhật ký yêu cầu (JSON Lines) vào tệp khi dừng.")
    Path logFile;

    @Override
    public Integer call() throws Exception {
        Set<Fault> faultSet;
        try {
            faultSet = Fault.parseList(faults);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("lỗi giả lập không xác định: '" + e.getMessage() + "' (xem 'khotin replica --help')");
        }
        if (corpus != null && !Files.isReadable(corpus)) {
            throw UserException.usage("không đọc được tệp bài viết: " + corpus);
        }
        if (noSamples && corpus == null) {
            throw UserException.usage("cần --corpus khi dùng --no-samples");
        }
        if (port < 0 || port > 65535) {
            throw UserException.usage("cổng không hợp lệ: " + port);
        }
        if (crawlDelay < 0) {
            throw UserException.usage("--crawl-delay phải không âm");
        }
        EraStyle old = EraStyle.oldDefaults();
        EraStyle cur = EraStyle.currentDefaults();
        if (dateStyle != null) {
            old = old.withDateStyle(dateStyle);
            cur = cur.withDateStyle(dateStyle);
        }
        if (relatedTitle != null) {
            old = old.withRelatedTitle(relatedTitle);
            cur = cur.withRelatedTitle(relatedTitle);
        }
        if (noBoilerplate) {
            old = old.withBoilerplate(false);
            cur = cur.withBoilerplate(false);
        }
        if (imageMode != null) {
            old = old.withImageMode(imageMode);
            cur = cur.withImageMode(imageMode);
        }
        ReplicaConfig config = ReplicaConfig.builder().port(port).corpus(corpus).samples(!noSamples).faults(faultSet).seed(seed)
                .crawlDelaySeconds(crawlDelay).oldEra(old).currentEra(cur).redirectMode(redirectMode).pagination(pagination)
                .maxPages(maxPages).feedStyle(feedStyle).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplicaServer server;
        try {
            server = ReplicaServer.start(config);
        } catch (java.net.BindException e) {
            throw UserException.runtime("không mở được cổng " + port + " (cổng đang bận?)", e);
        } catch (IOException e) {
            throw UserException.runtime("không khởi động được bản sao: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("tệp bài viết không dùng được: " + e.getMessage());
        }
        if (server.skippedLines() > 0) {
            err.println("Cảnh báo: bỏ qua " + server.skippedLines() + " dòng không hợp lệ; ví dụ: "
                    + String.join("; ", server.loadWarnings().subList(0, Math.min(3, server.loadWarnings().size()))));
        }
        err.println("Bản sao baohatinh.vn: " + server.articleCount() + " bài viết"
                + (faultSet.isEmpty() ? "" : ", lỗi giả lập: " + faults) + ". Nhấn Ctrl-C để dừng.");
        err.flush();
        out.println(server.baseUri());
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                if (logFile != null) {
                    server.dumpRequests(logFile);
                }
                server.close();
            } catch (IOException e) {
                // shutting down: nothing more to report
            } finally {
                stop.countDown();
            }
        }, "replica-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
        return 0;
    }
}
