package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin eval <what>}: on-demand quality evaluations, each printing a table of metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Đánh giá chất lượng (chạy theo yêu cầu, in bảng chỉ số).",
        subcommands = {EvalRelatedCommand.class})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, listing what can be run. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UserException.USAGE;
    }
}
