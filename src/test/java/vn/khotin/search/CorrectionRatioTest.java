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
 * A correction replaces the few articles a misspelt query finds when it finds twice as many: "tiêu trí xã nông
 * thôn mới Hà Tĩnh" found 3 articles of 82,137 with "tiêu" and "trí" scattered (and relaxed to thousands), "tiêu
 * chí …" 8.
 */
class CorrectionRatioTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CorrectionRatioTest::articles).withSuggestionsReady();

    static final long FIRST_CRITERIA = 2000;
    static final int CRITERIA = 8;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < CRITERIA; i++) {
            articles.add(article(FIRST_CRITERIA + i, "Xã đạt tiêu chí nông thôn mới, đợt " + (i + 1),
                    "Thêm xã đạt tiêu chí nông thôn mới.", "Các tiêu chí về giao thông, thủy lợi đã đạt.", "PV",
                    date(2021, 3, 1 + i), "Nông thôn mới", List.of(), List.of()));
        }
        // three articles have "tiêu", "trí" and "nông thôn mới", apart: the typed query finds them
        for (int i = 0; i < 3; i++) {
            articles.add(article(3000 + i, "Trí thức trẻ góp sức xây dựng nông thôn mới, kỳ " + (i + 1),
                    "Chi tiêu hợp lý cho gia đình trẻ.", "Những mô hình kinh tế ở nông thôn.", "PV",
                    date(2020, 2, 1 + i), "Xã hội", List.of(), List.of()));
        }
        // "trí" is a common word, so only its pair gives "tiêu trí" away
        for (int i = 0; i < 55; i++) {
            articles.add(article(4000 + i, "Trí thức trẻ về quê lập nghiệp, câu chuyện " + (i + 1),
                    "Những người trí thức trẻ.", "Họ dùng trí tuệ để làm giàu.", "PV", date(2022, 4, 1 + i % 28),
                    "Xã hội", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aCorrectionFindingTwiceAsManyReplacesTheFewTypedMatches() {
        SearchResult r = archive.search().search(SearchRequest.builder("tiêu trí nông thôn mới").build());
        assertThat(r.correctedQuery()).isEqualTo("tiêu chí nông thôn mới");
        assertThat(r.hits()).isNotEmpty()
                .allMatch(h -> h.id() >= FIRST_CRITERIA && h.id() < FIRST_CRITERIA + CRITERIA);
    }
}
