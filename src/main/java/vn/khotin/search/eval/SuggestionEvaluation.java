package vn.khotin.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.search.eval.JudgedSet.JudgedQuery;

/**
 * Part of {@code khotin eval search}: what Khotin tells the user about the query itself, judged. For a query with a
 * slip (misspelling, Telex keystrokes, a chat word), the judged set writes the text the user meant
 * ({@code intended.tsv}); the "did you mean" or the correction shown must be exactly that. For a query typed as
 * meant, any suggestion that does more than put accents on words typed without them is a false alarm: it tells a
 * user who typed correctly that they did not. nDCG cannot see either: a wrong suggestion under good results costs no points.
 */
final class SuggestionEvaluation {

    /** What a search showed about one query. */
    enum Verdict {
        /** The meant text, shown as a suggestion or used as the correction. */
        RIGHT,
        /** Some other text. */
        WRONG,
        /** Nothing shown for a query with a slip. */
        MISSED,
        /** Nothing, or accents on its unaccented words only, for a query typed as meant. */
        QUIET,
        /** Any other suggestion or correction for a query typed as meant. */
        FALSE_ALARM
    }

    /** One query's outcome: the text shown (suggested or used), null if none. */
    record Outcome(JudgedQuery query, String intended, String shown, Verdict verdict) {}

    private SuggestionEvaluation() {}

    /** The meant text of each query with a slip (qid → text); empty if the set has no such file. */
    static Map<String, String> intended(Path judgedDir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!JudgedSet.exists(judgedDir, "intended.tsv")) {
            return out;
        }
        for (String[] r : JudgedSet.rows(judgedDir, "intended.tsv", 2)) {
            out.put(r[0], Normalizer.normalize(r[1], Normalizer.Form.NFC));
        }
        return out;
    }

    /** Each query's outcome, in the set's order. */
    static List<Outcome> outcomes(JudgedSet set, Map<String, String> intended, ArticleSearch search) {
        List<Outcome> out = new ArrayList<>();
        for (JudgedQuery q : set.queries()) {
            SearchResult r = search.search(SearchRequest.builder(q.text()).size(10).build());
            String shown = r.correctedQuery() != null ? r.correctedQuery()
                    : r.suggestion() != null ? r.suggestion().query() : null;
            out.add(new Outcome(q, intended.get(q.qid()), shown, verdict(q.text(), intended.get(q.qid()), shown)));
        }
        return out;
    }

    static Verdict verdict(String typed, String intended, String shown) {
        if (intended != null) {
            return shown == null ? Verdict.MISSED : comparable(shown).equals(comparable(intended)) ? Verdict.RIGHT
                    : Verdict.WRONG;
        }
        return shown != null && !onlyAccentsAdded(typed, shown) ? Verdict.FALSE_ALARM : Verdict.QUIET;
    }

    /**
     * Whether {@code shown} is {@code typed} with accents put on words typed without any, and nothing else changed:
     * what restoring accents may do. A word typed with accents must stay as typed.
     */
    private static boolean onlyAccentsAdded(String typed, String shown) {
        String[] t = comparable(typed).split(" ");
        String[] s = comparable(shown).split(" ");
        if (t.length != s.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean same = VietnameseText.hasDiacritics(t[i]) ? s[i].equals(t[i]) : VietnameseText.fold(s[i]).equals(t[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Case, spacing and old- or new-style tone placement ignored. */
    private static String comparable(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return VietnameseText.toNewStyle(nfc.toLowerCase(Locale.ROOT));
    }

    /** The table for both parts, then the queries with a wrong suggestion or a false alarm. */
    static void print(JudgedSet set, List<Outcome> outcomes, PrintWriter out) {
        out.printf("%n## Gợi ý \"Có phải bạn muốn tìm\" và tự sửa, so với câu người dùng định gõ%n");
        out.println("| Phần | Truy vấn có lỗi gõ | Đúng | Sai | Không gợi ý | Truy vấn gõ đúng | Báo nhầm |");
        out.println("|---|---|---|---|---|---|---|");
        for (String split : List.of("dev", "test")) {
            Map<Verdict, Integer> n = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                n.put(v, 0);
            }
            for (Outcome o : outcomes) {
                if (set.split(o.query()).equals(split)) {
                    n.merge(o.verdict(), 1, Integer::sum);
                }
            }
            int slips = n.get(Verdict.RIGHT) + n.get(Verdict.WRONG) + n.get(Verdict.MISSED);
            int meant = n.get(Verdict.QUIET) + n.get(Verdict.FALSE_ALARM);
            out.printf("| %s | %d | %d | %d | %d | %d | %d |%n", split, slips, n.get(Verdict.RIGHT),
                    n.get(Verdict.WRONG), n.get(Verdict.MISSED), meant, n.get(Verdict.FALSE_ALARM));
        }
        for (Outcome o : outcomes) {
            if (o.verdict() == Verdict.WRONG || o.verdict() == Verdict.FALSE_ALARM) {
                out.printf("- %s %s %s: `%s` → `%s`%s%n", set.split(o.query()), o.query().qid(),
                        o.verdict() == Verdict.WRONG ? "sai" : "báo nhầm", o.query().text(), o.shown(),
                        o.intended() == null ? "" : " (định gõ `" + o.intended() + "`)");
            }
        }
    }
}
