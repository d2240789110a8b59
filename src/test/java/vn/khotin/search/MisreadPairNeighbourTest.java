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
 * A mistyped pair is shown as the archive writes it, choosing among its spellings one whose changed word the archive
 * also writes beside the word after it (blind trial 7: "súng tự chế bắn vào hóc mắt bé 3 tuổi" was offered "vào học
 * mắt", the more frequent pair "vào học" beside a "học mắt" no title writes, for "vào hốc mắt").
 */
class MisreadPairNeighbourTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MisreadPairNeighbourTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(article(1000 + i, "Học sinh vào học năm mới, lớp " + (i + 1), "Các em vào học từ sáng sớm.",
                    "Nhà trường đón học sinh.", "PV", date(2020, 9, 1 + i % 28), "Giáo dục", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(2000 + i, "Viên đạn bi găm vào hốc mắt bé trai, vụ " + (i + 1),
                    "Bé bị bắn vào hốc mắt khi chơi.", "Bác sĩ lấy viên đạn ra.", "PV", date(2021, 3, 1 + i),
                    "Sức khỏe", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theSpellingShownFitsTheWordAfterThePair() {
        Suggestion s = archive.search().search(SearchRequest.builder("bắn vào hóc mắt").build()).suggestion();

        assertThat(s).isNotNull();
        assertThat(s.query()).isEqualTo("bắn vào hốc mắt");
    }
}
