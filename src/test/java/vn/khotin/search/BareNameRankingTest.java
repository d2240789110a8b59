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
 * A capitalised name typed without diacritics that the archive writes so ("Nha Trang", the city) ranks the articles
 * that write it as typed above those it matches only folded ("Nhà Trắng", the White House, far more often in the
 * news), while still finding both: the user may have meant either.
 */
class BareNameRankingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BareNameRankingTest::articles);

    static final long FIRST_CITY = 7700;
    static final long FIRST_WHITE_HOUSE = 7720;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 4; i++) {
            out.add(article(FIRST_CITY + i, "Lễ hội biển ở thành phố Nha Trang thu hút du khách, năm " + (2015 + i),
                    "Các hoạt động văn hóa diễn ra dọc bờ biển Nha Trang suốt tuần lễ.",
                    "Du khách trong và ngoài nước đổ về Khánh Hòa dự lễ hội.", "PV", date(2015 + i, 6, 1), "Du lịch",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(FIRST_WHITE_HOUSE + i, "Nhà Trắng lên tiếng, lần " + (i + 1),
                    "Người phát ngôn Nhà Trắng trả lời báo chí.", "Washington, Nhà Trắng.", "PV",
                    date(2018, 3, 1 + i), "Thế giới", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theNameWrittenAsTypedRanksFirst() {
        SearchResult r = archive.search().search(SearchRequest.builder("Nha Trang").build());
        assertThat(r.hits()).extracting(SearchHit::id).startsWith(FIRST_CITY, FIRST_CITY + 1, FIRST_CITY + 2,
                FIRST_CITY + 3).hasSize(10);
        assertThat(r.total()).as("the White House stories are still found").isEqualTo(16);
    }

    @Test
    void typedInLowerCaseBothReadingsRankByTheirWords() {
        SearchResult r = archive.search().search(SearchRequest.builder("nha trang").build());
        assertThat(r.total()).isEqualTo(16);
        assertThat(r.hits()).extracting(SearchHit::id).anyMatch(id -> id >= FIRST_WHITE_HOUSE)
                .as("a lower-case query is not read as the name").first().isNotEqualTo(FIRST_CITY);
    }
}
