package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.pipeline.IndexDirectories;
import vn.khotin.search.eval.JudgedRelatedEvaluation;
import vn.khotin.search.eval.RelatedEvaluation;

/**
 * {@code khotin eval related}: related stories on the judged set, the judged drafts and the editors' links,
 * beside plain MoreLikeThis and a title+sapo full-text baseline; with {@code --index}, the editors' links of a
 * crawled archive.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Đánh giá \"Tin liên quan\" trên bộ bài đã chấm, trên bản thảo đã chấm (bài mới chưa có "
                + "trong kho) và trên liên kết của biên tập viên (nDCG@5, precision@5, recall@10), so với "
                + "MoreLikeThis và tìm theo tiêu đề + sa-pô.")
final class EvalRelatedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Kho đã thu thập (thư mục dữ liệu hoặc lucene/ của nó; chỉ đọc, chạy được khi serve đang ghi): "
                    + "chuẩn vàng là liên kết của biên tập viên.")
    Path index;

    @Option(names = "--work", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục của kho đánh giá ở thư mục này để dùng lại (chung với eval search --index).")
    Path work;

    @Option(names = "--judged", paramLabel = "THƯ_MỤC",
            description = "Thư mục chứa related-queries.tsv và related-qrels.tsv (và, nếu có, bản thảo "
                    + "related-drafts.tsv với related-drafts-qrels.tsv); mặc định: bộ có sẵn.")
    Path judgedDir;

    @Option(names = "--details", paramLabel = "TỆP",
            description = "Ghi điểm nDCG@5 của từng bài truy vấn (và từng bản thảo) vào tệp này.")
    Path details;

    @Option(names = "--pool", paramLabel = "TỆP", description = "Ghi các gợi ý trong top 10 chưa được chấm vào tệp này.")
    Path pool;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--queries", paramLabel = "N", defaultValue = "500", description = "Số bài truy vấn khi dùng --index (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() throws Exception {
        Options.workDirectory(work, "eval related --work");
        if (queries < 1) {
            throw new UserException(UserException.USAGE, "Cần --queries ≥ 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (index == null) {
            Path file = corpus.require();
            JudgedRelatedEvaluation.run(new JudgedRelatedEvaluation.Options(file, work, judgedDir, pool, details), out);
            out.flush();
            return 0;
        }
        Path dir = IndexDirectories.resolve(index);
        if (!RelatedEvaluation.run(new RelatedEvaluation.Options(dir, queries, 7), out)) {
            throw new UserException(UserException.RUNTIME, "Chỉ mục " + dir + " không có bài nào mang liên kết"
                    + " \"Tin liên quan\" của biên tập viên tới bài khác trong kho: không có chuẩn để đánh giá.");
        }
        out.flush();
        return 0;
    }
}
