package vn.khotin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.ImportResult;
import vn.khotin.pipeline.Importer;
import vn.khotin.pipeline.Workspace;

/**
 * {@code khotin import FILE}: loads articles from a JSON Lines file (the shared corpus or Khotin's own export)
 * into the archive and the index, without crawling ({@link Importer}).
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Nhập bài từ tệp JSON Lines (.jsonl hoặc .jsonl.gz) thẳng vào kho lưu trữ và chỉ mục, không cần thu thập.",
                "Hiểu hai dạng: kho tin dùng chung (id, title, sapo, body, date, category, source) và tệp xuất của Khotin "
                        + "(/api/v1/export?format=jsonl). Chạy lại sau khi bị ngắt thì chỉ nhập phần còn thiếu."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp JSON Lines, nén gzip hoặc không.")
    Path file;

    @Mixin
    Options.Data data = new Options.Data();

    @Option(names = "--threads", paramLabel = "N",
            description = "Số luồng lưu và lập chỉ mục (mặc định: số nhân của máy).")
    Integer threads;

    @Option(names = "--no-merge", negatable = false,
            description = "Không gộp chỉ mục thành một phân đoạn khi xong (nhanh hơn khi còn nhập tiếp).")
    boolean noMerge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw UserException.usage("Không tìm thấy tệp " + file);
        }
        Importer.Options options = Importer.Options.of(file).withMerge(!noMerge);
        if (threads != null) {
            if (threads < 1) {
                throw UserException.usage("--threads = " + threads + ": phải ít nhất là 1.");
            }
            options = options.withThreads(threads);
        }
        try (Workspace ws = Workspace.open(data.dir, Importer.INDEX_OPTIONS);
                ImportConsole console = new ImportConsole(spec.commandLine().getOut(), spec.commandLine().getErr(),
                        Terminal.attached(), problemFile(ws))) {
            ImportResult result = Importer.run(ws, options, console);
            console.finished(result);
            if (result.nothingUsable()) {
                // the summary above said "nhập 0 bài … N dòng lỗi"; exit 0 would tell a script all went well
                throw new UserException(UserException.RUNTIME, "Không nhập được bài nào từ " + file.getFileName()
                        + ": " + ImportConsole.number(result.malformed())
                        + " dòng lỗi, không dòng nào dùng được (lý do từng dòng ở trên).");
            }
        }
        return 0;
    }

    private static Path problemFile(Workspace ws) {
        return ws.data().reports().resolve("import-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-loi.tsv");
    }
}
