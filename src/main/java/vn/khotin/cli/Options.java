package vn.khotin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.search.eval.CorpusArticles;

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

        /** The web configuration: these options, and the admin token from the environment. */
        vn.khotin.web.WebConfig config() {
            return vn.khotin.web.WebConfig.fromEnvironment(host, port, System.getenv());
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

    /** {@code --site FILE --origin URL --rate R --max-articles N}. */
    static final class Crawl {
        @Mixin
        Site site = new Site();

        @Option(names = "--origin", paramLabel = "URL",
                description = "Thay gốc trang (scheme+máy+cổng) của cấu hình, ví dụ để thu thập bản sao cục bộ.")
        String origin;

        @Option(names = "--rate", paramLabel = "R",
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
                throw UserException.usage("Không tìm thấy kho tin: " + f + " (chỉ định bằng --corpus).");
            }
            return f;
        }

        /** The corpus file, whether or not it exists (for a command that may not need it). */
        Path path() {
            return file == null ? CorpusArticles.DEFAULT : file;
        }
    }
}
