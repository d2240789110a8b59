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
 * A word typed with its diacritics is required whole, as the same word typed without them is: {@code động đất} is
 * the earthquakes, not every article with "người lao động" and "đất" somewhere in it. On the 1,500-article demo
 * "động đất" matched 181 articles, 6 of them about an earthquake, and a researcher sorting them by date saw the
 * others first; on the 82k evaluation archive 9,769, of which 337 write the word.
 */
class AccentedWordsWholeTest {

    static final int EARTHQUAKES = 12;
    static final int LABOUR_AND_LAND = 20;
    static final int PARKS = 3;
    static final int WORKERS_AND_STAFF = 15;
    static final int OFFICERS = 12;
    static final int OFFICERS_SPELT_WITH_Y = 2;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(AccentedWordsWholeTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < EARTHQUAKES; i++) {
            articles.add(article(1 + i, "Rung lắc nhẹ ở miền núi, lần " + (i + 1), "Người dân cảm nhận rõ.",
                    "Một trận động đất nhỏ xảy ra ở huyện Hương Sơn, chưa gây thiệt hại.", "PV",
                    date(2019, 1 + i, 5), "Xã hội", List.of(), List.of()));
        }
        // newer than every earthquake: sorted by date they came first
        for (int i = 0; i < LABOUR_AND_LAND; i++) {
            articles.add(article(100 + i, "Giải quyết việc làm, đợt " + (i + 1), "Hỗ trợ người lao động.",
                    "Người lao động ở cơ quan, doanh nghiệp được giao đất sản xuất.", "PV",
                    date(2023, 1 + i % 12, 7), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < PARKS; i++) {
            articles.add(article(200 + i, "Khánh thành khu vui chơi, số " + (i + 1), "Thành phố thêm mảng xanh.",
                    "Công viên mới mở cửa đón Tết, rộng hai héc ta bên bờ sông.", "PV", date(2018, 1 + i, 9), "Xã hội",
                    List.of(), List.of()));
        }
        for (int i = 0; i < WORKERS_AND_STAFF; i++) {
            articles.add(article(300 + i, "Chăm lo đời sống cơ sở, kỳ " + (i + 1), "Quan tâm người lao động.",
                    "Công nhân và viên chức được thăm hỏi dịp Tết.", "PV", date(2024, 1 + i % 12, 3), "Xã hội",
                    List.of(), List.of()));
        }
        for (int i = 0; i < OFFICERS; i++) {
            articles.add(article(400 + i, "Tuyển sinh quân đội, đợt " + (i + 1), "Thanh niên hăng hái.",
                    "Các sĩ quan trẻ về địa phương tuyên truyền.", "PV", date(2020, 1 + i, 11), "Quốc phòng",
                    List.of(), List.of()));
        }
        for (int i = 0; i < OFFICERS_SPELT_WITH_Y; i++) {
            articles.add(article(500 + i, "Gặp mặt cựu chiến binh, lần " + (i + 1), "Ôn lại truyền thống.",
                    "Nhiều sỹ quan về hưu tham dự.", "PV", date(2021, 1 + i, 11), "Quốc phòng",
                    List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aWordTypedWithDiacriticsCountsOnlyWhereItIsWrittenWhole() {
        SearchResult r = archive.search()
                .search(SearchRequest.builder("động đất").sort(SearchRequest.Sort.NEWEST).build());

        assertThat(r.total()).as("the earthquakes, not 'người lao động … đất'").isEqualTo(EARTHQUAKES);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isLessThan(100));
        assertThat(r.syllablesApart()).isFalse();
    }

    @Test
    void aWordAloneKeepsTheFewArticlesThatWriteItWhole() {
        SearchResult r = archive.search()
                .search(SearchRequest.builder("công viên").sort(SearchRequest.Sort.NEWEST).build());

        assertThat(r.syllablesApart()).as("'công nhân và viên chức' is no park").isFalse();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(202L, 201L, 200L);
    }

    @Test
    void besideOtherWordsFewerThanAPageWrittenWholeFallsBackToTheSyllablesWithThoseFirst() {
        SearchResult r = archive.search()
                .search(SearchRequest.builder("công viên tết").sort(SearchRequest.Sort.NEWEST).build());

        assertThat(r.syllablesApart()).isTrue();
        assertThat(r.total()).isEqualTo(PARKS + WORKERS_AND_STAFF);
        assertThat(r.hits()).extracting(SearchHit::id).startsWith(202L, 201L, 200L);
    }

    @Test
    void eitherSpellingOfIAndYIsTheWordWritten() {
        assertThat(archive.search().search(SearchRequest.builder("sỹ quan").build()).total())
                .isEqualTo(OFFICERS + OFFICERS_SPELT_WITH_Y);
        assertThat(archive.search().search(SearchRequest.builder("sĩ quan").build()).total())
                .isEqualTo(OFFICERS + OFFICERS_SPELT_WITH_Y);
    }
}
