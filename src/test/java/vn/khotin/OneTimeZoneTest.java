package vn.khotin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vietnam's time zone is named once, in {@code model.VietnamTime}: copies in other packages (there were five, two of
 * them a fixed +07:00) could drift apart, and a date would then fall on another day in the facets than on the page.
 * The replica stands alone by design (it may use nothing of ours) and keeps its own.
 */
class OneTimeZoneTest {

    private static final List<Path> MAIN_TREES = List.of(Path.of("src/main/java"), Path.of("src/opensearch/main/java"));
    private static final Path HOME = Path.of("src/main/java/vn/khotin/model/VietnamTime.java");
    private static final Path REPLICA = Path.of("src/main/java/vn/khotin/replica");
    /** The zone's name in a string, or a fixed seven-hour offset. */
    private static final Pattern ZONE = Pattern.compile("\"Asia/Ho_Chi_Minh\"|ofHours\\(\\s*7\\s*\\)|\"\\+07:00\"\\)");

    @Test
    void theVietnamZoneIsDeclaredOnlyInTheModel() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path tree : MAIN_TREES) {
            if (!Files.isDirectory(tree)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.equals(HOME) || f.startsWith(REPLICA)) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (ZONE.matcher(lines.get(i)).find()) {
                            copies.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(Files.readString(HOME)).contains("ZoneId.of(\"Asia/Ho_Chi_Minh\")");
        assertThat(copies).as("time zones declared outside model.VietnamTime").isEmpty();
    }
}
