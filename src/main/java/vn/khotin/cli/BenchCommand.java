package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin bench <what>}: on-demand benchmarks, each printing a table of medians and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng (chạy theo yêu cầu, in bảng trung vị và tỉ lệ).",
        subcommands = {BenchSearchCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, listing what can be run. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UserException.USAGE;
    }
}
