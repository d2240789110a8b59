package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.pipeline.Workspace;

/**
 * {@code khotin reindex} that fails partway says why and keeps the index it had: the new index is built beside
 * it, not over it.
 */
class ReindexFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aReindexThatCannotReadTheArchiveKeepsTheOldIndex() throws Exception {
        Path data = tmp.resolve("data");
        Path input = Files.writeString(tmp.resolve("bai.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", input.toString(), "--data", data.toString())).isZero();

        // a WARC "file" that cannot be read (here a directory), read first: the rebuild fails before any article
        String unreadable = "khotin-00000000000000-00000.warc.gz";
        Files.createDirectories(data.resolve("warc").resolve(unreadable));
        Files.writeString(data.resolve("warc").resolve("khotin-sealed.txt"), unreadable + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "reindex", "--data",
                data.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("Không đọc được kho WARC");
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().articleIds()).as("the old index, whole").containsExactlyInAnyOrder(4242L, 4244L);
        }
        try (var names = Files.list(data)) {
            assertThat(names.map(p -> p.getFileName().toString())).doesNotContain("lucene.building", "lucene.built");
        }

        Files.delete(data.resolve("warc").resolve(unreadable));
        assertThat(run("reindex", "--data", data.toString())).isZero();
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().count()).isEqualTo(2);
        }
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(err.toString()).as("stderr").doesNotContain("Exception");
        return code;
    }
}
