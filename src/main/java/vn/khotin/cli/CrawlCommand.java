package vn.khotin.cli;

import picocli.CommandLine.Command;

@Command(name = "crawl", mixinStandardHelpOptions = true)
final class CrawlCommand extends NotYetAvailable {
}
