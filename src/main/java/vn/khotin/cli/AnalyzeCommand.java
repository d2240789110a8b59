package vn.khotin.cli;

import picocli.CommandLine.Command;

/** {@code khotin analyze}: not built yet. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "In các token mà bộ phân tích tiếng Việt tạo ra cho một đoạn văn bản.")
final class AnalyzeCommand extends NotYetAvailable {
}
