package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * A slip in a place of Hà Tĩnh is corrected to the place: "huyện Đức Thợ" is the district of Đức Thọ, not the Đà
 * Nẵng chairman Huỳnh Đức Thơ, whom more titles name; "Hương Sởn" is Hương Sơn, though the two fold alike.
 */
class SpellingPlacesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SpellingPlacesTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 12; i++) {
            out.add(article(100 + i, "Huyện Đức Thọ về đích nông thôn mới, xã thứ " + (i + 1),
                    "Người dân Đức Thọ chung tay làm đường.", "Huyện Đức Thọ hoàn thành các tiêu chí.", "PV",
                    date(2019, 1 + i % 12, 2), "Xã hội", List.of(), List.of()));
            out.add(article(200 + i, "Tai nạn giao thông ở huyện Hương Sơn, vụ " + (i + 1),
                    "Xe tải va chạm xe máy trên quốc lộ qua Hương Sơn.", "Một người bị thương.", "PV",
                    date(2020, 1 + i % 12, 3), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 16; i++) {
            out.add(article(300 + i, "Chủ tịch Huỳnh Đức Thơ làm việc với doanh nghiệp, buổi " + (i + 1),
                    "Ông Huỳnh Đức Thơ đề nghị tháo gỡ vướng mắc.", "Ông Huỳnh Đức Thơ chủ trì buổi làm việc.", "PV",
                    date(2018, 1 + i % 12, 4), "Chính trị", List.of(), List.of()));
        }
        // "thợ" is a common word, so "Thợ" may be a real word typed for another
        for (int i = 0; i < 55; i++) {
            out.add(article(400 + i, "Người thợ xây cần mẫn, kỳ " + (i + 1), "Anh thợ làm việc từ sáng sớm.",
                    "Những người thợ lành nghề được trọng dụng.", "PV", date(2021, 1 + i % 12, 5), "Đời sống",
                    List.of(), List.of()));
        }
        out.add(article(500, "Chuyện rợn người khiến ai cũng sởn gai ốc", "Câu chuyện lan truyền trên mạng.",
                "Nhiều người đọc xong thấy sởn da gà.", "PV", date(2021, 6, 6), "Đời sống", List.of(), List.of()));
        return out;
    }

    private static String pairs(String query) {
        RealWordCorrection c = new RealWordCorrection(TextAnalysis.get(),
                new WordFormsCache(archive.index(), org.slf4j.LoggerFactory.getLogger(SpellingPlacesTest.class)));
        return archive.index().withSearcher(s -> c.correct(s, query));
    }

    private static String words(String query) {
        SpellingCorrection c = new SpellingCorrection(
                new WordFormsCache(archive.index(), org.slf4j.LoggerFactory.getLogger(SpellingPlacesTest.class)));
        return archive.index().withSearcher(s -> c.spell(s, query));
    }

    @Test
    void aRealWordSlipInAPlaceIsThePlace() {
        assertThat(pairs("huyện Đức Thợ về đích")).isEqualTo("huyện Đức Thọ về đích");
    }

    @Test
    void aRareWordThatFoldsLikeThePlaceIsNotConfirmedByIt() {
        assertThat(words("tai nạn Hương Sởn")).isEqualTo("tai nạn Hương Sơn");
    }
}
