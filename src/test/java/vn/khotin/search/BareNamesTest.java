package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/** A name the archive writes without diacritics ("Nha Trang") is not offered accents ("Nhà Trắng"). */
class BareNamesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BareNamesTest::articles).withSuggestionsReady();

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 5; i++) {
            out.add(article(400 + i, "Du khách đổ về Nha Trang, ngày " + (i + 1), "Biển Nha Trang đông khách.",
                    "Khách sạn ở Nha Trang kín phòng.", "PV", date(2019, 6, 1 + i), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(500 + i, "Nhà Trắng lên tiếng về thương mại, lần " + (i + 1),
                    "Người phát ngôn Nhà Trắng trả lời báo chí.", "Nhà Trắng cho biết sẽ đàm phán.", "PV",
                    date(2019, 7, 1 + i), "Quốc tế", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(600 + i, "Hà Tĩnh ra quân làm đường, đợt " + (i + 1), "Người dân Hà Tĩnh góp công.",
                    "Các xã của Hà Tĩnh hoàn thành kế hoạch.", "PV", date(2020, 3, 1 + i), "Xã hội", List.of(),
                    List.of()));
        }
        return out;
    }

    @Test
    void aNameWrittenWithoutDiacriticsIsNotOfferedAccents() {
        SearchResult r = archive.search().search(SearchRequest.builder("Nha Trang").build());
        assertThat(r.suggestion()).as("titles write 'Nha Trang' as typed").isNull();
        assertThat(r.hits()).extracting(SearchHit::id).contains(400L, 401L, 402L, 403L, 404L);
    }

    @Test
    void aNameTheArchiveWritesWithDiacriticsIsStillOfferedThem() {
        SearchResult r = archive.search().search(SearchRequest.builder("Ha Tinh").build());
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("Hà Tĩnh");
    }
}
