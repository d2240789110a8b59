package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;

/** Phrases beyond quoted ones: the body phrase of the second pass, and abbreviations expanded as phrases. */
class PhraseMatchingTest {

    private static final String FILLER = "Người dân địa phương cho biết tình hình đã ổn định trở lại sau nhiều ngày.";

    @Test
    void wordsCloseTogetherInTheBodyRankFirstAndTheExplanationAddsUp(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            // Same words, same lengths; only their distance in the body differs.
            index.upsert(new IndexedArticle(Fixtures.article(1, "Tin địa phương", "Tin ngắn trong tuần.",
                    "Con đập ở phía bắc xã. " + FILLER + "\nMột đoạn khác về sạt lở và bờ biển.", "PV",
                    Fixtures.date(2024, 5, 1), "Xã hội", List.of(), List.of()), null, null));
            index.upsert(new IndexedArticle(Fixtures.article(2, "Tin địa phương", "Tin ngắn trong tuần.",
                    "Con đập bị sạt lở ở phía bắc xã. " + FILLER + "\nMột đoạn khác về và bờ biển.", "PV",
                    Fixtures.date(2024, 5, 1), "Xã hội", List.of(), List.of()), null, null));
            index.refresh();
            ArticleSearch search = new ArticleSearch(index);
            for (String q : List.of("đập sạt lở", "dap sat lo")) {
                SearchResult r = search.search(SearchRequest.builder(q).collapseDuplicates(false).explain(true).build());
                assertThat(r.hits()).extracting(SearchHit::id).containsExactly(2L, 1L);
                SearchHit first = r.hits().get(0);
                assertThat(first.score()).isGreaterThan(r.hits().get(1).score());
                // The explanation includes the second pass and ends at the score shown.
                assertThat(first.explanation()).startsWith(String.valueOf(first.score()).substring(0, 4));
            }
            // Sorting by date does not rescore (and shows no score).
            SearchResult newest = search.search(SearchRequest.builder("đập sạt lở").sort(SearchRequest.Sort.NEWEST)
                    .collapseDuplicates(false).build());
            assertThat(newest.hits()).hasSize(2);
        }
    }

    @Test
    void anAbbreviationMatchesItsExpansionAsAPhraseOnly(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            index.upsert(new IndexedArticle(Fixtures.article(1, "Tin giao thông", "Tin ngắn.",
                    "Lực lượng cảnh sát giao thông tuần tra trên quốc lộ 1.", "PV", Fixtures.date(2024, 5, 1),
                    "Xã hội", List.of(), List.of()), null, null));
            // The same four words, scattered: not the abbreviation's meaning.
            index.upsert(new IndexedArticle(Fixtures.article(2, "Tin giao thông", "Tin ngắn.",
                    "Cảnh báo về an toàn giao thông; công an xã kiểm tra sát sao việc chấp hành.", "PV",
                    Fixtures.date(2024, 5, 1), "Xã hội", List.of(), List.of()), null, null));
            index.refresh();
            ArticleSearch search = new ArticleSearch(index);
            SearchResult r = search.search(SearchRequest.builder("CSGT").collapseDuplicates(false).build());
            assertThat(r.hits()).extracting(SearchHit::id).containsExactly(1L);
            assertThat(r.total()).isEqualTo(1);
            assertThat(vn.khotin.web.Snippets.html(r.hits().get(0).snippet()))
                    .contains("<mark>cảnh</mark> <mark>sát</mark>");
        }
    }
}
