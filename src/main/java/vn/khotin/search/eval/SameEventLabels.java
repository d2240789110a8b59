package vn.khotin.search.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.RelatedStory;

/**
 * How far an editor can trust the "Cùng sự kiện" label of related stories: of the stories Khotin labels so in its
 * top 5, the share the judges graded 2 (same event or direct follow-up) and the share they graded 0; and of the
 * grade-2 stories in the top 5, the share that carry the label. A label on an unrelated story is worse than none,
 * so precision comes first.
 */
final class SameEventLabels {

    static final int TOP = 5;

    private SameEventLabels() {}

    /** Counts over one part of the judged set. */
    record Counts(int labelled, int labelledJudged, int labelledTwo, int labelledZero, int twos, int twosLabelled) {

        double precision() {
            return labelledJudged == 0 ? Double.NaN : (double) labelledTwo / labelledJudged;
        }

        double wrong() {
            return labelledJudged == 0 ? Double.NaN : (double) labelledZero / labelledJudged;
        }

        double recall() {
            return twos == 0 ? Double.NaN : (double) twosLabelled / twos;
        }
    }

    /** Counts over the query articles {@code keys} (each judged in {@code grades}). */
    static Counts count(List<String> keys, Map<String, Map<String, Integer>> grades, EvalArchive archive,
            RelatedStories related) {
        int labelled = 0;
        int labelledJudged = 0;
        int labelledTwo = 0;
        int labelledZero = 0;
        int twos = 0;
        int twosLabelled = 0;
        for (String key : keys) {
            Map<String, Integer> g = grades.get(key);
            for (RelatedStory s : related.forArticle(archive.byKey(key).id(), TOP).stories()) {
                Integer grade = g.get(archive.keyOf(s.id()));
                boolean label = s.reasons().sameEvent();
                if (label) {
                    labelled++;
                    if (grade != null) {
                        labelledJudged++;
                        labelledTwo += grade == 2 ? 1 : 0;
                        labelledZero += grade == 0 ? 1 : 0;
                    }
                }
                if (grade != null && grade == 2) {
                    twos++;
                    twosLabelled += label ? 1 : 0;
                }
            }
        }
        return new Counts(labelled, labelledJudged, labelledTwo, labelledZero, twos, twosLabelled);
    }

    static void table(Map<String, Counts> bySplit, PrintWriter out) {
        out.printf("%n### Nhãn \"Cùng sự kiện\" trong top %d của Khotin%n%n", TOP);
        out.println("| Phần | số nhãn (đã chấm) | đúng: điểm 2 | sai: điểm 0 | bài điểm 2 có nhãn |");
        out.println("|---|---|---|---|---|");
        for (Map.Entry<String, Counts> e : bySplit.entrySet()) {
            Counts c = e.getValue();
            out.printf("| %s | %d (%d) | %.3f | %.3f | %.3f (%d / %d) |%n", e.getKey(), c.labelled(),
                    c.labelledJudged(), c.precision(), c.wrong(), c.recall(), c.twosLabelled(), c.twos());
        }
        out.flush();
    }
}
