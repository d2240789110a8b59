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
 * Words without diacritics in a query typed with them ({@link IntendedAccents}): only an accented neighbour tells
 * whether one was typed as meant, and a word read as typed is what it is as typed, a function word included.
 */
class BareWordsAsTypedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BareWordsAsTypedTest::articles);

    static final long FIRST_CAVE = 9000;
    static final long SHOPS_BY_THE_CABLE_CAR = 9100;
    static final long FIRST_SHOP = 9200;
    static final long FIRST_SMUGGLING = 9300;
    static final long SEIZURE_AT_THE_GATE = 9400;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 3; i++) {
            out.add(article(FIRST_CAVE + i, "Tranh cãi dự án cáp treo vào hang Sơn Đoòng, kỳ " + (i + 1),
                    "Các nhà khoa học phản đối cáp treo vào hang Sơn Đoòng.", "Hang Sơn Đoòng là hang động lớn nhất.",
                    "PV", date(2019, 1, 1 + i), "Du lịch", List.of(), List.of()));
        }
        // "treo hàng" is written often: the folded pair "treo hang" says nothing about the "hang" of the query
        for (int i = 0; i < 12; i++) {
            out.add(article(FIRST_SHOP + i, "Tiểu thương treo hàng kín vỉa hè, phố " + (i + 1),
                    "Các cửa hàng treo hàng lấn chiếm vỉa hè.", "Phường nhắc nhở các hộ kinh doanh.", "PV",
                    date(2020, 2, 1 + i), "Đô thị", List.of(), List.of()));
        }
        out.add(article(SHOPS_BY_THE_CABLE_CAR, "Hàng quán mọc lên quanh ga cáp treo",
                "Hàng chục quán ăn phục vụ du khách đi cáp treo.", "Du khách hỏi đường tới Sơn Đoòng.", "PV",
                date(2020, 3, 1), "Du lịch", List.of(), List.of()));
        // "ma túy qua" is written as typed: the "qua" of the query is the preposition
        for (int i = 0; i < 3; i++) {
            out.add(article(FIRST_SMUGGLING + i, "Vận chuyển ma túy qua biên giới, vụ " + (i + 1),
                    "Đối tượng vận chuyển ma túy qua biên giới Việt - Lào.", "Lực lượng biên phòng bắt giữ.", "PV",
                    date(2021, 4, 1 + i), "Pháp luật", List.of(), List.of()));
        }
        out.add(article(SEIZURE_AT_THE_GATE, "Bắt giữ ma túy tại cửa khẩu Cầu Treo",
                "Biên phòng cửa khẩu Cầu Treo bắt giữ đối tượng mang 2.000 viên ma túy.", "Đối tượng khai nhận.",
                "PV", date(2021, 5, 1), "Pháp luật", List.of(), List.of()));
        return out;
    }

    @Test
    void aBareWordBesideAnotherBareWordIsJudgedByItsAccentedNeighbour() {
        assertThat(ids("cáp treo hang Sơn Đoòng")).as("'hang' (cave) as typed, not 'hàng' (goods, shops)")
                .containsExactlyInAnyOrder(FIRST_CAVE, FIRST_CAVE + 1, FIRST_CAVE + 2);
    }

    @Test
    void aBareFunctionWordReadAsTypedIsNotRequired() {
        assertThat(ids("ma túy qua Cau Treo")).as("'qua' is the preposition, as in the accented query")
                .contains(SEIZURE_AT_THE_GATE);
        assertThat(ids("ma túy qua Cau Treo")).isEqualTo(ids("ma túy qua Cầu Treo"));
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).lenient(false).size(50).build()).hits().stream()
                .map(SearchHit::id).toList();
    }
}
