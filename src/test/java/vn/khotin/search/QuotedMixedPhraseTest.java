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
 * Inside quotes words are taken literally: a phrase typed with some diacritics is searched as typed, its bare words
 * too (quoted "Kỳ Nam" is the commune, not "cùng kỳ năm"), so quoting never widens a search; a phrase typed without
 * any diacritic still matches its folded form.
 */
class QuotedMixedPhraseTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(QuotedMixedPhraseTest::articles);

    static final long FIRST_COMMUNE = 4400;
    static final long FIRST_PRICES = 4420;
    /** "cùng kỳ năm" is far more often written than the commune, as in a national archive. */
    static final int PRICE_ARTICLES = 40;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 2; i++) {
            out.add(article(FIRST_COMMUNE + i, "Ngư dân Kỳ Nam trúng mùa cá, chuyến " + (i + 1),
                    "Ngư dân xã Kỳ Nam ra khơi sau bão.", "Tàu cá cập bến an toàn.", "PV", date(2019, 4, 1 + i),
                    "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < PRICE_ARTICLES; i++) {
            out.add(article(FIRST_PRICES + i, "Chỉ số giá cùng kỳ năm trước, kỳ " + (i + 1),
                    "Giá tiêu dùng tăng so với cùng kỳ năm trước.", "Giá thực phẩm tăng mạnh nhất.", "PV",
                    date(2019, 5, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aQuotedPhraseWithDiacriticsMatchesItsBareWordsAsTyped() {
        SearchResult r = archive.search().search(SearchRequest.builder("\"Kỳ Nam\"").build());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(FIRST_COMMUNE, FIRST_COMMUNE + 1);
    }

    @Test
    void aQuotedPhraseWithoutDiacriticsMatchesEveryAccentedForm() {
        SearchResult r = archive.search().search(SearchRequest.builder("\"ky nam\"").build());
        assertThat(r.total()).isEqualTo(2 + PRICE_ARTICLES);
    }
}
