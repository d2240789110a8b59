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
 * A misspelt word is read as the word the one before it is written beside, when that is two slips away: "tàu
 * ngầng" is the submarine ("tàu ngầm"), not "tàu ngưng", though "ngưng" is one edit from what was typed. A name
 * stays the user's: two edits from a name is another name.
 */
class WordsBesideSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WordsBesideSpellingTest::articles);

    static final long FIRST_SUBMARINE = 100;
    static final int SUBMARINES = 12;

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 40));
        for (int i = 0; i < SUBMARINES; i++) {
            out.add(article(FIRST_SUBMARINE + i, "Triều Tiên phóng tên lửa từ tàu ngầm, lần " + (i + 1),
                    "Tàu ngầm phóng tên lửa đạn đạo.", "Vụ phóng được truyền hình.", "PV", date(2017, 1 + i, 3),
                    "Thế giới", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(200 + i, "Nhà máy ngưng hoạt động, đợt " + (i + 1), "Công nhân ngưng việc.",
                    "Sản xuất ngưng trệ.", "PV", date(2018, 1 + i % 12, 4), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(300 + i, "Ca sĩ Sơn Tùng ra mắt ca khúc, lần " + (i + 1), "Sơn Tùng biểu diễn.",
                    "Khán giả cổ vũ.", "PV", date(2019, 1 + i, 5), "Giải trí", List.of(), List.of()));
        }
        // words one edit from "ngầng", more than the spelling checker keeps: "ngầm", two edits away, is not among them
        out.add(article(500, "Ghi chép vùng cao", "Những tiếng lạ tai.",
                "ngang ngàng ngáng ngảng ngãng ngạng ngăng ngằng ngắng ngẳng ngẵng ngặng ngâng ngấng ngẩng ngẫng "
                        + "ngậng ngưng ngừng nhầng nghầng ngầnh ngầg ngầngg",
                "PV", date(2019, 1, 2), "Xã hội", List.of(), List.of()));
        out.add(article(400, "Tàu hàng vào cảng Sơn Dương", "Cảng Sơn Dương đón tàu.", "Hàng hóa được bốc dỡ.",
                "PV", date(2020, 2, 2), "Kinh tế", List.of(), List.of()));
        return out;
    }

    private static String spelt(String query) {
        SpellingCorrection c = new SpellingCorrection(new WordFormsCache(archive.index(),
                org.slf4j.LoggerFactory.getLogger(WordsBesideSpellingTest.class)));
        return archive.index().withSearcher(s -> c.spell(s, query));
    }

    @Test
    void aSlipInsideACommonPairIsThePair() {
        assertThat(spelt("phóng tên lửa từ tàu ngầng")).isEqualTo("phóng tên lửa từ tàu ngầm");
        SearchResult r = archive.search().search(SearchRequest.builder("phóng tên lửa từ tàu ngầng").build());
        assertThat(r.hits()).isNotEmpty()
                .allMatch(h -> h.id() >= FIRST_SUBMARINE && h.id() < FIRST_SUBMARINE + SUBMARINES);
    }

    @Test
    void aWordTwoEditsFromAnotherBeginningIsAnotherWordAndANameStaysTheUsers() {
        assertThat(spelt("cảng sơn dướng")).doesNotContain("tùng");
        assertThat(spelt("cảng Sơn Dướng")).doesNotContain("Tùng");
    }
}
