package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Lucene index named as the data directory is refused with the directory to use: `serve --data` pointed at an
 * evaluation index served "0 bài" and left an empty archive (lucene/, warc/, khotin.lock) inside the index.
 */
class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void anIndexIsNotADataDirectory() throws Exception {
        Path index = Files.createDirectories(dir.resolve("data").resolve("lucene"));
        Files.writeString(index.resolve("segments_3"), "");

        assertThatThrownBy(() -> DataDirectory.openForWriting(index)).isInstanceOf(PipelineException.class)
                .hasMessageContaining("chỉ mục Lucene").hasMessageContaining(dir.resolve("data").toString());
        try (var files = Files.list(index)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("segments_3");
        }
    }

    @Test
    void aDataDirectoryOpens() throws Exception {
        try (DataDirectory data = DataDirectory.openForWriting(dir.resolve("new"))) {
            assertThat(dir.resolve("new").resolve("khotin.lock")).exists();
        }
    }
}
