package vn.khotin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khotin eval <what>}: on-demand quality evaluations, each printing a table of metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Đánh giá chất lượng (chạy theo yêu cầu, in bảng chỉ số).",
        subcommands = {EvalAccentsCommand.class, EvalAnalysisCommand.class, EvalRelatedCommand.class,
                EvalSearchCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
