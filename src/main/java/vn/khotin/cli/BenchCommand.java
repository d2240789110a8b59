package vn.khotin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khotin bench <what>}: on-demand benchmarks, each printing a table of medians and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng (chạy theo yêu cầu, in bảng trung vị và tỉ lệ).",
        subcommands = {BenchAnalysisCommand.class, BenchChartCommand.class, BenchExtractCommand.class, BenchGenerateCommand.class, BenchImportCommand.class, BenchRelatedCommand.class, BenchReplicaCommand.class, CrawlBenchCommand.class,
                BenchSearchCommand.class, BenchWebCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Bare {@code khotin bench}: list what can be measured. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
