package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khotin bench <what>}: on-demand benchmarks, each printing a table of medians and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng (chạy theo yêu cầu, in bảng trung vị và tỉ lệ).",
        subcommands = {CrawlBenchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UserException.USAGE;
    }
}
