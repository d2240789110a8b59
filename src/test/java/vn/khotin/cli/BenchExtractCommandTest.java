package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command's wiring and its errors; the measurement itself runs on demand, not in tests. */
class BenchExtractCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void bareBenchListsTheBenchmarks() {
        assertThat(run("bench")).isZero();
        assertThat(out.toString()).contains("extract");
    }

    @Test
    void aMissingCorpusIsAOneLineUsageError() {
        assertThat(run("bench", "extract", "--corpus", "/khong/co/tep.jsonl.gz")).isEqualTo(UserException.USAGE);
        assertThat(err.toString()).isEqualTo("Lỗi: Không tìm thấy kho tin: /khong/co/tep.jsonl.gz (chỉ định bằng --corpus)."
                + System.lineSeparator());
    }

    @Test
    void aBrokenProfileNamesTheKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path corpus = java.nio.file.Files.writeString(dir.resolve("c.jsonl"), "{}\n");
        java.nio.file.Path profile = java.nio.file.Files.writeString(dir.resolve("p.properties"), "extract.title = div[[\n");
        assertThat(run("bench", "extract", "--corpus", corpus.toString(), "--profile", profile.toString()))
                .isEqualTo(UserException.USAGE);
        assertThat(err.toString()).startsWith("Lỗi: Cấu hình " + profile + ": extract.");
    }
}
