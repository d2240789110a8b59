package vn.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base for commands that exist in the CLI but whose stage is not built yet: one line, exit code 1. */
abstract class NotYetAvailable implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "Lệnh '" + spec.name() + "' chưa có trong phiên bản này (not available yet).");
        return UserException.RUNTIME;
    }
}
