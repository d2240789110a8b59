package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * A suggestion's count is what its link finds: the link keeps the page's dates and filters, so the count must too.
 * The new-user check found "Có phải bạn muốn tìm Hà Tĩnh? (34 bài)" above a February filter whose link found 8.
 */
class SuggestionCountInFiltersTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SuggestionCountInFiltersTest::articles)
            .withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean tourism = i % 2 == 0;
            out.add(article(1000 + i, "Nghệ An đón khách du lịch biển, đợt " + (i + 1),
                    "Các bãi biển Nghệ An đông khách.", "Du khách về Nghệ An nghỉ hè.", "PV",
                    date(i < 20 ? 2020 : 2021, 1 + i % 12, 1 + i % 28), tourism ? "Du lịch" : "Xã hội",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 10; i++) {
            out.add(article(2000 + i, "Mưa lũ làm sạt lở đường ở Quảng Bình, đợt " + (i + 1),
                    "Mưa lũ kéo dài nhiều ngày ở Quảng Bình.", "Nhiều tuyến đường bị chia cắt.", "PV",
                    date(2021, 1 + i, 4), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    private static SearchResult exactly(SearchRequest.Builder b) {
        return archive.search().search(b.lenient(false).build());
    }

    @Test
    void theCountKeepsTheDates() {
        SearchResult r = exactly(SearchRequest.builder("Nghệ Ang du lịch")
                .dates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("Nghệ An du lịch");
        assertThat(r.suggestion().hits()).isEqualTo(4);
    }

    @Test
    void theCountKeepsTheFilters() {
        SearchResult r = exactly(SearchRequest.builder("Nghệ Ang du lịch")
                .filter(ArticleSchema.CATEGORY, "Du lịch"));

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().hits()).isEqualTo(12);
    }

    @Test
    void withoutFiltersTheCountIsTheArchives() {
        SearchResult r = exactly(SearchRequest.builder("Nghệ Ang du lịch"));

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().hits()).isEqualTo(24);
    }
}
