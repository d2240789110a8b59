package vn.khotin.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.index.CommittedArticles;
import vn.khotin.sync.OpenSearchSync;
import vn.khotin.sync.SyncException;
import vn.khotin.sync.SyncListener;
import vn.khotin.sync.SyncReport;

/**
 * {@code khotin sync-opensearch}: copies the archive to an OpenSearch index and keeps it up to date after each crawl
 * ({@link OpenSearchSync}). Reads the index without its lock, so it runs beside {@code run} or {@code crawl}.
 */
@Command(name = "sync-opensearch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Gửi mọi bài của kho sang một chỉ mục OpenSearch (cần plugin analysis-khotin trên cụm), "
                + "rồi tiếp tục gửi bài mới sau mỗi lần thu thập cho tới khi dừng (Ctrl-C).",
                "Dừng giữa chừng (kể cả kill -9) thì lần chạy sau tiếp tục từ chỗ đã dừng; gửi lại không tạo bản trùng."})
final class SyncOpenSearchCommand implements Callable<Integer> {

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "Địa chỉ của cụm OpenSearch, ví dụ http://127.0.0.1:9200.")
    String url;

    @Option(names = "--index", paramLabel = "TÊN", defaultValue = "khotin",
            description = "Tên chỉ mục trên OpenSearch (tạo với mapping của Khotin nếu chưa có). Mặc định: ${DEFAULT-VALUE}.")
    String index;

    @Mixin
    Options.Data data = new Options.Data();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Số bài mỗi yêu cầu _bulk. Mặc định: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--once", description = "Gửi xong những gì đang có thì thoát, không chờ lần thu thập sau.")
    boolean once;

    @Option(names = "--full", description = "Gửi lại mọi bài, bỏ qua điểm đã dừng (sau `khotin reindex`).")
    boolean full;

    @Option(names = "--interval", paramLabel = "GIÂY", defaultValue = "30",
            description = "Bao lâu xem chỉ mục có bài mới một lần. Mặc định: ${DEFAULT-VALUE} giây.")
    int interval;

    @Option(names = "--shards", paramLabel = "N", description = "Số shard chính khi tạo chỉ mục mới.")
    Integer shards;

    @Option(names = "--replicas", paramLabel = "N", description = "Số bản sao khi tạo chỉ mục mới.")
    Integer replicas;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        OpenSearchSync.Target target = new OpenSearchSync.Target(clusterUrl(), indexName(), positive(batch, "--batch"),
                shards, replicas, full);
        Path lucene = data.dir.resolve("lucene");
        if (!Files.isDirectory(lucene)) {
            throw UserException.usage("Không có chỉ mục ở " + lucene.toAbsolutePath()
                    + " (chạy 'khotin crawl' trước, hoặc chỉ rõ bằng --data).");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "khotin-sync-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (CommittedArticles articles = CommittedArticles.open(lucene)) {
            OpenSearchSync sync = new OpenSearchSync(target, data.dir, articles, new SyncConsole(out));
            out.printf("Đồng bộ %s → %s/%s%n", data.dir.toAbsolutePath(), url, index);
            out.flush();
            sync.pass();
            while (!once && !stop.await(positive(interval, "--interval"), TimeUnit.SECONDS)) {
                sync.pass();
            }
        } catch (SyncException e) {
            throw UserException.runtime(e.getMessage(), e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook has run
            }
        }
        return 0;
    }

    private URI clusterUrl() {
        try {
            URI u = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw UserException.usage("--url phải là địa chỉ http(s)://máy:cổng, không phải '" + url + "'.");
            }
            return u;
        } catch (URISyntaxException e) {
            throw UserException.usage("--url không hợp lệ: '" + url + "'.");
        }
    }

    private String indexName() {
        if (!index.matches("[a-z0-9][a-z0-9_.-]*") || index.length() > 255) {
            throw UserException.usage("Tên chỉ mục OpenSearch chỉ gồm chữ thường, số, '_', '-', '.': '" + index + "'.");
        }
        return index;
    }

    private static int positive(int value, String option) {
        if (value < 1) {
            throw UserException.usage(option + " phải lớn hơn 0.");
        }
        return value;
    }

    /** Progress bar on the console; one line per pass when there is nothing new. */
    private static final class SyncConsole implements SyncListener {
        private final PrintWriter out;
        private final boolean terminal = Terminal.attached();
        private long started;
        private long lastDrawn;
        private boolean quiet;

        SyncConsole(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void passStarted(int toSend, int total, boolean fromStart) {
            started = System.nanoTime();
            if (toSend > 0) {
                out.printf("%s: %,d bài cần gửi (kho có %,d bài)%n", fromStart ? "Gửi toàn bộ" : "Gửi tiếp", toSend,
                        total);
                out.flush();
            }
        }

        @Override
        public void progress(int sent, int toSend, long bytes) {
            long now = System.nanoTime();
            if (sent < toSend && now - lastDrawn < (terminal ? 200_000_000L : 10_000_000_000L)) {
                return;
            }
            lastDrawn = now;
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            double rate = sent / seconds;
            int width = 30;
            int filled = (int) ((long) width * sent / Math.max(1, toSend));
            String bar = "#".repeat(filled) + ".".repeat(width - filled);
            long left = rate > 0 ? Math.round((toSend - sent) / rate) : 0;
            out.printf("%s[%s] %3d%% %,d/%,d bài  %,.0f bài/s  %,.1f MB  còn %s%s", terminal ? "\r" : "", bar,
                    100L * sent / Math.max(1, toSend), sent, toSend, rate, bytes / 1e6, Duration.ofSeconds(left)
                            .toString().substring(2).toLowerCase(java.util.Locale.ROOT), terminal ? "" : "\n");
            if (terminal && sent == toSend) {
                out.println();
            }
            out.flush();
        }

        @Override
        public void retrying(String why, Duration wait) {
            out.printf("%s%s; thử lại sau %.1f giây%n", terminal ? "\n" : "", why, wait.toMillis() / 1000.0);
            out.flush();
        }

        @Override
        public void passFinished(SyncReport r) {
            if (r.sent() > 0) {
                out.printf("Đã gửi %,d bài trong %.1f giây (%,.0f bài/s, %,.1f MB); kho có %,d bài.%n", r.sent(),
                        r.elapsed().toMillis() / 1000.0, r.articlesPerSecond(), r.bytes() / 1e6, r.total());
            } else if (!quiet) {
                out.printf("Không có bài mới (kho có %,d bài); chờ lần thu thập sau…%n", r.total());
            }
            quiet = true;
            out.flush();
        }
    }
}
