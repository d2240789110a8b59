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
 * A query no article has every word of, corrected into one no article has every word of either: on a small archive
 * ("lũ lụt Nghệ Ang" on the 1,500-article demo) the slip still kept the search from its place, and nothing was
 * offered. A slip no article writes beside its neighbours is corrected, and the search goes on with most of the
 * corrected words.
 */
class CorrectionOfUnfoundWordsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CorrectionOfUnfoundWordsTest::articles)
            .withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(article(1000 + i, "Nghệ An đón khách du lịch biển, đợt " + (i + 1),
                    "Các bãi biển Nghệ An đông khách.", "Du khách về Nghệ An nghỉ hè.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 6; i++) {
            out.add(article(2000 + i, "Mưa lũ làm sạt lở đường ở Quảng Bình, đợt " + (i + 1),
                    "Mưa lũ kéo dài nhiều ngày ở Quảng Bình.", "Nhiều tuyến đường bị chia cắt.", "PV",
                    date(2021, 1 + i, 4), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSlipWrittenNowhereIsCorrectedThoughNoArticleHasEveryWord() {
        SearchResult r = archive.search().search(SearchRequest.builder("mưa lũ sạt lở Nghệ Ang").build());

        assertThat(r.correctedQuery()).isEqualTo("mưa lũ sạt lở Nghệ An");
        assertThat(r.typedQuery()).isEqualTo("mưa lũ sạt lở Nghệ Ang");
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).isNotEmpty();
    }
}
