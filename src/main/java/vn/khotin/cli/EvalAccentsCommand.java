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
import vn.khotin.analysis.eval.AccentEval;
import vn.khotin.search.AccentPhrases;

/** {@code khotin eval accents}: accent restoration word accuracy on held-out news text. */
@Command(name = "accents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Đánh giá khôi phục dấu tiếng Việt (độ chính xác từng từ trên câu và cụm từ).",
                "Bỏ dấu các câu của những bài giữ lại (không dùng để huấn luyện), khôi phục rồi so từng từ; so dạng",
                "thường gặp nhất của mỗi âm tiết, cách cũ (cặp từ trong tiêu đề + sapo), mô hình n-gram cỡ phục vụ",
                "và không tỉa, với kết quả công bố 97,32 % (Pham et al. 2017)."})
final class EvalAccentsCommand implements Callable<Integer> {

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Option(names = "--sentences", defaultValue = "2000", paramLabel = "N",
            description = "Số câu thử (mặc định: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--spans", defaultValue = "2000", paramLabel = "N",
            description = "Số cụm 2–6 từ thử (mặc định: ${DEFAULT-VALUE}).")
    int spans;

    @Option(names = "--train-articles", defaultValue = "1000000", paramLabel = "N",
            description = "Số bài huấn luyện tối đa, lấy mẫu đều (mặc định: tất cả bài không giữ lại).")
    int trainArticles;

    @Option(names = "--holdout-every", defaultValue = "50", paramLabel = "N",
            description = "Giữ lại mỗi bài thứ N (mặc định: ${DEFAULT-VALUE}).")
    int holdoutEvery;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Hạt giống ngẫu nhiên (mặc định: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--full", description = "So thêm bậc 2–5, Witten–Bell, stupid back-off và các mức tỉa "
            + "(cần heap vài GB, ví dụ java -Xmx10g).")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (sentences < 1 || spans < 0 || trainArticles < 1 || holdoutEvery < 2) {
            throw UserException.usage("--sentences, --train-articles phải lớn hơn 0, --holdout-every ít nhất 2");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = corpus.path();
        if (!Files.isRegularFile(file)) {
            if (corpus.file != null) {
                corpus.require(); // a corpus named but missing is a usage error
            }
            out.println("Bỏ qua: không thấy kho bài " + file + " (cần ../shared/corpus/vi-news.jsonl.gz hoặc --corpus).");
            out.flush();
            return 0;
        }
        try {
            AccentEval.run(new AccentEval.Settings(file, sentences, spans, trainArticles, holdoutEvery, seed, full,
                    AccentPhrases.standard()), out);
        } catch (IOException e) {
            throw UserException.runtime("đánh giá thất bại: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }
}
