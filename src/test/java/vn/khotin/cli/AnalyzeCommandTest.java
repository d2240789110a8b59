package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void printsEveryTokenWithOffsetsPositionsAndTypes() {
        String[] r = run("analyze", "--field", "title.folded", "Đảng ủy 28/2");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("title.folded").containsPattern("dang\\s+0\\s+4\\s+0\\s+1\\s+<SYLLABLE>")
                .containsPattern("28/2\\s+8\\s+12\\s+2\\s+1\\s+<DATE>");
    }

    @Test
    void defaultShowsAllRolesAndTelexRepair() {
        String[] r = run("analyze", "--query", "hoaf binhf");
        assertThat(r[1]).contains("text.words.folded", "hòa bình");
    }

    @Test
    void blankTextIsAUsageError() {
        String[] r = run("analyze", "  ");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("Lỗi:");
    }

    @Test
    void anUnknownFieldIsAUsageErrorListingTheValidOnes() {
        String[] r = run("analyze", "--field", "bogus", "Hà Tĩnh");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).startsWith("Lỗi:").contains("bogus", "title.folded");
    }

    @Test
    void evalAndBenchParentsListTheirSubcommands() {
        assertThat(run("eval")[1]).contains("analysis");
        assertThat(run("bench")[1]).contains("analysis");
        String[] bad = run("eval", "analysis", "--corpus", "/nonexistent.jsonl.gz");
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("Không tìm thấy kho tin: /nonexistent.jsonl.gz");
    }
}
