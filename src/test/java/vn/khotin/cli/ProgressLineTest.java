package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.pipeline.FileProgress;

/**
 * {@code import} and {@code reindex} written to a log, a pipe or CI rather than a terminal: a plain progress line
 * at each tenth read and at least every 30 s, never the terminal's redrawn line; the summary stays as it was.
 */
class ProgressLineTest {

    @TempDir
    Path tmp;

    /** Done {@code read} of 1,000 bytes, one article per byte, after a second. */
    private static FileProgress at(long read) {
        return new FileProgress() {
            public long bytesRead() {
                return read;
            }

            public long bytesTotal() {
                return 1_000;
            }

            public long done() {
                return read;
            }

            public Duration elapsed() {
                return Duration.ofSeconds(1);
            }
        };
    }

    @Test
    void aLogGetsALineAtEachTenthReadNotOnlyEvery30Seconds() {
        StringWriter log = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(log), false, () -> 0L); // no time passes
        for (long read : new long[] {10, 50, 120, 150, 199, 250, 260, 990, 1_000}) {
            line.show(at(read), ProgressLine.bar("Đang nhập", at(read)));
        }
        line.finish();
        line.finish();
        List<String> lines = log.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> l.replaceAll(".*\\] +(\\d+%).*", "$1"))
                .containsExactly("12%", "25%", "99%", "100%");
        assertThat(lines.getLast()).isEqualTo("Đang nhập [" + "█".repeat(24) + "] 100% · 1.000 bài · 1.000 bài/giây"
                + " · còn khoảng 0 giây");
        assertThat(log.toString()).doesNotContain("\r", "\u001b");
    }

    @Test
    void aLongStretchWithinOneTenthStillGetsALineEvery30Seconds() {
        StringWriter log = new StringWriter();
        long[] now = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(log), false, () -> now[0]);
        List<Long> seconds = new ArrayList<>();
        for (long s = 1; s <= 95; s++) {
            now[0] = Duration.ofSeconds(s).toNanos();
            int before = log.toString().length();
            line.show(at(50), "Đang lập chỉ mục");
            if (log.toString().length() > before) {
                seconds.add(s);
            }
        }
        assertThat(seconds).containsExactly(31L, 62L, 93L);
    }

    @Test
    void aTerminalHasItsLineRedrawnInPlace() {
        StringWriter screen = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(screen), true, () -> 0L);
        line.show(at(10), "một");
        line.show(at(20), "hai");
        line.clear();
        assertThat(screen.toString()).isEqualTo("\rmột\u001b[K\rhai\u001b[K\r\u001b[K");
    }

    @Test
    void importAndReindexIntoALogEachShowTheirProgressAndThenTheSameSummary() throws Exception {
        Path input = Files.writeString(tmp.resolve("bai.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 4243, \"title\": \"Lúa chín ở Đức Thọ\", \"body\": \"Nông dân gặt lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");

        CliTest.Run imported = CliTest.run("import", input.toString(), "--data", data.toString(), "--threads", "1");
        CliTest.Run reindex = CliTest.run("reindex", "--data", data.toString());

        String full = "\\[█{24}\\] 100% · 2 bài · [\\d.]+ bài/giây · còn khoảng ";
        assertThat(imported.out()).containsPattern("(?m)^Đang nhập " + full + ".*\\R"
                + "Xong: nhập 2 bài trong .*Kho có 2 bài\\.$");
        assertThat(reindex.out()).containsPattern("(?m)^Đang dựng lại chỉ mục từ 1 tệp WARC \\(.*\\)…\\R"
                + "Đang lập chỉ mục " + full + ".*\\R"
                + "Đang ghi chỉ mục và gộp thành một phân đoạn…\\R"
                + "Xong: đọc 2 bản lưu \\(2 bài nhập\\), lập chỉ mục 2 lượt bài, bỏ qua 0 bản lưu, trong .*\\. "
                + "Kho có 2 bài\\.$");
        assertThat(imported.out() + reindex.out()).doesNotContain("\r", "\u001b");
    }
}
