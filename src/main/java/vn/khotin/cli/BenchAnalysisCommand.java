package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.analysis.eval.ThroughputBench;

/** {@code khotin bench analysis}: analysis throughput against StandardAnalyzer. */
@Command(name = "analysis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Đo tốc độ phân tích văn bản (MB/s, token/s) của bộ phân tích tiếng Việt so với StandardAnalyzer.",
                "Cùng các bài cho cả hai; in trung vị của nhiều lần đo và tỉ lệ."})
final class BenchAnalysisCommand implements Callable<Integer> {

    @Mixin
    AnalysisCorpusOptions corpus;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "Số lần đo mỗi bộ phân tích (mặc định: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw UserException.usage("--runs phải lớn hơn 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        var articles = corpus.load(out);
        try {
            ThroughputBench.run(articles, runs, out);
        } catch (IOException e) {
            throw UserException.runtime("đo hiệu năng thất bại: " + e.getMessage(), e);
        }
        return 0;
    }
}
