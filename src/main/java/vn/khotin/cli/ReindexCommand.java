package vn.khotin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.extract.ArticleExtractor;

/**
 * {@code khotin reindex}: rebuilds the Lucene index from the WARC files alone, without network. Captures
 * are replayed oldest file first, so the last capture of an updated article is the one indexed.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Dựng lại chỉ mục tìm kiếm từ các tệp WARC đã lưu, không cần mạng.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    Options.Data data = new Options.Data();

    @Option(names = "--site", paramLabel = "TỆP",
            description = "Tệp cấu hình trang (mặc định: crawler-config/baohatinh.properties).")
    java.nio.file.Path site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteProfile profile = SiteProfile.load(site == null ? SiteProfile.DEFAULT : site);
        PrintWriter out = spec.commandLine().getOut();
        Instant started = Instant.now();
        try (Workspace ws = Workspace.open(data.dir, true)) {
            Ingest ingest = new Ingest(ws.archive(), new ArticleExtractor(profile.extraction()), ws.index());
            AtomicLong captures = new AtomicLong();
            out.println("Đang dựng lại chỉ mục từ " + ws.archive().files().size() + " tệp WARC…");
            out.flush();
            try {
                ws.archive().forEach(archived -> {
                    try {
                        ingest.process(archived);
                        captures.incrementAndGet();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw UserException.runtime("Không đọc được kho WARC: " + e.getMessage(), e);
            }
            ws.index().commit();
            ws.index().refresh();
            try {
                ws.store().markIngested();
            } catch (java.sql.SQLException e) {
                throw UserException.runtime("Không cập nhật được kho trạng thái thu thập: " + e.getMessage(), e);
            }
            out.printf("Xong: đọc %d bản lưu, lập chỉ mục %d lượt bài, trong %d giây. Kho có %d bài.%n",
                    captures.get(), ingest.articles(), Duration.between(started, Instant.now()).toSeconds(),
                    ws.index().count());
            out.flush();
        }
        return 0;
    }
}
