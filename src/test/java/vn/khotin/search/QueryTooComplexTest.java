package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

/**
 * Lucene refuses a query of more than 1,024 terms. The relaxed search, which weighs every word again, reached that
 * with 26 codes no article has, and the server answered 500: the strict answer now stands, and a search that cannot
 * be run at all says in Vietnamese what to change (the web answers 400 with it).
 */
class QueryTooComplexTest {

    private static final String CODES = "QL0 QL1 QL2 QL3 QL4 QL5 QL6 QL7 QL8 QL9 QL10 QL11 QL12";
    private static final ForgivingSearch.TypedWords AS_TYPED = (typed, corrected) -> false;

    @Test
    void aQueryTooLargeToRelaxKeepsItsStrictAnswer() throws Exception {
        ForgivingSearch.Pipeline strictOnly = (request, parsed, strictness) -> {
            if (strictness == Strictness.MOST_WORDS) {
                throw new IndexSearcher.TooManyNestedClauses();
            }
            return new ForgivingSearch.Attempt(new SearchResult(0, List.of(), 1), 13, false);
        };

        SearchResult r = FilteredReading.search(SearchRequest.builder(CODES).suggest(false).build(),
                QueryLanguage.parse(CODES), 82_137, strictOnly, null, AS_TYPED);

        assertThat(r.total()).isZero();
        assertThat(r.relaxed()).isFalse();
    }

    @Test
    void aQueryTooLargeToRunIsRefusedWithAVietnameseMessage() {
        ForgivingSearch.Pipeline refused = (request, parsed, strictness) -> {
            throw new IndexSearcher.TooManyNestedClauses();
        };

        assertThatThrownBy(() -> FilteredReading.search(SearchRequest.builder(CODES).build(),
                QueryLanguage.parse(CODES), 82_137, refused, null, AS_TYPED))
                .isInstanceOf(QueryTooComplex.class)
                .hasMessageContaining("quá nhiều từ")
                .hasMessageContaining("ngoặc kép");
    }
}
