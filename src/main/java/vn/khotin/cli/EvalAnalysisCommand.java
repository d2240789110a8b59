package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.eval.KnownItemEval;
import vn.khotin.analysis.eval.SegmentationEval;

/** {@code khotin eval analysis}: known-item search quality and word segmentation. */
@Command(name = "analysis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Đánh giá bộ phân tích tiếng Việt: tìm đúng bài theo truy vấn lấy từ tiêu đề, so với StandardAnalyzer và ICU folding.",
                "Truy vấn có dấu, không dấu, viết tắt, kiểu dấu cũ/mới, NFD, Telex; thêm độ chính xác tách từ nếu có",
                "tệp chuẩn vi-segmented-gold.txt.gz."})
final class EvalAnalysisCommand implements Callable<Integer> {

    @Mixin
    AnalysisCorpusOptions corpus;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N",
            description = "Số truy vấn (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--query-words", defaultValue = "6", paramLabel = "N",
            description = "Số chữ của mỗi truy vấn cắt từ tiêu đề (mặc định: ${DEFAULT-VALUE}).")
    int queryWords;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (queries < 1 || queryWords < 1) {
            throw UserException.usage("--queries và --query-words phải lớn hơn 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        var articles = corpus.load(out);
        try {
            out.printf("Tìm đúng bài (known-item), %s truy vấn, %d chữ mỗi truy vấn, seed %d:%n",
                    Numbers.integer(Math.min(queries, articles.size())), queryWords, corpus.seed);
            new KnownItemEval(new KnownItemEval.Options(queries, queryWords, corpus.seed), out).run(articles);
            Path file = corpus.corpusFile();
            Path gold = (file == null ? Path.of("..", "shared", "corpus") : file.toAbsolutePath().getParent())
                    .resolve(SegmentationEval.GOLD);
            if (Files.isRegularFile(gold)) {
                SegmentationEval.print(SegmentationEval.run(gold, VietnameseLexicon.get()), out);
            } else {
                out.println("\n(Bỏ qua đánh giá tách từ: không thấy " + gold + ")");
            }
        } catch (IOException e) {
            throw UserException.runtime("đánh giá thất bại: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }
}
