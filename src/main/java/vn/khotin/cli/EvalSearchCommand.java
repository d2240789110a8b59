package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.CorpusArticles;
import vn.khotin.search.eval.SearchEvaluation;

/** {@code khotin eval search}: known-item ranking quality (MRR@10) per kind of query, with and without proximity. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Đánh giá xếp hạng tìm kiếm: tìm lại đúng bài từ 3–5 từ của tiêu đề, sa-pô, nội dung (MRR@10).")
final class EvalSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Số bài trong chỉ mục (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", defaultValue = "500", description = "Số truy vấn mỗi loại (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục ở thư mục này (dùng chung được với bench search --index).")
    Path indexDir;

    @Option(names = "--corpus", description = "Tệp vi-news.jsonl.gz (mặc định: ../shared/corpus/vi-news.jsonl.gz).")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (articles < 100 || queries < 1) {
            throw new UserException(UserException.USAGE, "Cần --articles ≥ 100 và --queries ≥ 1.");
        }
        Path file = corpus == null ? CorpusArticles.DEFAULT : corpus;
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserException(UserException.RUNTIME, "Không thấy kho dữ liệu " + file + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        SearchEvaluation.run(new SearchEvaluation.Options(file, articles, queries, 11, indexDir), out);
        out.flush();
        return 0;
    }
}
