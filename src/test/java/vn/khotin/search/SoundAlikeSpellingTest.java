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
 * A word the archive does not have is read as its sound-alike (s for x, ch for tr, l for n …) before a commoner word
 * a letter away: "sác cá heo" (blind trial 5) is "xác cá heo", a dolphin's carcass, not "các cá heo", though "các
 * cá" (of "các cá nhân") stands in more titles than "xác cá"; and a sound-alike is asked even for a word too short
 * for the spelling checker ("bão nũ" is "bão lũ").
 */
class SoundAlikeSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SoundAlikeSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(100 + i, "Xác cá heo dạt vào bờ biển, lần " + (i + 1),
                    "Người dân phát hiện xác cá heo nặng hàng tạ.", "Xác cá heo đã được chôn lấp.", "PV",
                    date(2020, 1 + i, 2), "Môi trường", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            articles.add(article(300 + i, "Các cá nhân vi phạm bị xử phạt, đợt " + (i + 1),
                    "Các cá nhân và tổ chức phải nộp phạt.", "Các cá nhân đã nộp phạt.", "PV",
                    date(2021, 1 + i % 12, 3), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(article(700 + i, "Bão lũ gây thiệt hại nặng ở miền Trung, đợt " + (i + 1),
                    "Bão lũ làm nhiều nhà bị ngập.", "Người dân khắc phục hậu quả sau bão lũ.", "PV",
                    date(2020, 1 + i, 9), "Thời sự", List.of(), List.of()));
        }
        articles.add(article(500, "Cá heo biểu diễn ở thủy cung", "Các cá heo được huấn luyện.",
                "Khán giả thích thú.", "PV", date(2022, 5, 5), "Giải trí", List.of(), List.of()));
        return articles;
    }

    @Test
    void aSoundAlikeWinsOverACommonerWordALetterAway() {
        SearchResult typed = archive.search().search(SearchRequest.builder("sác cá heo").build());
        String offered = typed.suggestion() != null ? typed.suggestion().query() : typed.correctedQuery();
        assertThat(offered).isEqualTo("xác cá heo");
    }

    @Test
    void aWordTooShortForTheSpellingCheckerStillGetsItsSoundAlike() {
        // "nũ" has two letters: the spelling checker gives no neighbours below three
        SearchResult typed = archive.search().search(SearchRequest.builder("bão nũ").build());
        String offered = typed.suggestion() != null ? typed.suggestion().query() : typed.correctedQuery();
        assertThat(offered).isEqualTo("bão lũ");
    }
}
