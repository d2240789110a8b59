package vn.khotin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khotin.index.ArticleIndex;
import vn.khotin.pipeline.IndexDirectories;
import vn.khotin.pipeline.PipelineException;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.search.eval.CorpusArticles;
import vn.khotin.search.eval.SearchBenchmark;

/**
 * Option blocks shared by several commands, as picocli mixins, so that each option is declared (name, label,
 * Vietnamese help, default, validation) once. {@code --debug} is declared once on {@link Main} and inherited
 * by every subcommand.
 */
final class Options {

    private Options() {}

    /** {@code --data DIR}. */
    static final class Data {
        @Option(names = "--data", paramLabel = "THƯ_MỤC", defaultValue = "index",
                description = "Thư mục dữ liệu (chỉ mục, WARC, trạng thái thu thập). Mặc định: ${DEFAULT-VALUE}.")
        Path dir;

        /**
         * The directory, which must already exist: for a command that serves or rebuilds an archive, where a
         * mistyped {@code --data} would otherwise become a new, empty archive without a word.
         *
         * @param howToCreate how to make a new one instead, a Vietnamese clause ending the message
         */
        Path existing(String howToCreate) {
            if (Files.isDirectory(dir)) {
                return dir;
            }
            Path shown = dir.toAbsolutePath().normalize();
            if (Files.exists(shown)) {
                throw UserException.usage("--data " + dir + ": " + shown + " không phải là thư mục.");
            }
            throw UserException.usage("Thư mục dữ liệu " + shown + " không tồn tại (--data " + dir
                    + "); kiểm tra lại đường dẫn, " + howToCreate);
        }
    }

    /** {@code --host H --port P}. */
    static final class Server {
        @Option(names = "--host", paramLabel = "MÁY", defaultValue = "127.0.0.1",
                description = "Địa chỉ lắng nghe. Mặc định: ${DEFAULT-VALUE}.")
        String host;

        @Option(names = "--port", paramLabel = "CỔNG", defaultValue = "7070",
                description = "Cổng lắng nghe (0 = tự chọn). Mặc định: ${DEFAULT-VALUE}.")
        int port;

        void validate() {
            if (port < 0 || port > 65535) {
                throw UserException.usage("--port = " + port + ": cổng phải từ 0 đến 65535.");
            }
        }

