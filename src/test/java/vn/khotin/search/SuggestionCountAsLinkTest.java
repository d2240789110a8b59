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
 * A suggestion's count is what its link finds. The link searches the suggested text forgivingly, so when fewer
 * articles than a page write its words whole, it also finds those with the syllables apart: the new-user check saw
 * "cao tốc Bắc Nam? (2 bài)" offered with a link that found 10.
 */
class SuggestionCountAsLinkTest {

    static final int SHORE = 3;
    static final int CATTLE = 4;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SuggestionCountAsLinkTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < SHORE; i++) {
            out.add(article(1 + i, "Rác dạt vào bờ biển Thạch Hải, lần " + (i + 1), "Người dân dọn rác.",
                    "Bờ biển ngập rác sau bão.", "PV", date(2022, 3, 1 + i), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < CATTLE; i++) {
            // "bò" and "biên" apart
            out.add(article(100 + i, "Giá bò thịt tăng, đợt " + (i + 1), "Người nuôi lãi lớn.",
                    "Thương lái mua hàng qua biên giới sau bão.", "PV", date(2024, 1 + i, 3), "Kinh tế", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(200 + i, "Tin tổng hợp số " + (i + 1), "Thời tiết hôm nay.", "Trời nắng nhẹ ở nhiều nơi.",
                    "PV", date(2023, 1 + i % 12, 5), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSuggestionCountsWhatItsLinkFinds() {
        SearchResult typed = archive.search().search(SearchRequest.builder("bo bein sau bao").lenient(false).build());
        assertThat(typed.total()).isZero();
        assertThat(typed.suggestion()).isNotNull();
        assertThat(typed.suggestion().query()).isEqualTo("bo bien sau bao");

        SearchResult link = archive.search().search(SearchRequest.builder(typed.suggestion().query()).build());
        assertThat(link.syllablesApart()).as("few articles write 'bờ biển' whole").isTrue();
        assertThat(typed.suggestion().hits()).isEqualTo(link.total()).isEqualTo(SHORE + CATTLE);
    }
}
