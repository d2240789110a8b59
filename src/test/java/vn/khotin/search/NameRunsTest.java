package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/** An author typed in lower case, unquoted, is the whole name the archive has, not its first word plus text. */
class NameRunsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NameRunsTest::articles);

    private static List<Article> articles() {
        return List.of(
                article(1, "Hương Khê khắc phục hậu quả lũ", "Người dân dọn bùn sau lũ.", "Nước rút, trường học mở lại.",
                        "Trọng Giáp", date(2024, 10, 20), "Xã hội", List.of(), List.of()),
                article(2, "Mùa cam Vũ Quang", "Cam chín sớm.", "Nông dân thu hoạch cam bù.", "Trọng Giáp",
                        date(2024, 11, 2), "Kinh tế", List.of(), List.of()),
                article(3, "Giáp Tết, chợ hoa nhộn nhịp", "Chợ hoa mở cửa.", "Người dân mua đào, quất.", "Văn Trọng",
                        date(2024, 2, 1), "Xã hội", List.of(), List.of()),
                article(4, "Đường lên Hương Sơn", "Con đường mới mở.", "Xe qua lại dễ dàng.", "Như Tâm",
                        date(2024, 3, 1), "Xã hội", List.of(), List.of()),
                article(5, "Hà Nội đón khách du lịch", "Khách từ Hà Tĩnh ra thăm thủ đô.", "Phố cổ đông vui.",
                        "Minh Châu", date(2024, 4, 1), "Du lịch", List.of(), List.of()));
    }

    private static List<Long> ids(String q) {
        return archive.search().search(SearchRequest.builder(q).build()).hits().stream().map(SearchHit::id).sorted()
                .toList();
    }

    @Test
    void aLowerCaseAuthorRunsOverTheWordsOfTheNameTheArchiveHas() {
        assertThat(ids("tác giả:trọng giáp")).containsExactly(1L, 2L);
        assertThat(ids("tac gia:trong giap")).containsExactly(1L, 2L);
        assertThat(ids("tác giả:Trọng Giáp")).containsExactly(1L, 2L);
    }

    @Test
    void theNameStopsWhereTheArchiveHasNoLongerOne() {
        assertThat(ids("tác giả:trọng giáp lũ")).containsExactly(1L);
        // "Văn Trọng" wrote about "Giáp Tết": no author "Trọng Tết", so the word stays a word
        assertThat(ids("tác giả:trọng tết")).containsExactly(3L);
    }

    @Test
    void aMinusBeforeAFieldLeavesItsArticlesOut() {
        // it used to be dropped, and the field kept as a filter: exactly the articles the user excluded
        assertThat(ids("-tác giả:Trọng Giáp")).containsExactly(3L, 4L, 5L);
        assertThat(ids("-tác giả:\"Trọng Giáp\" Tết")).containsExactly(3L);
        assertThat(ids("lũ -chuyên mục:\"Xã hội\"")).isEmpty();
        assertThat(ids("cam -chuyên mục:\"Xã hội\"")).containsExactly(2L);
    }

    @Test
    void lowerCaseNamesRunOnInsideOrGroups() {
        assertThat(ids("tác giả:trọng giáp OR tác giả:như tâm")).containsExactly(1L, 2L, 4L);
        assertThat(ids("tác giả:Trọng Giáp OR tác giả:Như Tâm")).containsExactly(1L, 2L, 4L);
        assertThat(ids("Tết OR tác giả:như tâm")).containsExactly(3L, 4L);
        assertThat(ids("tác giả:như tâm OR Tết")).containsExactly(3L, 4L);
    }

    @Test
    void aFieldValueNoArticleHasIsNamedInAWarning() {
        SearchResult r = archive.search().search(SearchRequest.builder("cam tác giả:\"Lê Văn Không\"").build());
        assertThat(r.total()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Không có bài nào với", "Lê Văn Không"));
        assertThat(archive.search().search(SearchRequest.builder("tác giả:trọng giáp").build()).warnings()).isEmpty();
    }

    @Test
    void anExcludedLowerCaseNameRunsOnAsARequiredOneDoes() {
        // it was the author "trọng" (no such author: nothing left out) and the word "giáp" required
        assertThat(ids("-tác giả:trọng giáp")).containsExactly(3L, 4L, 5L);
        assertThat(ids("-tác giả:trọng giáp Tết")).containsExactly(3L);
        assertThat(ids("người dân -tác giả:văn trọng")).containsExactly(1L);
        // a name does not run over an exclusion typed after it: the author "trọng" (Văn Trọng too) and the word "giáp"
        assertThat(ids("tác giả:trọng -lũ giáp")).containsExactly(3L);
    }

    @Test
    void aLowerCaseNameThatCannotRunOnSaysHowTheQueryWasRead() {
        SearchResult r = archive.search().search(SearchRequest.builder("địa danh:hà nội").build());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(5L);
        assertThat(r.warnings()).singleElement().asString()
                .contains("địa danh \"hà nội\"", "địa danh \"hà\" cùng từ \"nội\"", "tìm như từ trong bài");
        assertThat(archive.search().search(SearchRequest.builder("địa danh:hương khê lũ").build()).warnings())
                .isEmpty();
        assertThat(archive.search().search(SearchRequest.builder("tác giả:trọng giáp lũ").build()).warnings())
                .isEmpty();
        assertThat(archive.search().search(SearchRequest.builder("du lịch -địa danh:hà nội").build()).warnings())
                .singleElement().asString().contains("đã loại các bài có địa danh \"hà\" và tìm từ \"nội\"");
    }

    @Test
    void anUnquotedCategoryOfSeveralWordsIsTheWholeCategory() {
        // it was the category "Xã…" and the word "hội", which none of these articles writes
        assertThat(ids("chuyên mục:Xã hội")).containsExactly(1L, 3L, 4L);
        assertThat(ids("chuyên mục:Du lịch")).containsExactly(5L);
        assertThat(ids("chuyên mục:xã hội Tết")).containsExactly(3L);
        assertThat(ids("cam -chuyên mục:Xã hội")).containsExactly(2L);
    }
}
