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
 * A mistyped pair the search reads as meant is shown in the spelling one mark away from the typed one, before a
 * more frequent spelling further off (a trial's query {@code thủy điện Bản Vẻ xả lũ} was offered "Bản Về", from
 * "văn bản về", for the dam Bản Vẽ).
 */
class MisreadPairSlipTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MisreadPairSlipTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 40; i++) {
            out.add(article(100 + i, "Ban hành văn bản về quản lý đất đai, đợt " + (i + 1),
                    "Tỉnh ban hành văn bản về đất đai.", "Văn bản về đất đai có hiệu lực từ tháng sau.", "PV",
                    date(2019, 1 + i % 12, 2), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 15; i++) {
            out.add(article(200 + i, "Thủy điện Bản Vẽ xả lũ, lần " + (i + 1),
                    "Thủy điện Bản Vẽ mở cửa xả đáy.", "Người dân vùng hạ du sông Cả được cảnh báo.", "PV",
                    date(2018, 1 + i % 12, 3), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theSpellingOneMarkAwayIsShownBeforeAMoreFrequentOne() {
        SearchResult r = archive.search().search(SearchRequest.builder("thủy điện Bản Vẻ xả lũ").build());

        assertThat(r.hits()).extracting(SearchHit::id).contains(200L);
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("thủy điện Bản Vẽ xả lũ");
    }

    @Test
    void aMarkIsTheToneOrOneLettersVowelMark() {
        assertThat(WordForms.markChanges("vẻ", "vẽ")).isEqualTo(1);
        assertThat(WordForms.markChanges("vẻ", "về")).isEqualTo(2);
        assertThat(WordForms.markChanges("lỉnh", "lĩnh")).isEqualTo(1);
        assertThat(WordForms.markChanges("cụ", "cự")).isEqualTo(1);
        assertThat(WordForms.markChanges("dinh", "đình")).isEqualTo(2);
    }
}
