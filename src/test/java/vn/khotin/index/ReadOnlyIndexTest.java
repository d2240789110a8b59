package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.khotin.index.PlainArticles.article;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index open read-only refuses every write the same clear way, and keeps what it holds. */
class ReadOnlyIndexTest {

    @TempDir
    Path dir;

    @Test
    void everyWriteMethodThrowsTheSameIllegalStateException() throws Exception {
        try (ArticleIndex writable = ArticleIndex.open(dir, IndexOptions.BULK)) {
            writable.upsert(article(1));
            writable.commit();
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            Map<String, ThrowingCallable> writes = Map.of(
                    "upsert", () -> index.upsert(article(2)),
                    "add", () -> index.add(article(3)),
                    "delete", () -> index.delete(1),
                    "commit()", index::commit,
                    "commit(Map)", () -> index.commit(Map.of("caller.key", "x")),
                    "forceMerge", () -> index.forceMerge(1),
                    "compact", index::compact,
                    "markReanalyzed", index::markReanalyzed);
            SoftAssertions soft = new SoftAssertions();
            writes.forEach((name, write) -> soft.assertThat(catchThrowable(write)).as(name)
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the index is open read-only"));
            soft.assertAll();
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.pendingChanges()).isZero();
            assertThat(index.analysisOutdated()).isFalse();
        }
        try (ArticleIndex reopened = ArticleIndex.openReadOnly(dir)) {
            assertThat(reopened.articleIds()).containsExactly(1L);
            assertThat(reopened.lastCommitData().orElseThrow()).doesNotContainKey("caller.key");
        }
    }
}
