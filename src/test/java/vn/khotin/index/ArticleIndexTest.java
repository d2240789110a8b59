package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

class ArticleIndexTest {

    @TempDir
    Path dir;

    private static IndexedArticle article(long id, String file) {
        Article a = new Article(id, "https://baohatinh.vn/x-post" + id + ".html", "Bài số " + id, "Tóm tắt " + id,
                "", List.of("Nội dung bài " + id + " ở thị xã Kỳ Anh."), List.of(), "PV",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(7)), null, "Xã hội", List.of(),
                List.of("tin"), List.of(), List.of(), ExtractionMethod.PROFILE);
        return new IndexedArticle(a, new CaptureRef(file, id * 10), null);
    }

    @Test
    void newArticleIsVisibleWithinTheStaleBoundWithoutExplicitRefresh() throws Exception {
        IndexOptions options = IndexOptions.DEFAULT.withMaxStale(Duration.ofMillis(500));
        try (ArticleIndex index = ArticleIndex.open(dir, options)) {
            long start = System.nanoTime();
            index.upsert(article(1, "a.warc.gz"));
            while (index.count() == 0 && System.nanoTime() - start < 5_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat(index.count()).isEqualTo(1);
            long seq = index.upsert(article(2, "a.warc.gz"));
            index.awaitVisible(seq);
            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void commitPolicyByCountRecordsTheLastCapture() throws Exception {
        IndexOptions options = IndexOptions.DEFAULT.withCommitPolicy(3, Duration.ZERO);
        try (ArticleIndex index = ArticleIndex.open(dir, options)) {
            index.upsert(article(1, "a.warc.gz"));
            index.upsert(article(2, "a.warc.gz"));
            assertThat(index.pendingChanges()).isEqualTo(2);
            index.upsert(article(3, "b.warc.gz"));
            assertThat(index.pendingChanges()).isZero();
            assertThat(index.lastCommitData().orElseThrow()).containsEntry(ArticleIndex.LAST_CAPTURE, "b.warc.gz@30");
        }
    }

    @Test
    void commitPolicyByTime() throws Exception {
        IndexOptions options = IndexOptions.DEFAULT.withCommitPolicy(0, Duration.ofMillis(200));
        try (ArticleIndex index = ArticleIndex.open(dir, options)) {
            index.upsert(article(7, "c.warc.gz"));
            long start = System.nanoTime();
            while (index.pendingChanges() > 0 && System.nanoTime() - start < 5_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat(index.pendingChanges()).isZero();
        }
        try (ArticleIndex reopened = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.captureInfo(7).orElseThrow().capture()).isEqualTo(new CaptureRef("c.warc.gz", 70));
        }
    }

    @Test
    void upsertReplacesById() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            index.upsert(article(5, "a.warc.gz"));
            index.upsert(article(5, "b.warc.gz"));
            index.refresh();
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.captureInfo(5).orElseThrow().capture().file()).isEqualTo("b.warc.gz");
        }
    }

    @Test
    void aNewIndexRecordsTheCurrentAnalysisVersionAndKeepsIt() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.analysisVersion()).isEqualTo(ArticleSchema.ANALYSIS_VERSION);
            index.upsert(article(1, "a.warc.gz"));
            index.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.analysisOutdated()).isFalse();
            assertThat(index.lastCommitData().orElseThrow()).containsEntry(ArticleIndex.ANALYSIS_VERSION,
                    ArticleSchema.ANALYSIS_VERSION);
        }
    }

    @Test
    void anIndexFromBeforeTheMarkerIsOutdatedUntilACompleteRebuild() throws Exception {
        // An index as the code before the marker wrote it: articles, and no version in the commit.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig(TextAnalysis.get().indexAnalyzer()))) {
            writer.addDocument(ArticleSchema.toDocument(article(1, "a.warc.gz"), Gazetteer.get(), TextAnalysis.get().vietnamese()));
            writer.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.analysisVersion()).isEqualTo("1");
            assertThat(index.analysisOutdated()).isTrue();
            // New articles do not make the old ones current.
            index.upsert(article(2, "a.warc.gz"));
            index.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.analysisOutdated()).isTrue();
            index.markReanalyzed();
            index.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.analysisOutdated()).isFalse();
            assertThat(index.count()).isEqualTo(2);
        }
    }
}
