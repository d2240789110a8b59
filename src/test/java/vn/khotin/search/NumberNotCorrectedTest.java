package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/** A number the archive lacks is another document, not a misspelling of the closest number it has. */
class NumberNotCorrectedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NumberNotCorrectedTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article(10 + i, "Hướng dẫn thi hành Nghị định 116, phần " + (i + 1),
                    "Nghị định 116 quy định điều kiện kinh doanh.", "Doanh nghiệp phải đáp ứng Nghị định 116.", "PV",
                    date(2020, 5, 1 + i), "Kinh tế", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aNumberTheArchiveLacksIsNotReplacedByTheClosestOne() {
        SearchResult r = archive.search().search(SearchRequest.builder("Nghị định 117").build());
        assertThat(r.correctedQuery()).isNull();
        // the one offer is the search without the number no article writes
        assertThat(r.suggestion().query()).isEqualTo("Nghị định");
        assertThat(r.suggestion().kind()).isEqualTo(Suggestion.Kind.WITHOUT_MISSING_WORDS);
        assertThat(r.total()).isZero();
    }
}