        /**
         * Fails when the port is already taken, before anything is opened or created (a data directory, a
         * replica); the server's own bind still reports a port lost in between.
         */
        void requireFreePort() {
            if (port == 0) {
                return;
            }
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(host, port));
            } catch (java.io.IOException e) {
                throw new UserException(UserException.RUNTIME, new vn.khotin.web.WebServer.PortInUseException(host,
                        port, e).getMessage(), e);
            }
        }

        /** The web configuration: these options, and the admin token, proxies and public address from the environment. */
        vn.khotin.web.WebConfig config() {
            try {
                return vn.khotin.web.WebConfig.fromEnvironment(host, port, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new UserException(UserException.USAGE, e.getMessage(), e);
            }
        }
    }

    /** {@code --site FILE}. */
    static final class Site {
        @Option(names = "--site", paramLabel = "TỆP",
                description = "Tệp cấu hình trang (mặc định: crawler-config/baohatinh.properties).")
        Path file;

        /** The profile named, or the default one (the working directory's, else the copy in the jar). */
        SiteProfile profile() {
            return file == null ? SiteProfile.loadDefault() : SiteProfile.load(file);
        }
    }

    /** {@code --site FILE --origin URL --rate N --max-articles N}. */
    static final class Crawl {
        @Mixin
        Site site = new Site();

        @Option(names = "--origin", paramLabel = "URL",
                description = "Thay gốc trang (scheme+máy+cổng) của cấu hình, ví dụ để thu thập bản sao cục bộ.")
        String origin;

        @Option(names = "--rate", paramLabel = "N",
                description = "Số yêu cầu tối đa mỗi giây cho lần chạy này (thay giá trị trong cấu hình).")
        Double rate;

        @Option(names = "--max-articles", paramLabel = "N", defaultValue = "0",
                description = "Dừng sau khi lập chỉ mục N bài (0 = không giới hạn).")
        int maxArticles;

        /** The site profile with this run's origin and rate. */
        SiteProfile profile() {
            SiteProfile profile = site.profile();
            var settings = profile.crawl();
            try {
                if (origin != null) {
                    settings = settings.withOrigin(origin);
                }
                if (rate != null) {
                    settings = settings.withRate(rate);
                }
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            if (maxArticles < 0) {
                throw UserException.usage("--max-articles = " + maxArticles + ": phải là số không âm.");
            }
            return profile.withCrawl(settings);
        }
    }

    /** {@code --corpus FILE}: the shared news corpus that benchmarks and evaluations read. */
    static final class Corpus {
        @Option(names = "--corpus", paramLabel = "TỆP",
                description = "Kho tin JSON Lines (.gz) (mặc định: ../shared/corpus/vi-news.jsonl.gz).")
        Path file;

        /** The corpus file; a missing one is a usage error naming the option. */
        Path require() {
            Path f = file == null ? CorpusArticles.DEFAULT : file;
            if (!Files.isReadable(f)) {
                throw missing(f);
            }
            return f;
        }

        /** The one message every command gives for a corpus file it cannot read. */
        static UserException missing(Path f) {
            return UserException.usage("Không tìm thấy kho tin: " + f + " (chỉ định bằng --corpus).");
        }

        /** The corpus file, whether or not it exists (for a command that may not need it). */
        Path path() {
            return file == null ? CorpusArticles.DEFAULT : file;
        }
    }

    /**
     * A work directory where a benchmark or evaluation builds and keeps its own index of the corpus ({@code --index}
     * of {@code eval search}, {@code eval related --work}, …). It must not be a crawled archive: the command would
     * write into it. Null passes (a temporary directory is used).
     *
     * @param option the option as the user typed it ("eval search --index")
     */
    static Path workDirectory(Path dir, String option) {
        Path archive = archiveOf(dir);
        if (archive != null) {
            throw UserException.usage(option + " " + dir + ": đây là kho đã thu thập (" + archive + "); ở lệnh này "
                    + "--index là thư mục làm việc, nơi lệnh dựng và ghi chỉ mục riêng của nó từ kho tin. Chọn thư "
                    + "mục khác (ví dụ /tmp/khotin-eval)"
                    + (option.startsWith("eval related") ? "; để đo trên kho đã thu thập, dùng eval related --index."
                            : "."));
        }
        return dir;
    }

    /**
     * The index a benchmark measures ({@code --index} of {@code bench search} and {@code bench related}): in a
     * crawled or imported archive (its data directory or its {@code lucene/}), that archive's index, read as it is
     * and never written; elsewhere a work directory, where the command builds its index the first time and reuses
     * it after. Null passes (a temporary directory is used).
     */
    static BenchIndex benchIndex(Path dir) {
        if (dir == null) {
            return new BenchIndex(null, false);
        }
        Path archive = archiveOf(dir);
        return archive == null ? new BenchIndex(dir, false) : new BenchIndex(archive.resolve("lucene"), true);
    }

    /** Where a benchmark's index is; {@code archive}: an archive's own, opened read-only. */
    record BenchIndex(Path path, boolean archive) {

        /** An archive's index must already hold the articles measured: nothing is added to it. */
        BenchIndex requireArticles(int articles) {
            if (archive) {
                int has;
                try (ArticleIndex index = IndexDirectories.openReadOnly(path)) {
                    has = index.count();
                } catch (java.io.IOException e) {
                    throw PipelineException.runtime("Không đọc được chỉ mục " + path + ": " + e.getMessage(), e);
                }
                if (has < articles) {
                    throw UserException.usage(SearchBenchmark.archiveTooSmall(path, has, articles));
                }
            }
            return this;
        }
    }

    /** The archive (data directory) {@code dir} is or whose {@code lucene/} it is; null if neither. */
    private static Path archiveOf(Path dir) {
        if (dir == null) {
            return null;
        }
        Path p = dir.toAbsolutePath().normalize();
        for (Path d : new Path[] {p, p.getParent()}) { // the data directory itself, or its lucene/
            if (d != null && (Files.exists(d.resolve("khotin.lock")) || Files.exists(d.resolve("crawl.db")))) {
                return d;
            }
        }
        return null;
    }
}
