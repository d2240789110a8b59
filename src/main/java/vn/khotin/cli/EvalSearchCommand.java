package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.JudgedSearchEvaluation;
import vn.khotin.search.eval.SearchEvaluation;

/**
 * {@code khotin eval search}: ranking quality on the judged query set against SQLite FTS5 and plain Lucene
 * (nDCG@10, MRR@10, zero results, per class); with {@code --known-item}, the older known-item check.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Đánh giá xếp hạng tìm kiếm trên bộ truy vấn đã chấm điểm, so với SQLite FTS5 và Lucene thuần "
                + "(nDCG@10, MRR@10, tỉ lệ không có kết quả, theo lớp truy vấn).")
final class EvalSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--known-item", description = "Chạy phép thử cũ: tìm lại đúng bài từ 3–5 từ liền nhau của bài.")
    boolean knownItem;

    @Option(names = "--judged", paramLabel = "THƯ_MỤC",
            description = "Thư mục chứa bộ truy vấn đã chấm (needs.tsv, queries.tsv, qrels.tsv); mặc định: bộ có sẵn.")
    Path judgedDir;

    @Option(names = "--details", paramLabel = "TỆP", description = "Ghi điểm nDCG@10 của từng truy vấn, từng hệ thống vào tệp này.")
    Path details;

    @Option(names = "--pool", paramLabel = "TỆP", description = "Ghi các bài trong top 10 chưa được chấm vào tệp này.")
    Path pool;

    @Option(names = "--distractors", paramLabel = "TỆP",
            description = "Thêm vào kho các bài chưa ai chấm của tệp JSONL này (như bench generate ghi) để đo chất lượng "
                    + "ở quy mô lớn; với --distractor-count.")
    Path distractors;

    @Option(names = "--distractor-count", paramLabel = "N", defaultValue = "1000000",
            description = "Số bài gây nhiễu tối đa lấy từ --distractors (mặc định: ${DEFAULT-VALUE}).")
    int distractorCount;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Số bài trong chỉ mục (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "500", description = "Số truy vấn mỗi loại (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục ở thư mục này (dùng chung được với bench search --index).")
    Path indexDir;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Override
    public Integer call() throws Exception {
        Options.workDirectory(indexDir, "eval search --index");
        if (articles < 100 || queries < 1) {
            throw new UserException(UserException.USAGE, "Cần --articles ≥ 100 và --queries ≥ 1.");
        }
        Path file = corpus.require();
        PrintWriter out = spec.commandLine().getOut();
        if (!knownItem) {
            if (distractors != null && !java.nio.file.Files.isRegularFile(distractors)) {
                throw new UserException(UserException.USAGE, "Không thấy tệp bài gây nhiễu " + distractors + ".");
            }
            if (distractorCount < 0) {
                throw new UserException(UserException.USAGE, "Cần --distractor-count ≥ 0.");
            }
            JudgedSearchEvaluation.run(new JudgedSearchEvaluation.Options(file, indexDir, judgedDir, pool, details,
                    distractors, distractorCount), out);
            out.flush();
            return 0;
        }
        SearchEvaluation.run(new SearchEvaluation.Options(file, articles, queries, 11, indexDir), out);
        out.flush();
        return 0;
    }
}
