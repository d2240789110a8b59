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
 * A word a neighbour reads as mistyped ("Tĩnh lạm", written nowhere, folds like "Tĩnh làm") is kept as typed when its
 * other neighbour makes a pair the archive writes at least as often: "lạm thu" (overcharging), whose folded pair
 * "lam thu" the frequent "làm thủ tục" fills (blind trial 7: "trường học ở Hà Tĩnh lạm thu tiền phụ huynh" was read
 * as "làm thu", and its results were schools and parents in Hà Tĩnh).
 */
class ConfirmedByNeighbourTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(ConfirmedByNeighbourTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(article(1000 + i, "Hà Tĩnh làm đường giao thông nông thôn, đợt " + (i + 1),
                    "Người dân góp công làm đường.", "Con đường mới rộng 5 mét.", "PV",
                    date(2020, 1 + i, 3), "Nông thôn mới", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            out.add(article(2000 + i, "Làm thủ tục hành chính trực tuyến, kỳ " + (i + 1),
                    "Người dân làm thủ tục qua mạng.", "Thủ tục được rút gọn.", "PV",
                    date(2021, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 8; i++) {
            out.add(article(3000 + i, "Trường học lạm thu tiền của phụ huynh, vụ " + (i + 1),
                    "Phụ huynh phản ánh việc lạm thu đầu năm học.", "Nhà trường phải trả lại tiền.", "PV",
                    date(2022, 9, 1 + i), "Giáo dục", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aWordItsOtherNeighbourConfirmsIsNotReadAsMistyped() {
        SearchResult r = archive.search().search(SearchRequest.builder("phụ huynh Hà Tĩnh lạm thu").build());

        assertThat(r.suggestion()).isNull();
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().getFirst().title()).contains("lạm thu");
    }
}
