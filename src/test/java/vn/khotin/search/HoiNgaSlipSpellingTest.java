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
 * A hỏi/ngã slip beside a word without diacritics: "tham nhủng" is "tham nhũng". Folded, "tham nhung" is also the
 * key of "tham những", and "những" is in almost every article, so only the spelling of the candidate beside "tham"
 * tells them apart.
 */
class HoiNgaSlipSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(HoiNgaSlipSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(article(100 + i, "Xử lý nghiêm các vụ tham nhũng, đợt " + (i + 1),
                    "Công an Hà Tĩnh làm rõ hành vi tham nhũng tại dự án.", "Những cán bộ sai phạm bị kỷ luật.",
                    "PV", date(2023, 1 + i, 2), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 60; i++) {
            articles.add(article(500 + i, "Những mùa hoa đẹp ở vùng quê, bài " + (i + 1),
                    i % 3 == 0 ? "Những cánh đồng hoa nở muộn, nhưng Hà Tĩnh vẫn đông khách."
                            : "Những cánh đồng hoa nở muộn, nhưng thời tiết thất thường.",
                    "Người dân tham quan những vườn hoa, nhưng trời mưa.", "PV", date(2022, 1 + i % 12, 1 + i % 28),
                    "Văn hóa", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void theSlipIsCorrectedToTheWordThatStandsBesideItsNeighbour() {
        SearchResult typed = archive.search().search(SearchRequest.builder("tham nhủng").build());
        String offered = typed.suggestion() != null ? typed.suggestion().query() : typed.correctedQuery();
        assertThat(offered).isEqualTo("tham nhũng");
    }

    @Test
    void aFrequentWordOnTheOtherSideDoesNotOutweighTheCommonPair() {
        // "nhưng Hà" (20) is commoner here than "tham nhũng" (12) and "nhũng Hà" is never written, but neither is
        // "tham nhưng", and "nhưng" stands before "Hà" in only a third of its uses
        SearchResult typed = archive.search().search(SearchRequest.builder("tham nhủng Hà Tĩnh").build());
        String offered = typed.suggestion() != null ? typed.suggestion().query() : typed.correctedQuery();
        assertThat(offered).isEqualTo("tham nhũng Hà Tĩnh");
    }
}
