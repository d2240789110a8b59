package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;
import vn.khotin.model.Fields;

/**
 * An index analyzed before the catch-all field (analysis version 3) keeps finding every article: searches use the
 * per-field query alone until a reindex, even after new articles (which do have the field) are added. One analyzed
 * before its word fields paired syllables across a dash alone (version 7) requires words whole with phrases until a
 * reindex, so that "cao tốc Bắc Nam" still finds the "Bắc - Nam" its word fields lack.
 */
class OlderIndexSearchTest {

    @TempDir
    Path dir;

    @Test
    void anIndexWithoutTheCatchAllFieldIsSearchedByField() throws Exception {
        List<Article> articles = Fixtures.articles();
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.get().indexAnalyzer()))) {
            for (Article a : articles) {
                Document doc = ArticleSchema.toDocument(new IndexedArticle(a, null, null), Gazetteer.get(), TextAnalysis.get().vietnamese());
                doc.removeFields(Fields.CATCH_ALL);
                doc.removeFields(Role.FOLDED.field(Fields.CATCH_ALL));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of(ArticleIndex.ANALYSIS_VERSION, "3").entrySet());
            writer.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.hasCatchAll()).isFalse();
            index.upsert(new IndexedArticle(Fixtures.article(2001, "Mưa lũ ở Kỳ Anh, tin mới", "Nước dâng.",
                    "Người dân sơ tán.", "PV", Fixtures.date(2025, 10, 1), "Xã hội", List.of(), List.of()), null, null));
            index.refresh();
            ArticleSearch search = new ArticleSearch(index);
            SearchResult r = search.search(SearchRequest.builder("mưa lũ Kỳ Anh").size(10).lenient(false).build());
            // 1001 and 1002 (its republished copy) from before, 2001 added since
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.hits()).extracting(SearchHit::id).contains(2001L).containsAnyOf(1001L, 1002L);
            assertThat(search.search(SearchRequest.builder("vung ang").lenient(false).build()).total()).isEqualTo(1);
        }
    }

    @Test
    void anIndexWithoutDashPairsRequiresWordsWholeWithPhrases() throws Exception {
        Article list = Fixtures.article(3001, "Du lịch biển đảo phía Bắc", "Quảng Ninh có Hạ Long, Đông Hải, Vân Đồn.",
                "Du khách đến đông.", "PV", Fixtures.date(2019, 6, 1), "Du lịch", List.of(), List.of());
        Article pass = Fixtures.article(3002, "Sạt lở trên đèo Hải Vân", "Đất đá tràn xuống.", "Đã dọn xong.", "PV",
                Fixtures.date(2020, 10, 12), "Xã hội", List.of(), List.of());
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.get().indexAnalyzer()))) {
            for (Article a : List.of(list, pass)) {
                writer.addDocument(ArticleSchema.toDocument(new IndexedArticle(a, null, null), Gazetteer.get(),
                        TextAnalysis.get().vietnamese()));
            }
            writer.setLiveCommitData(Map.of(ArticleIndex.ANALYSIS_VERSION, "7").entrySet());
            writer.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            assertThat(index.hasSoftBreakPairs()).isFalse();
            SearchResult r = new ArticleSearch(index).search(SearchRequest.builder("Hải Vân").lenient(false).build());
            // as before version 8: the phrase matches across the comma too
            assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(3001L, 3002L);
        }
    }
}
