package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.RelatedBenchmark;

/** {@code khotin bench related}: CPU and latency of "Tin liên quan" for archived articles and drafts. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Đo thời gian và CPU của gợi ý \"Tin liên quan\" cho bài trong kho và cho bản thảo 300 từ.")
final class BenchRelatedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Số bài trong kho (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--lists", paramLabel = "N", defaultValue = "500", description = "Số lần gợi ý mỗi loại (mặc định: ${DEFAULT-VALUE}).")
    int lists;

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục ở thư mục này (dùng chung được với bench search --index). Là kho đã nhập "
                    + "hoặc thu thập: đo trên chỉ mục của kho, chỉ đọc.")
    Path indexDir;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Mixin
    ScaleFigures.Record recorder = new ScaleFigures.Record();

    @Override
    public Integer call() throws Exception {
        if (articles < 100 || lists < 10) {
            throw new UserException(UserException.USAGE, "Cần --articles ≥ 100 và --lists ≥ 10.");
        }
        Options.BenchIndex index = Options.benchIndex(indexDir).requireArticles(articles);
        Path file = corpus.require();
        PrintWriter out = spec.commandLine().getOut();
        RelatedBenchmark.Result r = RelatedBenchmark.run(new RelatedBenchmark.Options(file, articles, lists, index.path(),
                index.archive(), 5), out);
        recorder.append(List.of(new ScaleFigures.Figure(ScaleFigures.RELATED_CPU, r.indexArticles(), r.cpuMillisPerList())),
                out);
        out.flush();
        return 0;
    }
}
