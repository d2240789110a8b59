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
 * Queries typed right are offered nothing, though a word of them reads as a slip (false alarms found by asking for
 * suggestions on 1,500 fragments of corpus titles): a syllable typed without diacritics that is a word as typed
 * ("doanh thu năm 2020", not "doanh thứ năm", Thursday's), and a team's code ("U17", not VNI keystrokes for "Ứ").
 */
class WordsMeantAsTypedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WordsMeantAsTypedTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(article(1000 + i, "Doanh thu năm 2020 của doanh nghiệp tăng, kỳ " + (i + 1),
                    "Doanh thu năm nay vượt kế hoạch.", "Doanh nghiệp nộp ngân sách đầy đủ.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 120; i++) {
            out.add(article(2000 + i, "Chợ phiên thứ năm ở vùng cao, phiên " + (i + 1),
                    "Thứ năm hằng tuần bà con họp chợ.", "Các doanh nghiệp bán hàng vào thứ năm, năm 2020.", "PV",
                    date(2021, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(3000 + i, "Đội U17 Hà Tĩnh vào chung kết U17 quốc gia, trận " + (i + 1),
                    "Các cầu thủ U17 thi đấu xuất sắc.", "Trận chung kết U17 diễn ra tối qua.", "PV",
                    date(2022, 1 + i, 4), "Thể thao", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(3500 + i, "Nước ứ đọng trên sân sau trận chung kết, lần " + (i + 1),
                    "Mặt sân ứ nước.", "Ban tổ chức khắc phục.", "PV", date(2022, 1 + i % 12, 6), "Thể thao",
                    List.of(), List.of()));
        }
        return out;
    }

    private static String offered(String query) {
        SearchResult r = archive.search().search(SearchRequest.builder(query).build());
        return r.suggestion() != null ? r.suggestion().query() : r.correctedQuery();
    }

    @Test
    void aBareSyllableThatIsAWordAsTypedIsNotRestored() {
        assertThat(offered("doanh thu năm 2020")).isNull();
    }

    @Test
    void aCodeOfLettersAndDigitsTheArchiveWritesIsNoTelex() {
        assertThat(offered("chung kết U17")).isNull();
        assertThat(offered("chung kết u17")).isNull();
        // a word in capitals counts once among the words a reading changes, whatever its digits
        assertThat(TelexReading.mostWordsRepaired("chung kết U17", "chung kết Ứ")).isFalse();
        assertThat(TelexReading.mostWordsRepaired("ddawng cai SEA Games", "đăng cai SEA Games")).isTrue();
    }

    @Test
    void aHalfAccentedPairTheArchiveDoesNotWriteIsStillRestored() {
        assertThat(offered("chợ phiên thu năm")).isEqualTo("chợ phiên thứ năm");
    }
}
