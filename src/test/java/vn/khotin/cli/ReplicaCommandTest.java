package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaCommandTest {

    private static int run(StringWriter err, String... args) {
        return Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void unknownFaultIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "replica", "--faults", "slow,khong-co")).isEqualTo(UserException.USAGE);
        assertThat(err.toString()).contains("lỗi giả lập không xác định: 'khong-co'").doesNotContain("Exception");
    }

    @Test
    void unreadableCorpusIsAUsageError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "replica", "--corpus", tmp.resolve("none.jsonl").toString())).isEqualTo(UserException.USAGE);
        assertThat(err.toString()).contains("không đọc được tệp bài viết");
    }

    @Test
    void corpusWithoutArticlesIsAUsageError(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, "not json\n");
        StringWriter err = new StringWriter();
        assertThat(run(err, "replica", "--corpus", f.toString(), "--port", "0")).isEqualTo(UserException.USAGE);
        assertThat(err.toString()).contains("tệp bài viết không dùng được");
    }

    @Test
    void badEnumValueIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "replica", "--date-style", "NOPE")).isEqualTo(UserException.USAGE);
    }
}
