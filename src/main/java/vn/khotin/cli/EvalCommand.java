package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin eval <what>}: on-demand quality evaluations, each printing a table of metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Đánh giá chất lượng (chạy theo yêu cầu, in bảng chỉ số).",
        subcommands = {})
final class EvalCommand extends NotYetAvailable {
}
