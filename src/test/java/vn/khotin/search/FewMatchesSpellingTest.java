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
 * A misspelt word that a few articles also misspell still gets "Có phải bạn muốn tìm": the query finds those few
 * articles, not nothing, and the suggestion finds the many that spell it right.
 */
class FewMatchesSpellingTest {

    /** Articles that spell the name right: eight times the five that misspell it. */
    static final int FORMOSA = 40;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(FewMatchesSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < FORMOSA; i++) {
            articles.add(article(1000 + i, "Formosa chôn chất thải trái phép, kỳ " + (i + 1),
                    "Formosa chôn chất thải ở Kỳ Anh.", "Cơ quan chức năng kiểm tra việc Formosa chôn chất thải.", "PV",
                    date(2019, 1 + i % 12, 1 + i % 28), "Môi trường", List.of(), List.of()));
        }
        // the rest of the archive: a misspelling stays a rare word, in under 1 % of the articles
        for (int i = 0; i < 600; i++) {
            articles.add(article(5000 + i, "Nông dân thu hoạch lúa hè thu, bài " + (i + 1), "Năng suất lúa tăng.",
                    "Bà con phấn khởi vì được mùa.", "PV", date(2021, 1 + i % 12, 1 + i % 28), "Nông nghiệp",
                    List.of(), List.of()));
        }
        // five articles carry the writer's slip in their body
        for (int i = 0; i < 5; i++) {
            articles.add(article(2000 + i, "Bản tin môi trường, số " + (i + 1), "Tin tức trong tuần.",
                    "Người dân phản ánh Formossa chôn chất thải gần khu dân cư.", "PV", date(2020, 4, 20 + i),
                    "Môi trường", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aQueryThatFindsAFewMisspeltArticlesIsStillOfferedTheSpelling() {
        SearchResult r = archive.search().search(SearchRequest.builder("Formossa chôn chất thải").lenient(false)
                .build());

        assertThat(r.total()).isBetween(3L, 29L);
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("Formosa chôn chất thải");
    }

    @Test
    void aCorrectionThatFindsFiveTimesAsManyArticlesReplacesTheResults() {
        // 5 articles as typed, 40 corrected: when a correction had to find ten times as many this stayed
        // uncorrected, as "bạo hàng trẻ mầm non" (judged dev query: 27 articles, 187 for "bạo hành") did
        SearchResult r = archive.search().search(SearchRequest.builder("Formossa chôn chất thải").build());

        assertThat(r.correctedQuery()).isEqualTo("Formosa chôn chất thải");
        assertThat(r.total()).isEqualTo(FORMOSA);
    }
}
