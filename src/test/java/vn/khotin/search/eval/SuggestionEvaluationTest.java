package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.search.eval.SuggestionEvaluation.Outcome;
import vn.khotin.search.eval.SuggestionEvaluation.Verdict;

/**
 * A "did you mean" is judged against the text the user meant: right only when it is that text, and a false alarm
 * when it changes the letters of a query typed as meant.
 */
class SuggestionEvaluationTest {

    @Test
    void aSuggestionForASlipIsRightOnlyWhenItIsTheMeantText() {
        assertThat(SuggestionEvaluation.verdict("mỏ sắc Thạch Khê", "mỏ sắt Thạch Khê", "Mỏ sắt  Thạch Khê"))
                .isEqualTo(Verdict.RIGHT);
        // old-style tone placement is the same text
        assertThat(SuggestionEvaluation.verdict("cầu Bến Thũy", "cầu Bến Thủy", "cầu Bến Thuỷ"))
                .isEqualTo(Verdict.RIGHT);
        assertThat(SuggestionEvaluation.verdict("mỏ sắc Thạch Khê", "mỏ sắt Thạch Khê", "mỏ sắc Thạch Kê"))
                .isEqualTo(Verdict.WRONG);
        assertThat(SuggestionEvaluation.verdict("mỏ sắc Thạch Khê", "mỏ sắt Thạch Khê", null))
                .isEqualTo(Verdict.MISSED);
    }

    @Test
    void restoringAccentsIsNoFalseAlarmButChangingATypedWordIs() {
        assertThat(SuggestionEvaluation.verdict("mua lu Huong Khe", null, "mưa lũ Hương Khê"))
                .isEqualTo(Verdict.QUIET);
        assertThat(SuggestionEvaluation.verdict("lừa đảo qua điện thoại", null, null)).isEqualTo(Verdict.QUIET);
        assertThat(SuggestionEvaluation.verdict("mua lũ Huong Khe", null, "mưa lũ Hương Khê"))
                .isEqualTo(Verdict.QUIET);
        // an accent the user typed is theirs: taking it away or changing it is a false alarm
        assertThat(SuggestionEvaluation.verdict("lừa đảo gọi điện thoại", null, "lừa đảo goi điện thoại"))
                .isEqualTo(Verdict.FALSE_ALARM);
        assertThat(SuggestionEvaluation.verdict("mua lũ", null, "mua lu")).isEqualTo(Verdict.FALSE_ALARM);
        assertThat(SuggestionEvaluation.verdict("Hà Tĩnh dừng mô hình VNEN", null, "Hà Tĩnh dong mô hình VNEN"))
                .isEqualTo(Verdict.FALSE_ALARM);
    }

    @Test
    void theTableCountsEachPartAndListsWhatWentWrong(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("needs.tsv"), "need\tsplit\tdescription\nN1\tdev\ta\nN2\ttest\tb\n");
        Files.writeString(dir.resolve("queries.tsv"), "qid\tneed\tclass\ttwin\tquery\n"
                + "Q1\tN1\ttypo\t-\tmỏ sắc Thạch Khê\nQ2\tN1\ttopic\t-\tHà Tĩnh dừng VNEN\nQ3\tN2\ttypo\t-\tsốt suất huyết\n");
        Files.writeString(dir.resolve("intended.tsv"), "qid\tintended\nQ1\tmỏ sắt Thạch Khê\nQ3\tsốt xuất huyết\n");
        JudgedSet set = JudgedSet.load(dir);
        Map<String, String> intended = SuggestionEvaluation.intended(dir);
        List<Outcome> outcomes = List.of(
                new Outcome(set.queries().get(0), intended.get("Q1"), "mỏ sắt Thạch Khê", Verdict.RIGHT),
                new Outcome(set.queries().get(1), null, "Hà Tĩnh dong VNEN", Verdict.FALSE_ALARM),
                new Outcome(set.queries().get(2), intended.get("Q3"), null, Verdict.MISSED));
        StringWriter text = new StringWriter();

        SuggestionEvaluation.print(set, outcomes, new PrintWriter(text, true));

        assertThat(text.toString()).contains("| dev | 1 | 1 | 0 | 0 | 1 | 1 |", "| test | 1 | 0 | 0 | 1 | 0 | 0 |",
                "- dev Q2 báo nhầm: `Hà Tĩnh dừng VNEN` → `Hà Tĩnh dong VNEN`");
    }

    @Test
    void everySlipOfTheBuiltInSetHasItsMeantTextAndOnlyThose() throws Exception {
        JudgedSet set = JudgedSet.load(null);
        Map<String, String> intended = SuggestionEvaluation.intended(null);

        for (JudgedSet.JudgedQuery q : set.queries()) {
            if (q.kind().equals("typo") || q.kind().equals("telex")) {
                assertThat(intended).as(q.qid()).containsKey(q.qid());
            }
        }
        assertThat(intended).allSatisfy((qid, text) -> {
            JudgedSet.JudgedQuery q = set.queries().stream().filter(x -> x.qid().equals(qid)).findFirst().orElseThrow();
            assertThat(text).as(qid).isNotEqualTo(q.text());
            assertThat(SuggestionEvaluation.verdict(q.text(), text, q.text())).as(qid).isEqualTo(Verdict.WRONG);
        });
    }
}
