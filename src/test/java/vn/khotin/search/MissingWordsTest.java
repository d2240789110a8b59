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
 * A search that finds nothing says which typed words no article writes, so that a researcher knows what to drop:
 * "Nghị định 100/2019" found nothing with only the generic hint, in an archive without that decree.
 */
class MissingWordsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MissingWordsTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        out.add(article(8100, "Tàu cá vỏ thép đóng theo Nghị định 67/2014/NĐ-CP hư hỏng",
                "Ngư dân Hà Tĩnh gặp khó với tàu vỏ thép.",
                "Nghị định 67/2014/NĐ-CP hỗ trợ ngư dân đóng tàu. Năm 2019, hơn 100 tàu nằm bờ.", "PV",
                date(2017, 3, 1), "Kinh tế", List.of(), List.of()));
        return out;
    }

    private static SearchResult search(String q) {
        return archive.search().search(SearchRequest.builder(q).build());
    }

    @Test
    void aSearchFindingNothingNamesTheWordsNoArticleWrites() {
        SearchResult decree = search("Nghị định 100/2019");
        assertThat(decree.total()).isZero();
        assertThat(decree.warnings()).anySatisfy(w -> assertThat(w).contains("“100/2019”")
                .startsWith("Không bài nào trong kho có “100/2019”"));

        SearchResult two = search("Nghị định 100/2019 \"xyzqua\"");
        assertThat(two.warnings()).anySatisfy(w -> assertThat(w).contains("các từ “100/2019”, “xyzqua”"));
    }

    @Test
    void aLoneMissingWordIsNotToldToBeLeftOut() {
        SearchResult alone = search("xyzqua");

        assertThat(alone.warnings()).contains("Không bài nào trong kho có “xyzqua”.");
        assertThat(search("Nghị định xyzqua").warnings()).anySatisfy(w -> assertThat(w)
                .endsWith("bỏ từ này để tìm với những từ còn lại."));
    }

    @Test
    void writtenWordsAndCodesTheyBeginAreNotNamed() {
        assertThat(search("Nghị định 67/2014").total()).isPositive();
        SearchResult nothing = search("Nghị định 67/2014 -ngư -tàu");
        assertThat(nothing.total()).isZero();
        assertThat(nothing.warnings()).noneMatch(w -> w.startsWith("Không bài nào trong kho có"));
    }

    @Test
    void theOtherWordsAreOfferedAsASearch() {
        SearchResult decree = search("Nghị định 100/2019");
        assertThat(decree.suggestion()).isNotNull();
        assertThat(decree.suggestion().kind()).isEqualTo(Suggestion.Kind.WITHOUT_MISSING_WORDS);
        assertThat(decree.suggestion().query()).isEqualTo("Nghị định");
        assertThat(decree.suggestion().hits()).isEqualTo(1);
        assertThat(search(decree.suggestion().query()).total()).isEqualTo(1);
    }

    @Test
    void aPhraseKeepsItsQuotesAndNothingLeftOffersNothing() {
        assertThat(search("\"Nghị định 100/2019\"").suggestion().query()).isEqualTo("\"Nghị định\"");
        assertThat(search("\"100/2019\" Nghị định").suggestion().query()).isEqualTo("Nghị định");
        assertThat(search("100/2019 xyzqua").suggestion()).isNull();
        assertThat(search("Nghị định 100/2019 -ngư").suggestion()).as("the rest finds nothing either").isNull();
    }
}
