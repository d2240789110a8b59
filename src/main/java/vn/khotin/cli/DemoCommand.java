package vn.khotin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin demo}: the whole product offline in one command. Starts the local replica of baohatinh.vn
 * with the sample articles, crawls it with the real profile into a throw-away data directory (or
 * {@code --data}), and serves search while the crawl runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Chạy thử trọn gói, không cần mạng: bản sao cục bộ của baohatinh.vn, thu thập, "
                + "lập chỉ mục và trang tìm kiếm (dừng bằng Ctrl-C).")
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Option(names = "--data", paramLabel = "THƯ_MỤC",
            description = "Thư mục dữ liệu để giữ lại kết quả (mặc định: thư mục tạm, xóa khi dừng).")
    Path data;

    @Option(names = "--corpus", paramLabel = "TỆP",
            description = "Tệp JSON Lines (.jsonl hoặc .jsonl.gz) để bản sao phục vụ thêm, ngoài các bài mẫu.")
    Path corpus;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "0",
            description = "Dừng thu thập sau N bài (0 = tất cả).")
    int maxArticles;

    @Mixin
    Options.Server server = new Options.Server();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        server.validate();
        var out = spec.commandLine().getOut();
        ReplicaConfig.Builder replicaConfig = ReplicaConfig.builder().port(0).samples(true).crawlDelaySeconds(0);
        if (corpus != null) {
            if (!Files.isReadable(corpus)) {
                throw UserException.usage("--corpus = " + corpus + ": không đọc được tệp.");
            }
            replicaConfig.corpus(corpus);
        }
        server.requireFreePort(); // before anything is created: a taken port leaves no directory behind
        boolean throwAway = data == null;
        boolean created = throwAway || !Files.exists(data);
        Path dataDir = data != null ? data : Files.createTempDirectory("khotin-demo-");
        ReplicaServer replica;
        try {
            replica = ReplicaServer.start(replicaConfig.build());
        } catch (IOException e) {
            throw UserException.runtime("Không khởi động được bản sao cục bộ: " + e.getMessage(), e);
        }
        Options.Crawl crawl = new Options.Crawl();
        crawl.origin = replica.baseUri().toString();
        crawl.rate = 50.0;
        crawl.maxArticles = maxArticles;
        SiteProfile profile = crawl.profile();
        Serving serving;
        try {
            serving = Serving.start(dataDir, server.config(), profile, maxArticles, new CrawlConsole(out,
                    Terminal.attached(), maxArticles, throwAway ? throwAwayNote(corpus) : null));
        } catch (RuntimeException e) { // the port was taken meanwhile or the data directory is locked
            closeReplica(replica);
            if (created) {
                deleteRecursively(dataDir);
            }
            throw e;
        }
        serving.closeOnShutdown(() -> {
            closeReplica(replica);
            if (throwAway) {
                deleteRecursively(dataDir);
            }
        });
        int port = serving.web().port();
        out.println("Bản sao cục bộ của baohatinh.vn: " + replica.baseUri());
        out.println("Trang tìm kiếm: http://" + server.host + ":" + port + "/  (trạng thái thu thập: /trang-thai)");
        out.println("Dữ liệu: " + dataDir + (throwAway ? " (thư mục tạm, xóa khi dừng)" : ""));
        out.flush();
        serving.crawl().start();
        var failed = serving.awaitFirstCrawl(out, "Đã thu thập xong bản sao", "http://" + server.host + ":" + port + "/");
        if (failed.isPresent()) {
            return failed.get(); // the console said why
        }
        Thread.currentThread().join();
        return 0;
    }

    /**
     * What the end of a crawl says in a demo whose data directory is temporary: a rerun starts from scratch, so
     * "run the command again to go on" would be wrong; how to keep an archive instead.
     */
    static String throwAwayNote(Path corpus) {
        String keep = corpus == null ? "khotin demo --data THƯ_MỤC"
                : "khotin import " + corpus + " --data THƯ_MỤC rồi khotin serve --data THƯ_MỤC";
        return "Bản chạy thử không giữ lại gì sau khi dừng (thư mục dữ liệu tạm bị xóa), chạy lại sẽ thu thập từ đầu."
                + " Để giữ một kho: " + keep + ".";
    }

    private static void closeReplica(ReplicaServer replica) {
        try {
            replica.close();
        } catch (IOException e) {
            LOG.warn("Closing the replica failed: {}", e.toString());
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not clean up {}: {}", dir, e.toString());
        }
    }
}
