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
 * A place of Hà Tĩnh typed capitalised stays whole even when fewer articles than a page write it: the search does
 * not fall back to its syllables anywhere ("kỳ họp", "anh em"), and a relaxed search ranks the place's stories
 * above those with the other words alone.
 */
class PlaceKeptWholeTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PlaceKeptWholeTest::articles);

    static final long FIRST_KY_ANH = 9900;
    static final long FIRST_SCATTERED = 9950;
    static final long FIRST_BEACH_ELSEWHERE = 9970;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 3; i++) {
            out.add(article(FIRST_KY_ANH + i, "Người dân Kỳ Anh đón khách du lịch, mùa " + (i + 1),
                    "Bãi tắm ở thị xã Kỳ Anh đông khách.", "Du khách về Kỳ Anh nghỉ hè.", "PV", date(2022, 6, 1 + i),
                    "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(FIRST_SCATTERED + i, "Kỳ họp thứ " + (i + 1) + " của hội đồng",
                    "Các đại biểu thảo luận sôi nổi về du lịch mùa thu.",
                    "Anh em đại biểu kể chuyện du khách ra bãi tắm trong kỳ nghỉ.", "PV",
                    date(2022, 7, 1 + i), "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(FIRST_BEACH_ELSEWHERE + i, "Du khách đổ về bãi tắm Sầm Sơn, ngày " + (i + 1),
                    "Bãi tắm đông nghịt du khách mùa hè.", "Du khách tắm biển.", "PV", date(2022, 8, 1 + i),
                    "Du lịch", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aPlaceFewArticlesWriteIsNotMatchedByItsSyllablesApart() {
        SearchResult r = archive.search().search(SearchRequest.builder("Kỳ Anh").build());
        assertThat(r.hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder(FIRST_KY_ANH, FIRST_KY_ANH + 1, FIRST_KY_ANH + 2);
    }

    @Test
    void aRelaxedSearchRanksThePlacesStoriesFirst() {
        SearchResult r = archive.search().search(SearchRequest.builder("bãi tắm du khách Kỳ Anh mùa thu").build());
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::id).startsWith(FIRST_KY_ANH, FIRST_KY_ANH + 1, FIRST_KY_ANH + 2);
    }
}
