package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin replica}: not built yet. */
@Command(name = "replica", mixinStandardHelpOptions = true, description = "Chạy bản sao cục bộ của baohatinh.vn để thử nghiệm, không cần mạng.")
final class ReplicaCommand extends NotYetAvailable {
}
