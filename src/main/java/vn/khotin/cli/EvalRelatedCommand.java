package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.CorpusArticles;
import vn.khotin.search.eval.RelatedEvaluation;

/** {@code khotin eval related}: related stories vs plain MoreLikeThis, precision@5 and recall@10. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Đánh giá \"Tin liên quan\" (precision@5, recall@10) so với MoreLikeThis thuần trên nội dung.")
final class EvalRelatedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", description = "Thư mục chỉ mục Lucene của kho (chuẩn vàng: liên kết của biên tập viên).")
    Path index;

    @Option(names = "--corpus", description = "Tệp vi-news.jsonl.gz khi không có --index (chuẩn thay thế).")
    Path corpus;

    @Option(names = "--articles", defaultValue = "30000", description = "Số bài của kho dữ liệu (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", defaultValue = "500", description = "Số bài truy vấn (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() throws Exception {
        if (articles < 100 || queries < 1) {
            throw new UserException(UserException.USAGE, "Cần --articles ≥ 100 và --queries ≥ 1.");
        }
        Path file = corpus == null ? CorpusArticles.DEFAULT : corpus;
        if (index == null && !java.nio.file.Files.isRegularFile(file)) {
            throw new UserException(UserException.RUNTIME, "Không thấy kho dữ liệu " + file + ".");
        }
        if (index != null && !java.nio.file.Files.isDirectory(index)) {
            throw new UserException(UserException.RUNTIME, "Không thấy thư mục chỉ mục " + index + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        RelatedEvaluation.run(new RelatedEvaluation.Options(index, file, articles, queries, 7), out);
        out.flush();
        return 0;
    }
}
