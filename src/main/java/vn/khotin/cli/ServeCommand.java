package vn.khotin.cli;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends NotYetAvailable {
}
