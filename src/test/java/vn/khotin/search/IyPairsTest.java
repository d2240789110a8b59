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
 * A word of two syllables with one typed bare and the other spelt with i or y ("sĩ quan" or "sỹ quan", "lý do" or
 * "lí do") finds the articles that write it either way, side by side. On the 82k archive "sĩ quan" found 922
 * articles, "sỹ quan" 9,750 ("ca sĩ" in one sentence, "cơ quan" in another), "lí do" 35,062 against "lý do" 7,083.
 */
class IyPairsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(IyPairsTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(article(1000 + i, "Sĩ quan biên phòng cứu người, số " + (i + 1), "Một sĩ quan trẻ lên đường.",
                    "Anh được khen thưởng.", "PV", date(2020, 1 + i, 2), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(2000 + i, "Sỹ quan quân đội về thăm trường cũ, lần " + (i + 1),
                    "Các sỹ quan gặp lại thầy cô.", "Buổi gặp mặt xúc động.", "PV", date(2021, 1 + i, 2), "Giáo dục",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(3000 + i, "Ca sĩ trẻ ra mắt album, số " + (i + 1), "Nữ ca sĩ hát tại cơ quan văn hóa.",
                    "Khán giả quan tâm.", "PV", date(2022, 1 + i % 12, 5), "Văn hóa", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void eitherSpellingFindsBothAndOnlyTheWord() {
        SearchResult withI = archive.search().search(SearchRequest.builder("sĩ quan").build());
        SearchResult withY = archive.search().search(SearchRequest.builder("sỹ quan").build());

        assertThat(withI.total()).isEqualTo(13);
        assertThat(withY.total()).isEqualTo(13);
    }
}
