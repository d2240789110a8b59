package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Upper-case AND and NOT, typed by users of other search engines, mean what they mean there: {@code lũ NOT bão} was
 * the word "not" searched with most of the words, and listed "bão lũ" first.
 */
class WordOperatorsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WordOperatorsTest::articles);

    private static List<Article> articles() {
        return List.of(
                article(1, "Bão lũ tàn phá Hương Khê", "Bão số 3 gây lũ lớn.", "Nước lũ dâng cao sau bão.", "Trọng Giáp",
                        date(2024, 10, 20), "Xã hội", List.of(), List.of()),
                article(2, "Lũ quét ở Vũ Quang", "Lũ quét cuốn trôi cầu tạm.", "Mưa lớn trên thượng nguồn gây lũ.",
                        "Như Tâm", date(2024, 10, 21), "Xã hội", List.of(), List.of()),
                article(3, "Bão đổ bộ Thạch Hà", "Bão làm tốc mái nhiều nhà.", "Người dân Thạch Hà dọn dẹp sau bão.",
                        "Như Tâm", date(2024, 9, 2), "Xã hội", List.of(), List.of()),
                article(4, "Thạch Hà: lũ về nhanh", "Lũ lên nhanh ở Thạch Hà.", "Các xã ven sông bị ngập.", "Trọng Giáp",
                        date(2024, 10, 22), "Xã hội", List.of(), List.of()),
                article(5, "Học tiếng Anh: not và and", "Bài học ngữ pháp.", "Cách dùng not và and trong câu.",
                        "Văn Trọng", date(2024, 3, 1), "Giáo dục", List.of(), List.of()));
    }

    private static SearchResult run(String q) {
        return archive.search().search(SearchRequest.builder(q).build());
    }

    private static List<Long> ids(String q) {
        return run(q).hits().stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void notExcludesAsAMinusDoesAndSaysHowToWriteIt() {
        SearchResult r = run("lũ NOT bão");
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(2L, 4L);
        assertThat(r.relaxed()).isFalse();
        assertThat(r.warnings()).containsExactly("Đã hiểu NOT là loại trừ; cách viết của Khotin: -bão.");
        assertThat(ids("lũ NOT bão")).isEqualTo(ids("lũ -bão"));
        assertThat(ids("lũ NOT \"Thạch Hà\"")).containsExactly(1L, 2L);
        assertThat(run("lũ NOT \"Thạch Hà\"").warnings()).singleElement().asString().endsWith("-\"Thạch Hà\".");
        assertThat(ids("lũ NOT tác giả:\"Trọng Giáp\"")).containsExactly(2L);
        assertThat(ids("lũ NOT tác giả:Trọng Giáp")).containsExactly(2L);
        assertThat(run("lũ NOT tác giả:Trọng Giáp").warnings()).singleElement().asString()
                .isEqualTo("Đã hiểu NOT là loại trừ; cách viết của Khotin: -tác giả:Trọng Giáp.");
    }

    @Test
    void andIsDroppedEveryWordBeingRequiredAnyway() {
        SearchResult r = run("lũ AND bão");
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(1L);
        assertThat(r.relaxed()).isFalse();
        assertThat(r.warnings()).containsExactly("Đã bỏ qua AND: Khotin vốn tìm bài có đủ mọi từ; cách viết của Khotin: "
                + "lũ bão.");
        assertThat(ids("lũ AND Thạch Hà AND NOT bão")).containsExactly(4L);
        assertThat(run("lũ AND Thạch Hà AND NOT bão").warnings()).contains(
                "Đã bỏ qua AND: Khotin vốn tìm bài có đủ mọi từ; cách viết của Khotin: lũ Thạch Hà -bão.");
    }

    @Test
    void lowerCaseAndAndNotAreWords() {
        assertThat(ids("not and")).containsExactly(5L);
        assertThat(run("not and").warnings()).isEmpty();
        assertThat(ids("tiếng Anh not")).containsExactly(5L);
    }

    @Test
    void theParserReadsNotAndAndWhereTheyStand() {
        ParsedQuery p = QueryLanguage.parse("lũ NOT bão");
        assertThat(p.groups()).containsExactly(List.of(new Clause(Target.TEXT, "lũ", false, 0)));
        assertThat(p.excluded()).containsExactly(new Clause(Target.TEXT, "bão", false, 0));
        ParsedQuery field = QueryLanguage.parse("NOT chuyên mục:\"Thể thao\" bóng đá");
        assertThat(field.excluded()).containsExactly(new Clause(Target.FIELD, "category", "Thể thao", true, 0));
        assertThat(field.groups()).hasSize(2);
        // a name does not run over an operator, though it is in capitals
        assertThat(QueryLanguage.parse("tác giả:Thu Trang NOT lũ").groups().get(0).get(0).text()).isEqualTo("Thu Trang");
        assertThat(QueryLanguage.parse("tác giả:Thu Trang AND lũ").groups()).hasSize(2);
        // a date cannot be excluded, by NOT either
        assertThat(QueryLanguage.parse("lũ NOT từ:2024").warnings()).singleElement().asString()
                .contains("Không loại trừ được một ngày bằng NOT");
        // nothing after NOT: dropped, and said
        ParsedQuery dangling = QueryLanguage.parse("lũ NOT");
        assertThat(dangling.groups()).hasSize(1);
        assertThat(dangling.excluded()).isEmpty();
        assertThat(dangling.warnings()).containsExactly("Đã bỏ qua NOT: sau nó không có từ nào để loại trừ.");
        assertThat(QueryLanguage.parse("lũ NOT -bão").excluded()).extracting(Clause::text).containsExactly("bão");
        assertThat(QueryLanguage.parse("lũ NOT -bão").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("AND").warnings()).contains(QueryParser.NOTHING_TO_SEARCH);
        // only whole upper-case words are operators
        assertThat(QueryLanguage.parse("NOTE ANDROID").groups()).hasSize(2);
        assertThat(QueryLanguage.parse("\"lũ NOT bão\"").groups().get(0).get(0).text()).isEqualTo("lũ NOT bão");
    }
}
