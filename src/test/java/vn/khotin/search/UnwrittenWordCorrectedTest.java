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
 * A word typed with diacritics that no article writes ("Hà Tĩn", a letter short of Hà Tĩnh) matches only its folded
 * form ("tin", news), however many articles that finds: the correction's results are shown instead, with the way
 * back to the query as typed (blind trial 6: "thực phẩm quá hạn sử dụng Hà Tĩn" showed 170 articles with "thông
 * tin" and none of the three on expired food in Hà Tĩnh).
 */
class UnwrittenWordCorrectedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(UnwrittenWordCorrectedTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(article(1000 + i, "Thông tin về thực phẩm sạch ở Hà Nội, số " + (i + 1),
                    "Người tiêu dùng cần thông tin rõ ràng.", "Thực phẩm được kiểm tra.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(2000 + i, "Thu giữ thực phẩm quá hạn ở Hà Tĩnh, vụ " + (i + 1),
                    "Lực lượng quản lý thị trường Hà Tĩnh thu giữ hàng.", "Thực phẩm bị tiêu hủy.", "PV",
                    date(2021, 1 + i, 4), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(3000 + i, "Hà Tĩnh khai mạc hội chợ, ngày " + (i + 1),
                    "Tỉnh Hà Tĩnh đón khách.", "Hội chợ đông vui.", "PV",
                    date(2022, 1 + i % 12, 9), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theCorrectionsResultsReplaceWhatTheFoldedWordFinds() {
        SearchResult r = archive.search().search(SearchRequest.builder("thực phẩm Hà Tĩn").build());

        assertThat(r.correctedQuery()).isEqualTo("thực phẩm Hà Tĩnh");
        assertThat(r.typedQuery()).isEqualTo("thực phẩm Hà Tĩn");
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.title()).contains("Hà Tĩnh"));
    }

    @Test
    void aWordTheArchiveWritesKeepsItsResults() {
        SearchResult r = archive.search().search(SearchRequest.builder("thực phẩm Hà Nội").build());

        assertThat(r.correctedQuery()).isNull();
        assertThat(r.total()).isEqualTo(60);
    }
}
