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

/** A landmark whose name carries its kind ("Hồ Kẻ Gỗ") is a filter by the name people use for it ("Kẻ Gỗ"). */
class PlaceFilterAliasTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PlaceFilterAliasTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 5));
        for (int i = 0; i < 2; i++) {
            out.add(article(300 + i, "Hồ Kẻ Gỗ tích đầy nước, đợt " + (i + 1), "Hồ Kẻ Gỗ đủ nước cho vụ hè thu.",
                    "Công ty thủy lợi vận hành hồ Kẻ Gỗ an toàn.", "PV", date(2020, 9, 1 + i), "Nông nghiệp", List.of(),
                    List.of()));
        }
        return out;
    }

    @Test
    void aLandmarkIsFilteredByTheNameTheGazetteerListsForIt() {
        SearchResult byName = filtered("Kẻ Gỗ");
        assertThat(byName.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(300L, 301L);
        assertThat(byName.warnings()).isEmpty();
        assertThat(filtered("ke go").total()).isEqualTo(2);
        assertThat(filtered("Hồ Kẻ Gỗ").total()).isEqualTo(2);
    }

    private static SearchResult filtered(String value) {
        return archive.search().search(SearchRequest.builder("").filter(ArticleSchema.PLACE, value).build());
    }
}
