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
 * A query with two bare words, one of them beside an accented word that makes a lexicon word with it, is offered
 * every bare word restored, not only that one (new-user check: "gia xang dầu hôm nay" was offered "gia xăng dầu hôm
 * nay", price still bare).
 */
class WholeRestorationTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WholeRestorationTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(article(1000 + i, "Giá xăng dầu hôm nay giảm mạnh, kỳ " + (i + 1),
                    "Giá xăng dầu trong nước được điều chỉnh.", "Giá xăng giảm, giá dầu tăng nhẹ.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void everyBareWordIsRestored() {
        Suggestion s = archive.search().search(SearchRequest.builder("gia xang dầu hôm nay").build()).suggestion();

        assertThat(s).isNotNull();
        assertThat(s.query()).isEqualTo("giá xăng dầu hôm nay");
    }
}
