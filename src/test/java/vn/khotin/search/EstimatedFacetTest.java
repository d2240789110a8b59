package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * A filter alone counts its own field over the whole archive (so its other values keep their counts), which may be
 * estimated from a sample while the filtered total is exact: only that facet is marked estimated. The researchers'
 * check found "≈ 9.750 kết quả (ước lượng)" on a click that showed 9752, and "≈ 15" for 15 articles.
 */
class EstimatedFacetTest {

    static final String[] CATEGORIES = {"Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Văn hóa"};
    static final int ARTICLES = (int) FacetsAndTimeline.SAMPLE_ABOVE + 1_000;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(EstimatedFacetTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            out.add(article(i + 1, "Tin số " + i, "", "Nội dung " + i, "PV", date(2015 + i % 10, 1 + i % 12, 1),
                    CATEGORIES[i % CATEGORIES.length], List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(ARTICLES + 1 + i, "Tin hiếm " + i, "", "Nội dung hiếm", "Lê Hiếm", date(2024, 1, 1 + i),
                    CATEGORIES[i], List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aFilterAlonesTotalIsExactAndOnlyItsOwnFacetIsEstimated() {
        SearchResult r = archive.search().search(SearchRequest.builder("")
                .facets(ArticleSchema.CATEGORY, ArticleSchema.YEAR).filter(ArticleSchema.CATEGORY, "Xã hội").build());

        assertThat(r.total()).isEqualTo(ARTICLES / CATEGORIES.length + 1);
        assertThat(r.approximate()).isFalse();
        assertThat(r.facets()).filteredOn(f -> f.field().equals(ArticleSchema.CATEGORY)).singleElement()
                .satisfies(f -> assertThat(f.approximate()).isTrue());
        assertThat(r.facets()).filteredOn(f -> f.field().equals(ArticleSchema.YEAR)).singleElement()
                .satisfies(f -> assertThat(f.approximate()).isFalse());
    }

    @Test
    void aChosenValueKeepsItsExactCountInItsEstimatedFacet() {
        // the sample may hold none of the three articles (the chosen value vanished from its own facet) or some
        // (estimated at 8 apiece): the chosen value is counted exactly
        SearchResult r = archive.search().search(SearchRequest.builder("").facets(ArticleSchema.AUTHOR)
                .filter(ArticleSchema.AUTHOR, "Lê Hiếm").build());

        assertThat(r.total()).isEqualTo(3);
        assertThat(r.facets()).singleElement().satisfies(f -> {
            assertThat(f.approximate()).isTrue();
            assertThat(f.values()).filteredOn(Facet.FacetValue::selected).singleElement()
                    .satisfies(v -> assertThat(v.value() + " " + v.count()).isEqualTo("Lê Hiếm 3"));
        });
    }

    @Test
    void aResultSetTooLargeToCountMarksItsTotalAndFacetsEstimated() {
        SearchResult r = archive.search().search(SearchRequest.builder("").facets(ArticleSchema.CATEGORY).build());

        assertThat(r.approximate()).isTrue();
        assertThat(r.facets()).singleElement().satisfies(f -> assertThat(f.approximate()).isTrue());
    }
}
