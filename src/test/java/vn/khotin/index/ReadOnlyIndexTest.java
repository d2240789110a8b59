package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.Article;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.ExtractionMethod;

/** An index open read-only refuses every write the same clear way, and keeps what it holds. */
class ReadOnlyIndexTest {

    @TempDir
    Path dir;

    private static IndexedArticle article(long id) {
        Article a = new Article(id, "https://baohatinh.vn/x-post" + id + ".html", "Bài số " + id, "Tóm tắt " + id,
                "", List.of("Nội dung bài " + id + "."), List.of(), "PV",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(7)), null, "Xã hội", List.of(),
                List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
        return new IndexedArticle(a, new CaptureRef("a.warc.gz", id * 10), null);
    }

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
