package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;

/** Filters as people type them: any case, no accents, a place by its bare name. */
class FilterValuesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(Fixtures::articles);

    private static SearchResult filtered(String field, String value) {
        return archive.search().search(SearchRequest.builder("").filter(field, value).collapseDuplicates(false)
                .build());
    }

    @Test
    void valuesForgiveCaseAndAccents() {
        assertThat(filtered(ArticleSchema.CATEGORY, "kinh te").total()).isEqualTo(3);
        assertThat(filtered(ArticleSchema.AUTHOR, "thu trang").total()).isEqualTo(2);
        assertThat(filtered(ArticleSchema.TAG, "ocop").hits()).extracting(SearchHit::id).containsExactly(1004L);
    }

    @Test
    void aPlaceByItsBareName() {
        assertThat(filtered(ArticleSchema.PLACE, "Kỳ Anh").hits()).extracting(SearchHit::id)
                .contains(1001L, 1002L, 1003L);
        assertThat(filtered(ArticleSchema.PLACE, "ky anh").total()).isEqualTo(filtered(ArticleSchema.PLACE, "Kỳ Anh").total());
    }

    @Test
    void aValueMatchingNothingIsReportedWithTheClosestValues() {
        SearchResult r = filtered(ArticleSchema.CATEGORY, "kinh tê xa");
        assertThat(r.total()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("chuyên mục", "Gần nhất: Kinh tế"));
    }

    @Test
    void aShortValueIsNotOfferedForWhatSharesALetterWithIt() {
        // on the demo, category=xyz answered "Gần nhất: Xe": two edits of three letters are no slip
        assertThat(FilterValues.closest("xyz", java.util.List.of("Xe", "Kinh tế", "Thể thao"))).isEmpty();
        assertThat(FilterValues.closest("the thoa", java.util.List.of("Xe", "Kinh tế", "Thể thao")))
                .containsExactly("Thể thao");
        assertThat(FilterValues.closest("xe", java.util.List.of("Xe", "Kinh tế"))).containsExactly("Xe");
    }

    @Test
    void aPlaceOutsideTheProvinceIsNotOfferedFarOffPlacesButTheWordSearch() {
        SearchResult r = filtered(ArticleSchema.PLACE, "Hà Nội");
        assertThat(r.total()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("trong tỉnh Hà Tĩnh", "\"Hà Nội\"")
                .doesNotContain("Gần nhất"));
    }

    @Test
    void aPlaceOfTheProvinceThatNoArticleHasIsNotCalledOutside() {
        SearchResult r = filtered(ArticleSchema.PLACE, "Nghi Xuân");
        assertThat(r.total()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Chưa bài nào được gắn")
                .doesNotContain("trong tỉnh Hà Tĩnh"));
    }
}
