package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFilesTest {

    @TempDir
    Path dir;

    @Test
    void onlyADirectoryHoldingAnIndexOpensAsExisting() throws Exception {
        assertThatThrownBy(() -> IndexFiles.existing(dir.resolve("missing")))
                .isInstanceOf(IndexNotFoundException.class).hasMessageContaining("no directory");
        assertThatThrownBy(() -> IndexFiles.existing(dir))
                .isInstanceOf(IndexNotFoundException.class).hasMessageContaining("no Lucene index");
        ArticleIndex.open(dir.resolve("index"), IndexOptions.BULK).close();
        try (FSDirectory existing = IndexFiles.existing(dir.resolve("index"))) {
            assertThat(IndexFiles.lastCommitData(existing).orElseThrow())
                    .containsEntry(ArticleIndex.ANALYSIS_VERSION, ArticleSchema.ANALYSIS_VERSION);
        }
    }

    @Test
    void aDirectoryWithoutCommitsHasNoCommitData() throws Exception {
        try (FSDirectory empty = IndexFiles.create(dir.resolve("new"))) {
            assertThat(IndexFiles.lastCommitData(empty)).isEmpty();
            assertThat(IndexFiles.sizeInBytes(empty)).isZero();
        }
    }

    @Test
    void theSizeLeavesOutTheDerivedFiles() throws Exception {
        Path path = dir.resolve("index");
        ArticleIndex.open(path, IndexOptions.BULK).close();
        try (FSDirectory index = IndexFiles.existing(path)) {
            long lucene = IndexFiles.sizeInBytes(index);
            assertThat(lucene).isPositive();
            Files.write(path.resolve(DerivedFiles.PREFIX + "model"), new byte[4096]);
            assertThat(IndexFiles.sizeInBytes(index)).isEqualTo(lucene);
        }
    }
}
