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
 * A quoted phrase is searched with every word typed, stopwords included: quoted "từ thiện" (charity) found 156
 * articles of the 1,500-article demo, every one with "thiện", since "từ" (from) was dropped as a stopword at the
 * phrase's edge, where no gap held its place.
 */
class QuotedPhraseKeepsEveryWordTest {

    static final int CHARITY = 3;
    static final int GOODNESS = 5;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(QuotedPhraseKeepsEveryWordTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < CHARITY; i++) {
            articles.add(article(1 + i, "Trao quà cho hộ nghèo, đợt " + (i + 1), "Nhiều tấm lòng hảo tâm.",
                    "Quỹ từ thiện của huyện trao 50 suất quà.", "PV", date(2020, 1 + i, 5), "Xã hội",
                    List.of(), List.of()));
        }
        for (int i = 0; i < GOODNESS; i++) {
            articles.add(article(100 + i, "Giáo dục học sinh cá biệt, kỳ " + (i + 1), "Nhà trường kiên trì.",
                    "Từ năm học trước, các em đã tiến bộ và hướng thiện.", "PV", date(2021, 1 + i, 7), "Giáo dục",
                    List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aStopwordAtThePhrasesEdgeIsKept() {
        SearchResult r = archive.search().search(SearchRequest.builder("\"từ thiện\"").build());

        assertThat(r.total()).isEqualTo(CHARITY);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isLessThan(100));
    }

    @Test
    void aStopwordInsideThePhraseMustBeThere() {
        assertThat(archive.search().search(SearchRequest.builder("\"quỹ từ thiện của huyện\"").build()).total())
                .isEqualTo(CHARITY);
        assertThat(archive.search().search(SearchRequest.builder("\"quỹ từ thiện và huyện\"").build()).total())
                .as("another word where 'của' stands").isZero();
    }
}
