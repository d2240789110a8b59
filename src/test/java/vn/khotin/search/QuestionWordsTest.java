package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.QueryUnits.Unit;

/** The words of a query asked as a question that an article answering it does not write. */
class QuestionWordsTest {

    static final QueryUnits UNITS = new QueryUnits(TextAnalysis.get().vietnamese());

    private static List<String> contentWords(String query) {
        return UNITS.markStopwords(UNITS.of(Arrays.asList(query.split(" ")))).stream()
                .filter(u -> !u.stopword()).map(Unit::text).toList();
    }

    @Test
    void aYesOrNoQuestionsLastWordIsItsParticle() {
        assertThat(contentWords("trận động đất ở Hà Tĩnh có gây thiệt hại không")).doesNotContain("không")
                .contains("thiệt", "hại");
        assertThat(contentWords("thủy điện xả lũ đã đúng quy trình chưa")).doesNotContain("chưa");
        assertThat(contentWords("dong dat o ha tinh co gay thiet hai khong")).doesNotContain("khong");
    }

    @Test
    void aQuestionWordOfTheLexiconIsAskedNotWritten() {
        assertThat(contentWords("tại sao giá xăng tăng")).containsExactly("giá", "xăng", "tăng");
        assertThat(contentWords("vì sao giá xăng tăng")).containsExactly("giá", "xăng", "tăng");
    }

    @Test
    void aNegationIsKept() {
        // inside the query, or in a short one, "không" is what an article writes
        assertThat(contentWords("xã không có điện lưới")).contains("không");
        assertThat(contentWords("nhà không người")).contains("không");
        assertThat(contentWords("trẻ em không được đến trường vì lũ")).contains("không");
    }

    @Test
    void aQuestionsModalVerbsAreAskedNotWritten() {
        assertThat(contentWords("trẻ bị viêm amidan thì khi nào mới cần phải đi phẫu thuật cắt bỏ"))
                .doesNotContain("cần", "phải", "đi").contains("amidan", "phẫu", "cắt");
        // without a question, they are the query's words
        assertThat(contentWords("những việc cần phải làm khi có bão")).contains("cần", "phải");
    }
}
