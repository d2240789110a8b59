package vn.khotin.search;

import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the suggest stage: how often a correction candidate stands beside a neighbouring word in titles and sapos
 * ({@link WordForms}), counted the way the suggestion would show the pair. Stateless.
 */
final class CandidatePairs {

    private CandidatePairs() {}

    /**
     * How often a correction candidate stands beside a neighbour, counted the way the suggestion would show it:
     * spelt as given when the neighbour carries diacritics and so does the candidate or the word it replaces
     * ("Rạng Đô" is not "rạng đỏ" or "rang đỗ", "Hồng Linh" not "Hồng Lĩnh", which fold like them); beside an
     * unaccented neighbour, a candidate for an accented word is spelt as given and the neighbour any way
     * ("tham nhủng" is "tham nhũng"); diacritics ignored otherwise.
     */
    static long of(WordForms st, String candidate, String neighbour, boolean candidateFirst,
            boolean replacesAccented) {
        String a = candidateFirst ? candidate : neighbour;
        String b = candidateFirst ? neighbour : candidate;
        boolean accented = replacesAccented || VietnameseText.hasDiacritics(candidate);
        if (VietnameseText.hasDiacritics(neighbour) && accented) {
            return st.writtenPairCount(a, b);
        }
        // "tham nhủng": an unaccented neighbour may stand for any of its spellings, but the candidate replacing an
        // accented word is spelt as shown ("tham nhũng", not "tham những", which folds the same)
        if (replacesAccented) {
            return spelled(st, a, b, candidateFirst);
        }
        return st.pairCount(a, b);
    }

    /**
     * How often two words stand together in titles and sapos with the first ({@code first}) or the second spelt as
     * given (accents and all, capitals ignored) and the other in any spelling: "tham nhũng" among the pairs that
     * fold to "tham nhung", which "tham những" and "thâm nhũng" share.
     */
    static long spelled(WordForms st, String a, String b, boolean first) {
        WordForms.Form f = st.forms().get(WordForms.key(a) + " " + WordForms.key(b));
        if (f == null) {
            return 0;
        }
        String word = WordForms.written(first ? a : b);
        if (f.written().isEmpty()) {
            return spelt(f.text().toLowerCase(Locale.ROOT), word, first) ? f.count() : 0;
        }
        long n = 0;
        for (Map.Entry<String, Long> e : f.written().entrySet()) {
            n += spelt(e.getKey(), word, first) ? e.getValue() : 0;
        }
        return n;
    }

    /** Whether the first (or second) word of a written pair is {@code word}. */
    private static boolean spelt(String pair, String word, boolean first) {
        int space = pair.indexOf(' ');
        return space >= 0 && (first ? pair.substring(0, space) : pair.substring(space + 1)).equals(word);
    }
}
