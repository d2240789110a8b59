package vn.khotin.cli;

import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand extends NotYetAvailable {
}
