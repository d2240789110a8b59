package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleIndex} is the package's entry point and its parts know nothing of it. The
 * {@code ArchitectureTest} checks that on the compiled classes, which do not show a constant read from another class
 * (javac copies its value in), so this reads the sources: no file of the package but the entry point's names it in
 * code (comments and strings may).
 */
class EntryPointDependencyTest {

    private static final Path PACKAGE = Path.of("src/main/java/vn/khotin/index");
    /** Character and string literals (which may hold quotes and "//"), and comments. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "(?s)'(?:\\\\.|[^'\\\\])'|\"(?:\\\\.|[^\"\\\\\\n])*\"|/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern ENTRY_POINT = Pattern.compile("\\bArticleIndex\\b");

    @Test
    void noPartNamesTheEntryPointInCode() throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(PACKAGE)) {
            parts = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("ArticleIndex.java")).sorted().toList();
        }
        assertThat(parts).as("parts of the index package").contains(PACKAGE.resolve("IndexCommitter.java"));
        for (Path part : parts) {
            String code = NOT_CODE.matcher(Files.readString(part)).replaceAll(" ");
            assertThat(ENTRY_POINT.matcher(code).find()).as("%s names ArticleIndex in code", part.getFileName())
                    .isFalse();
        }
    }
}
