package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * A filter narrows a search; it never reads the query more loosely. The researchers' check on the demo clicked the
 * category "Chính trị 9" of "giao thông" and got 29 articles (its syllables anywhere, since the filter left fewer
 * than a page with the word whole), "tham nhung" found 25 articles and 41 in one category, and a person's name
 * clicked into a category with four of its articles was padded with partial matches to 15. Whether a query falls back
 * to syllables or relaxes to most words is decided on the whole archive.
 */
class FilterKeepsReadingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(FilterKeepsReadingTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(article(1000 + i, "Xét xử vụ tham nhũng đất đai, phiên " + (i + 1),
                    "Ông Nguyễn Văn Tâm bị truy tố tội tham nhũng.", "Phiên tòa kéo dài hai ngày.", "PV",
                    date(2020, 1 + i % 12, 3), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 2; i++) {
            out.add(article(2000 + i, "Cán bộ tham nhũng bị kỷ luật, đợt " + (i + 1),
                    "Ông Nguyễn Văn Tâm nói về phòng chống tham nhũng.", "Tỉnh công bố kết luận.", "PV",
                    date(2021, 1 + i, 5), "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(3000 + i, "Lãnh đạo tỉnh thăm hỏi cử tri, buổi " + (i + 1),
                    "Ông Nguyễn Văn Hùng đến thăm các xã vùng cao.", "Những kiến nghị của cử tri được ghi nhận; bà Tâm phát biểu.",
                    "PV", date(2022, 1 + i % 12, 7), "Chính trị", List.of(), List.of()));
        }
        return out;
    }

    private static SearchResult search(String query, String category) {
        SearchRequest.Builder b = SearchRequest.builder(query).size(50);
        if (category != null) {
            b.filter(ArticleSchema.CATEGORY, category);
        }
        return archive.search().search(b.build());
    }

    @Test
    void aBareWordStaysWholeUnderAFilter() {
        assertThat(search("tham nhung", null).total()).isEqualTo(14);

        SearchResult r = search("tham nhung", "Chính trị");

        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).allMatch(h -> h.id() >= 2000 && h.id() < 2002);
    }

    @Test
    void aQueryTheArchiveFindsPlentyOfIsNotRelaxedUnderAFilter() {
        SearchResult r = search("Nguyễn Văn Tâm tham nhũng", "Chính trị");

        assertThat(r.relaxed()).isFalse();
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void anExportHoldsWhatTheFilteredPageHolds() {
        List<Long> ids = new ArrayList<>();
        archive.search().stream(SearchRequest.builder("tham nhung").filter(ArticleSchema.CATEGORY, "Chính trị")
                .build(), 100, row -> ids.add(row.article().id()));

        assertThat(ids).containsExactlyInAnyOrder(2000L, 2001L);
    }
}
