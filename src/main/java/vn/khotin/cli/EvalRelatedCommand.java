package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.JudgedRelatedEvaluation;
import vn.khotin.search.eval.RelatedEvaluation;

/**
 * {@code khotin eval related}: related stories on the judged set and the editors' links, beside plain
 * MoreLikeThis and a title+sapo full-text baseline; with {@code --index}, the editors' links of a crawled archive.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Đánh giá \"Tin liên quan\" trên bộ bài đã chấm và trên liên kết của biên tập viên "
                + "(nDCG@5, precision@5, recall@10), so với MoreLikeThis và tìm theo tiêu đề + sa-pô.")
final class EvalRelatedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", description = "Thư mục chỉ mục Lucene của kho (chuẩn vàng: liên kết của biên tập viên).")
    Path index;

    @Option(names = "--work", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục của kho đánh giá ở thư mục này để dùng lại (chung với eval search --index).")
    Path work;

    @Option(names = "--judged", paramLabel = "THƯ_MỤC",
            description = "Thư mục chứa related-queries.tsv và related-qrels.tsv; mặc định: bộ có sẵn.")
    Path judgedDir;

    @Option(names = "--details", paramLabel = "TỆP", description = "Ghi điểm nDCG@5 của từng bài truy vấn vào tệp này.")
    Path details;

    @Option(names = "--pool", paramLabel = "TỆP", description = "Ghi các gợi ý trong top 10 chưa được chấm vào tệp này.")
    Path pool;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--queries", defaultValue = "500", description = "Số bài truy vấn khi dùng --index (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() throws Exception {
        if (queries < 1) {
            throw new UserException(UserException.USAGE, "Cần --queries ≥ 1.");
        }
        Path file = index == null ? corpus.require() : corpus.path();
        if (index != null && !java.nio.file.Files.isDirectory(index)) {
            throw new UserException(UserException.RUNTIME, "Không thấy thư mục chỉ mục " + index + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (index == null) {
            JudgedRelatedEvaluation.run(new JudgedRelatedEvaluation.Options(file, work, judgedDir, pool, details), out);
            out.flush();
            return 0;
        }
        RelatedEvaluation.run(new RelatedEvaluation.Options(index, queries, 7), out);
        out.flush();
        return 0;
    }
}
