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
 * Every candidate that has the query as a phrase in its body gets the body phrase's second-pass score, wherever
 * it stands in the index: also right after a candidate without it (the second pass once skipped such an article,
 * so its score, and the order of hits, depended on how the index happened to number its documents). The score a
 * hit shows is the one its explanation adds up.
 */
class BodyPhrasePassTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BodyPhrasePassTest::articles);

    static final long TITLE_ONLY = 1;
    static final long PHRASE_IN_BODY = 2;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        // Indexed first: the words in its title and sapo only, none of them in its body.
        articles.add(article(TITLE_ONLY, "Vệ sinh môi trường ở Kỳ Anh", "Vệ sinh môi trường là việc của mọi nhà.",
                "Sáng nay, người dân các thôn dọn rác, khơi thông cống rãnh quanh chợ.", "PV", date(2024, 3, 1),
                "Xã hội", List.of(), List.of()));
        // Indexed next: the query as a phrase in its body.
        articles.add(article(PHRASE_IN_BODY, "Cẩm Xuyên ra quân đầu năm", "Hàng nghìn người tham gia.",
                "Huyện tổ chức tổng vệ sinh môi trường tại các xã ven biển, thu gom hàng chục tấn rác.", "PV",
                date(2024, 3, 2), "Xã hội", List.of(), List.of()));
        for (int i = 0; i < 30; i++) {
            articles.add(article(100 + i, "Nông dân thu hoạch lúa hè thu, bài " + (i + 1), "Năng suất lúa tăng.",
                    "Bà con phấn khởi vì được mùa.", "PV", date(2021, 1 + i % 12, 1 + i % 28), "Nông nghiệp",
                    List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void theArticleAfterOneWithoutThePhraseStillGetsItsSecondPass() {
        SearchResult r = archive.search().search(SearchRequest.builder("vệ sinh môi trường").explain(true)
                .collapseDuplicates(false).build());

        assertThat(r.hits()).extracting(SearchHit::id).contains(TITLE_ONLY, PHRASE_IN_BODY);
        SearchHit withPhrase = r.hits().stream().filter(h -> h.id() == PHRASE_IN_BODY).findFirst().orElseThrow();
        assertThat(withPhrase.explanation()).contains("body phrase");
        for (SearchHit h : r.hits()) {
            float explained = Float.parseFloat(h.explanation().strip().split(" ", 2)[0]);
            assertThat(h.score()).as("score of %d against its explanation", h.id()).isEqualTo(explained);
        }
    }
}
