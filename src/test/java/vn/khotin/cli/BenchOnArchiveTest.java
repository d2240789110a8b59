package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench search} and {@code bench related} measure an imported archive's own index when {@code --index}
 * names it (as src/docs/scale.md does after {@code import}): read-only, nothing in the archive written, and a clear
 * error when it holds fewer articles than asked.
 */
class BenchOnArchiveTest {

    @TempDir
    Path dir;

    @Test
    void benchmarksReadAnImportedArchiveWithoutWritingIt() throws Exception {
        Path corpus = BenchSearchPeersTest.tinyCorpus(dir.resolve("tiny.jsonl.gz"));
        Path data = dir.resolve("data");
        Run imported = run("import", corpus.toString(), "--data", data.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Map<String, Long> before = files(data);

        Run search = run("bench", "search", "--index", data.resolve("lucene").toString(), "--corpus",
                corpus.toString(), "--articles", "200", "--queries", "10", "--peers");
        Run related = run("bench", "related", "--index", data.toString(), "--corpus", corpus.toString(),
                "--articles", "150", "--lists", "10");

        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("| Số bài | 200 |", "dùng lại chỉ mục có sẵn", "| Khách đồng thời |",
                "SQLite FTS5");
        assertThat(related.code()).as(related.err()).isZero();
        assertThat(related.out()).contains("bài trong kho (Khotin)");
        assertThat(files(data)).isEqualTo(before);
    }

    @Test
    void anArchiveSmallerThanAskedIsAClearErrorAndStaysAsItWas() throws Exception {
        Path corpus = BenchSearchPeersTest.tinyCorpus(dir.resolve("tiny.jsonl.gz"));
        Path data = dir.resolve("data");
        assertThat(run("import", corpus.toString(), "--data", data.toString()).code()).isZero();
        Map<String, Long> before = files(data);

        Run search = run("bench", "search", "--index", data.toString(), "--corpus", corpus.toString(),
                "--articles", "300", "--queries", "10");

        assertThat(search.code()).isEqualTo(2);
        assertThat(search.err()).contains("có 200 bài, ít hơn --articles 300").doesNotContain("Exception");
        assertThat(files(data)).isEqualTo(before);
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file under {@code root} with its size. */
    private static Map<String, Long> files(Path root) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), Files.size(p));
            }
        }
        return out;
    }
}
