package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.ArchiveGenerator;

/** {@code khotin bench generate}: an N-article JSON Lines archive made from the shared corpus, for import benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tạo tệp JSON Lines N bài giống một kho báo thật từ kho tin dùng chung (id mới, ngày 2000–2026, "
                + "thân bài ghép từ các đoạn thật), để đo nhập dữ liệu ở quy mô lớn (khotin import).",
                "Kiểm tra một mẫu bằng SimHash của chỉ mục: các bài không bị coi là bản sao của nhau."})
final class BenchGenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Số bài (mặc định: ${DEFAULT-VALUE}).")
    long articles;

    @Option(names = "--out", paramLabel = "TỆP", required = true,
            description = "Tệp ra (.jsonl, hoặc .jsonl.gz để nén).")
    Path out;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "N", description = "Hạt giống ngẫu nhiên (mặc định: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first-id", defaultValue = "100000001", paramLabel = "ID",
            description = "Id của bài đầu tiên; các bài sau tăng dần (mặc định: ${DEFAULT-VALUE}).")
    long firstId;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || firstId < 1) {
            throw UserException.usage("Cần --articles ≥ 1 và --first-id ≥ 1.");
        }
        Path file = corpus.require();
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Đang tạo %s bài từ %s …%n", ImportConsole.number(articles), file);
        w.flush();
        ArchiveGenerator.Summary s = ArchiveGenerator.generate(
                new ArchiveGenerator.Options(file, articles, out, seed, firstId), n -> {
                    if (n % 100_000 == 0) { // a million takes minutes: show it is moving
                        w.printf("… %s bài%n", ImportConsole.number(n));
                        w.flush();
                    }
                });
        print(w, s, out);
        return 0;
    }

    static void print(PrintWriter w, ArchiveGenerator.Summary s, Path out) {
        var c = s.copies();
        w.printf("Đã ghi %s bài vào %s (%,.1f MB) trong %s.%n", ImportConsole.number(s.articles()), out,
                s.bytes() / 1e6, Numbers.duration(s.took()));
        w.printf("Kiểm tra bản sao trên mẫu %s bài (mọi bài ghép từ %d bài gốc đầu tiên): %s cặp, trong đó %s cặp cùng "
                + "bài gốc; %s cặp bị coi là bản sao (SimHash), %s cặp trùng tiêu đề.%n",
                ImportConsole.number(c.articles()), c.bases(), ImportConsole.number(c.pairs()),
                ImportConsole.number(c.sameBasePairs()), ImportConsole.number(c.copyPairs()),
                ImportConsole.number(c.sameTitlePairs()));
        w.flush();
    }
}
