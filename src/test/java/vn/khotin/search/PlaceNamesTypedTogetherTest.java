package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * Places typed one after another without commas ("Pháp Đức Anh", "Hà Nội Đà Nẵng Huế") that no article writes as one
 * name are these places: required as one name, they found nothing. A run some article does write stays one name.
 */
class PlaceNamesTypedTogetherTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PlaceNamesTypedTogetherTest::articles);

    static final long THREE_COUNTRIES = 100;
    static final long THREE_CITIES = 101;
    static final long FRANCE_ONLY = 102;
    static final long GENERAL = 103;
    static final long GENERAL_OTHER = 104;
    static final long SUMMIT = 105;
    static final long GENERAL_FRANCE = 106;

    private static List<Article> articles() {
        return List.of(
                article(THREE_COUNTRIES, "Anh, Pháp, Đức kêu gọi đối thoại", "Ba nước châu Âu ra tuyên bố chung.",
                        "Ngoại trưởng Đức chủ trì cuộc họp.", "PV", date(2020, 1, 1), "Thế giới", List.of(), List.of()),
                article(THREE_CITIES, "Du lịch hè: Đà Nẵng, Huế hút khách", "Khách từ Hà Nội đổ về miền Trung.",
                        "Các khách sạn ở Huế kín phòng.", "PV", date(2020, 2, 1), "Du lịch", List.of(), List.of()),
                article(FRANCE_ONLY, "Pháp mở cửa biên giới", "Du khách được nhập cảnh trở lại.",
                        "Các chuyến bay được nối lại.", "PV", date(2020, 3, 1), "Thế giới", List.of(), List.of()),
                article(GENERAL, "Tưởng nhớ Đại tướng Lê Đức Anh", "Lễ viếng nguyên Chủ tịch nước Lê Đức Anh.",
                        "Đoàn đại biểu từ Pháp gửi lời chia buồn.", "PV", date(2020, 4, 1), "Thời sự", List.of(), List.of()),
                article(GENERAL_OTHER, "Lê Đức Anh, người lính", "Cuộc đời nguyên Chủ tịch nước Lê Đức Anh.",
                        "Ông sinh ra ở Thừa Thiên Huế.", "PV", date(2020, 5, 1), "Thời sự", List.of(), List.of()),
                article(SUMMIT, "Hội nghị thượng đỉnh bế mạc", "Lãnh đạo các nước cam kết hợp tác.",
                        "Đại diện Anh, Pháp, Đức cùng ký tuyên bố chung về khí hậu.", "PV", date(2020, 6, 1), "Thế giới",
                        List.of(), List.of()),
                article(GENERAL_FRANCE, "Đại tướng Lê Đức Anh tiếp khách", "Đoàn đại biểu Pháp thăm Việt Nam.",
                        "Hai bên trao đổi về hợp tác.", "PV", date(2020, 7, 1), "Thời sự", List.of(), List.of()));
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).size(20).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void placesTypedTogetherAreThesePlaces() {
        assertThat(ids("Pháp Đức Anh")).startsWith(THREE_COUNTRIES).doesNotContain(FRANCE_ONLY);
        assertThat(ids("Hà Nội Đà Nẵng Huế")).containsExactly(THREE_CITIES);
    }

    /**
     * The proximity boost reads the places apart ("Pháp, Đức, Anh"): as one run, its pair "Đức Anh" ranked the
     * articles on General Lê Đức Anh second to fourth of the 82k archive for {@code Pháp Đức Anh}.
     */
    @Test
    void theProximityBoostReadsThePlacesApart() throws Exception {
        QueryUnits units = new QueryUnits(vn.khotin.index.TextAnalysis.get().vietnamese());
        String places = archive.index().withSearcher(s -> PlaceNames.canonicalText(
                units.of(List.of("Pháp", "Đức", "Anh", "hợp", "tác")), null, s.getIndexReader()));
        assertThat(places).isEqualTo("Pháp, Đức, Anh hợp tác");
        String general = archive.index().withSearcher(s -> PlaceNames.canonicalText(
                units.of(List.of("Lê", "Đức", "Anh")), null, s.getIndexReader()));
        assertThat(general).isEqualTo("Lê Đức Anh");
    }

    @Test
    void aRunSomeArticleWritesStaysOneName() {
        assertThat(ids("Lê Đức Anh")).containsExactlyInAnyOrder(GENERAL, GENERAL_OTHER, GENERAL_FRANCE);
    }
}
