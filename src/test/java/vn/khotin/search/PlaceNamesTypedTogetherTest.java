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
                        "Ông sinh ra ở Thừa Thiên Huế.", "PV", date(2020, 5, 1), "Thời sự", List.of(), List.of()));
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).size(20).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void placesTypedTogetherAreThesePlaces() {
        assertThat(ids("Pháp Đức Anh")).contains(THREE_COUNTRIES).doesNotContain(FRANCE_ONLY);
        assertThat(ids("Hà Nội Đà Nẵng Huế")).containsExactly(THREE_CITIES);
    }

    @Test
    void aRunSomeArticleWritesStaysOneName() {
        assertThat(ids("Lê Đức Anh")).containsExactlyInAnyOrder(GENERAL, GENERAL_OTHER);
    }
}
