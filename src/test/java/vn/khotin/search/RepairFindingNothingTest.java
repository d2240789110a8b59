package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A Telex repair that finds nothing either (half repaired: "thamf nhũng", "thàm" being no word) is not shown as the
 * answer ("Đang hiển thị kết quả cho …" over an empty page) nor offered; one that finds articles still is.
 */
class RepairFindingNothingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RepairFindingNothingTest::articles).withSuggestionsReady();

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 6; i++) {
            out.add(article(6600 + i, "Xử lý nghiêm các vụ tham nhũng, đợt " + (i + 1),
                    "Phòng chống tham nhũng là nhiệm vụ trọng tâm.", "Cán bộ tham nhũng bị kỷ luật.", "PV",
                    date(2020, 3, 1 + i), "Chính trị", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aRepairThatFindsNothingIsNotShownAsTheAnswer() {
        SearchResult r = archive.search().search(SearchRequest.builder("thamf nhuxng").build());
        if (r.correctedQuery() != null) {
            assertThat(r.total()).as("results shown for %s", r.correctedQuery()).isPositive();
        }
        if (r.suggestion() != null) {
            assertThat(r.suggestion().hits()).as("offered %s", r.suggestion().query()).isPositive();
        }
    }

    @Test
    void aRepairThatFindsArticlesIsStillTheAnswer() {
        SearchResult r = archive.search().search(SearchRequest.builder("tham nhuxng").build());
        assertThat(r.correctedQuery()).isEqualTo("tham nhũng");
    }
}
