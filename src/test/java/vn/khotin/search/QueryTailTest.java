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
 * A slip in a query with exclusions is corrected with the exclusions kept: the researchers' check typed "giao thôngg
 * -xe", found nothing, and was offered "giao -xe" (447 articles), where "giao thông -xe" finds 41.
 */
class QueryTailTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(QueryTailTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(article(1000 + i, "Giao thông ùn tắc giờ cao điểm, ngày " + (i + 1),
                    "Giao thông nội đô quá tải.", i % 2 == 0 ? "Xe máy chen nhau." : "Đường sắt đô thị chậm tiến độ.",
                    "PV", date(2020, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void splitsTheWordsFromTheExclusions() {
        assertThat(QueryTail.of("giao thôngg -xe")).isEqualTo(new QueryTail("giao thôngg", "-xe"));
        assertThat(QueryTail.of("giao thông")).isNull();
        assertThat(QueryTail.of("-xe giao")).isNull();
        assertThat(QueryTail.of("\"giao thông\" -xe")).isNull();
        assertThat(QueryTail.of("giao -xe thông")).isNull();
    }

    @Test
    void aSlipIsCorrectedAndTheExclusionKept() {
        SearchResult r = archive.search().search(SearchRequest.builder("giao thôngg -xe").build());

        assertThat(r.correctedQuery()).isEqualTo("giao thông -xe");
        assertThat(r.total()).isEqualTo(10);
        assertThat(r.hits()).allMatch(h -> h.id() % 2 == 1);
    }
}
