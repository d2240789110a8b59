package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin demo}: not built yet. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Chạy thử trọn gói: bản sao cục bộ, thu thập, lập chỉ mục và trang tìm kiếm.")
final class DemoCommand extends NotYetAvailable {
}
