package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * "Có phải bạn muốn tìm" must not tell a user who typed correctly that they did not: a word that makes a common
 * pair with its other neighbour is what the user meant, and a plain syllable offered for an accented word is
 * counted as it would be written, not as every accented form it folds like.
 */
class RealWordNeighbourTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RealWordNeighbourTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(article(1000 + i, "Hà Tĩnh đón nhà đầu tư, kỳ " + (i + 1), "Tỉnh Hà Tĩnh thu hút đầu tư.",
                    "Hà Tĩnh có nhiều dự án mới.", "PV", date(2020, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(),
                    List.of()));
        }
        // "tinh chất" (an essence) is a common pair, and these articles hold every syllable of "Hà Tinh chất vấn"
        for (int i = 0; i < 60; i++) {
            articles.add(article(2000 + i, "Tinh chất nghệ cho làn da, kỳ " + (i + 1), "Tinh chất nghệ được ưa chuộng.",
                    "Chuyên gia ở Hà Nội tư vấn cách dùng tinh chất.", "PV", date(2021, 1 + i % 12, 1 + i % 28),
                    "Sức khỏe", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            articles.add(article(3000 + i, "Đại biểu chất vấn về giá điện, phiên " + (i + 1), "Phiên chất vấn sôi nổi.",
                    "Nhiều câu hỏi được đặt ra.", "PV", date(2022, 5, 1 + i), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            articles.add(article(3500 + i, "Kỳ họp HĐND tỉnh, phiên " + (i + 1), "Hà Tĩnh tổ chức kỳ họp.",
                    "Đại biểu chất vấn lãnh đạo sở.", "PV", date(2022, 7, 1 + i), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 60; i++) {
            articles.add(article(4000 + i, "Du lịch núi Hồng Lĩnh, kỳ " + (i + 1), "Thị xã Hồng Lĩnh đón khách.",
                    "Núi Hồng Lĩnh có chín mươi chín ngọn.", "PV", date(2023, 1 + i % 12, 1 + i % 28), "Du lịch",
                    List.of(), List.of()));
        }
        // a singer named Hồng Linh: "hồng linh" folds like "Hồng Lĩnh" but is written so only here
        for (int i = 0; i < 3; i++) {
            articles.add(article(5000 + i, "Ca sĩ Hồng Linh ra album, phần " + (i + 1), "Ca sĩ Hồng Linh trở lại.",
                    "Hồng Linh hát nhạc trữ tình.", "PV", date(2023, 2, 1 + i), "Văn hóa", List.of(), List.of()));
        }
        // "lỉnh" (lỉnh kỉnh, cumbersome) is a common syllable of its own
        for (int i = 0; i < 55; i++) {
            articles.add(article(6000 + i, "Mẹo dọn nhà gọn gàng, kỳ " + (i + 1), "Bớt đồ đạc trong nhà.",
                    "Đồ đạc lỉnh kỉnh chiếm chỗ.", "PV", date(2024, 1 + i % 12, 1 + i % 28), "Đời sống", List.of(),
                    List.of()));
        }
        return articles;
    }

    private static String realWords(String query) {
        RealWordCorrection correction = new RealWordCorrection(TextAnalysis.get(),
                new WordFormsCache(archive.index(), LoggerFactory.getLogger(RealWordNeighbourTest.class)));
        return archive.index().withSearcher(s -> correction.correct(s, query));
    }

    @Test
    void aWordInACommonPairWithItsOtherNeighbourIsNotCorrected() {
        // "Tĩnh chất" is never written, but "Hà Tĩnh" and "chất vấn" are: the user meant every word
        SearchResult r = archive.search().search(SearchRequest.builder("Hà Tĩnh chất vấn").build());

        assertThat(r.strictTotal()).isEqualTo(5);
        assertThat(r.hits()).first().matches(h -> h.id() >= 3500 && h.id() < 3505);
        assertThat(realWords("Hà Tĩnh chất vấn")).isEmpty();
        assertThat(r.suggestion()).isNull();
        assertThat(r.correctedQuery()).isNull();
    }

    @Test
    void aPlainSyllableIsNotOfferedForAnAccentedWordBecauseItsFoldedPairIsCommon() {
        // the search itself already reads "Hồng Lỉnh" as the frequent "Hồng Lĩnh"; the correction must agree
        assertThat(realWords("núi Hồng Lỉnh")).isEqualTo("núi Hồng Lĩnh");
    }

    @Test
    void oneWordThatReadsAsTelexInAPlainQueryIsNoTelexQuery() {
        assertThat(TelexReading.mostWordsRepaired("aff cup 2018 viet nam vo dich", "à cup 2018 viet nam vo dich"))
                .isFalse();
        assertThat(TelexReading.mostWordsRepaired("chays ruwngf thoong Hoongf Lixnh", "cháy rừng thông Hồng Lĩnh"))
                .isTrue();
        assertThat(TelexReading.mostWordsRepaired("gia1 va2ng SJC ho6m nay", "giá vàng SJC hôm nay")).isTrue();
        assertThat(TelexReading.mostWordsRepaired("nhaf", "nhà")).isTrue();
        // keystrokes no other writing has count twice: codes and foreign words have no marks to leave
        assertThat(TelexReading.mostWordsRepaired("ddawng cai SEA Games", "đăng cai SEA Games")).isTrue();
        assertThat(TelexReading.mostWordsRepaired("xe khachs Phuowng Trang QL1A", "xe khách Phương Trang QL1A"))
                .isTrue();
        assertThat(TelexReading.mostWordsRepaired("AFF Cup 2018 Viet Nam", "à Cup 2018 Viet Nam")).isFalse();
        assertThat(TelexReading.mostWordsRepaired("xe khachs Phuong Trang QL1A", "xe khách Phuong Trang QL1A"))
                .as("a tone letter alone could end an English word").isFalse();
    }
}
