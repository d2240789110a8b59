package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin stats}: not built yet. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "In số liệu của kho: số bài, số bản lưu, dung lượng WARC, lỗi theo nguyên nhân.")
final class StatsCommand extends NotYetAvailable {
}
