package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin reindex}: not built yet. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Dựng lại chỉ mục tìm kiếm từ các tệp WARC đã lưu, không cần mạng.")
final class ReindexCommand extends NotYetAvailable {
}
