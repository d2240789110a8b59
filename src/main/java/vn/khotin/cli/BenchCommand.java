package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin bench <what>}: on-demand benchmarks, each printing a table of medians and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng (chạy theo yêu cầu, in bảng trung vị và tỉ lệ).",
        subcommands = {BenchReplicaCommand.class})
final class BenchCommand extends NotYetAvailable {
}
