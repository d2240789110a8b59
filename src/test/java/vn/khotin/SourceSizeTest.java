package vn.khotin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source files stay small enough to read in one sitting (issue 16): no main source file over 400 lines (600 until
 * the seventeenth session split the crawl, archive, extract, index, replica and analysis giants), and none over 300
 * in {@code vn.khotin.search} itself, whose search is a pipeline of small stages. A file that grows past its limit
 * is split along its seams, not exempted here.
 */
class SourceSizeTest {

    /** The main source trees of both modules, from the repository root (the tests' working directory). */
    private static final List<Path> MAIN_TREES = List.of(Path.of("src/main/java"), Path.of("src/opensearch/main/java"));
    private static final Path SEARCH = Path.of("src/main/java/vn/khotin/search");

    private static final int MAX_LINES = 400;
    private static final int MAX_SEARCH_LINES = 300;

    @Test
    void noMainSourceFileIsOver400Lines() throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        for (Path tree : MAIN_TREES) {
            sizes.putAll(lineCounts(tree, Integer.MAX_VALUE));
        }
        assertThat(sizes).as("main source files found").hasSizeGreaterThan(100);
        assertThat(over(sizes, MAX_LINES)).as("files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void noSearchSourceFileIsOver300Lines() throws IOException {
        Map<String, Long> sizes = lineCounts(SEARCH, 1);
        assertThat(sizes).as("files of vn.khotin.search").containsKey(SEARCH.resolve("ArticleSearch.java").toString());
        assertThat(over(sizes, MAX_SEARCH_LINES)).as("files of vn.khotin.search over %d lines", MAX_SEARCH_LINES)
                .isEmpty();
    }

    /** Each Java file under {@code dir} (down to {@code depth}) and its number of lines. */
    private static Map<String, Long> lineCounts(Path dir, int depth) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir, depth)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                try (Stream<String> lines = Files.lines(f)) {
                    out.put(f.toString(), lines.count());
                }
            }
        }
        return out;
    }

    private static Map<String, Long> over(Map<String, Long> sizes, int limit) {
        Map<String, Long> out = new TreeMap<>();
        sizes.forEach((file, lines) -> {
            if (lines > limit) {
                out.put(file, lines);
            }
        });
        return out;
    }
}
