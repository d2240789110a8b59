package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khotin.pipeline.CrawlOutcome.Ending;

/**
 * The line after a crawl that stopped early. A kept data directory goes on where it stopped when the command is run
 * again; the demo's temporary one is deleted at exit, so there a rerun starts from scratch and the line says how
 * to keep an archive instead.
 */
class CrawlStoppedNoteTest {

    @Test
    void aNormalCrawlSaysToRunTheCommandAgain() {
        assertThat(CrawlConsole.stoppedNote(Ending.MAX_ARTICLES, 3000, null))
                .isEqualTo("Đã dừng sau 3.000 bài theo --max-articles; chạy lại lệnh để thu thập tiếp.");
        assertThat(CrawlConsole.stoppedNote(Ending.STOPPED, 12, null))
                .isEqualTo("Đã dừng giữa chừng; chạy lại lệnh để tiếp tục từ chỗ dừng.");
    }

    @Test
    void aThrowAwayCorpusDemoSaysNothingIsKeptAndHowToKeepAnArchive() {
        String note = DemoCommand.throwAwayNote(Path.of("../shared/corpus/vi-news.jsonl.gz"));
        String line = CrawlConsole.stoppedNote(Ending.MAX_ARTICLES, 3000, note);
        assertThat(line).startsWith("Đã dừng sau 3.000 bài theo --max-articles. ")
                .doesNotContain("chạy lại lệnh")
                .contains("không giữ lại gì sau khi dừng", "chạy lại sẽ thu thập từ đầu")
                .contains("khotin import ../shared/corpus/vi-news.jsonl.gz --data THƯ_MỤC");
        assertThat(CrawlConsole.stoppedNote(Ending.STOPPED, 12, note)).doesNotContain("chạy lại lệnh")
                .contains("không giữ lại gì");
    }

    @Test
    void aThrowAwaySampleDemoPointsToDemoWithData() {
        assertThat(DemoCommand.throwAwayNote(null)).contains("khotin demo --data THƯ_MỤC");
    }
}
