package vn.khotin.analysis.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.AccentTokenizer;
import vn.khotin.analysis.AccentTokenizer.Kind;
import vn.khotin.analysis.VietnameseText;

/**
 * The accent restoration Khotin used before the n-gram model, re-implemented for comparison: for each
 * folded word pair and word, the written form (with its capitals) seen most often; a text is restored left
 * to right, a known pair (seen twice or more) first, else the word alone. Pairs never span punctuation,
 * and words in capitals (abbreviations) are not counted, as in the original. It is applied here to each
 * word token, so punctuation glued to a word does not stop it as it did in the original (which split on
 * spaces): a slightly kinder baseline.
 */
public final class MostFrequentForm {

    private final Map<String, Tally> counts = new HashMap<>(1 << 16);
    private final boolean pairs;
    private Map<String, String> best;

    /** The former method: word pairs first, then words. */
    public MostFrequentForm() {
        this(true);
    }

    /**
     * @param pairs whether word pairs are counted and preferred; without them this is the simplest baseline,
     *     each syllable on its own
     */
    public MostFrequentForm(boolean pairs) {
        this.pairs = pairs;
    }

    /** Counts the words and word pairs of a text (titles and sapos, in the original). */
    public void add(String text) {
        String s = VietnameseText.toNewStyle(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<AccentTokenizer.Token> tokens = AccentTokenizer.tokens(s);
        String prev = null;
        String prevKey = null;
        for (AccentTokenizer.Token t : tokens) {
            if (t.kind() != Kind.WORD) {
                prev = null;
                continue;
            }
            String w = t.text(s);
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                prev = null;
                continue;
            }
            String k = key(w);
            tally(k, w);
            if (pairs && prev != null) {
                tally(prevKey + " " + k, prev + " " + w);
            }
            prev = w;
            prevKey = k;
        }
    }

    private void tally(String key, String form) {
        counts.computeIfAbsent(key, x -> new Tally()).add(form);
    }

    /** Fixes the most frequent forms; call once after the last {@link #add}. */
    public void freeze() {
        best = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, Tally> e : counts.entrySet()) {
            Tally t = e.getValue();
            if (t.total >= 2 || e.getKey().indexOf(' ') < 0) {
                best.put(e.getKey(), t.best());
            }
        }
        counts.clear();
    }

    /** The text with each unaccented word replaced by its most frequent form (pairs first). */
    public String restore(String text) {
        StringBuilder out = new StringBuilder(text);
        List<AccentTokenizer.Token> tokens = AccentTokenizer.tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            AccentTokenizer.Token t = tokens.get(i);
            if (!plain(text, t)) {
                i++;
                continue;
            }
            if (pairs && i + 1 < tokens.size() && plain(text, tokens.get(i + 1))) {
                AccentTokenizer.Token u = tokens.get(i + 1);
                String pair = best.get(key(t.text(text)) + " " + key(u.text(text)));
                if (pair != null) {
                    int space = pair.indexOf(' ');
                    put(out, t, pair.substring(0, space));
                    put(out, u, pair.substring(space + 1));
                    i += 2;
                    continue;
                }
            }
            String one = best.get(key(t.text(text)));
            if (one != null) {
                put(out, t, one);
            }
            i++;
        }
        return out.toString();
    }

    private static boolean plain(String text, AccentTokenizer.Token t) {
        return t.kind() == Kind.WORD && !VietnameseText.hasDiacritics(t.text(text));
    }

    private static void put(StringBuilder out, AccentTokenizer.Token t, String form) {
        if (form.length() == t.end() - t.start()) {
            out.replace(t.start(), t.end(), form);
        }
    }

    private static String key(String w) {
        return VietnameseText.fold(w).toLowerCase(Locale.ROOT);
    }

    /** Counts of the forms of one key; most keys have a single form, kept without a map. */
    private static final class Tally {
        String first;
        int firstCount;
        Map<String, Integer> others;
        int total;

        void add(String form) {
            total++;
            if (first == null) {
                first = form;
                firstCount = 1;
            } else if (first.equals(form)) {
                firstCount++;
            } else {
                if (others == null) {
                    others = new HashMap<>(4);
                }
                others.merge(form, 1, Integer::sum);
            }
        }

        String best() {
            String b = first;
            int bc = firstCount;
            if (others != null) {
                for (Map.Entry<String, Integer> f : others.entrySet()) {
                    if (f.getValue() > bc || (f.getValue() == bc && f.getKey().compareTo(b) < 0)) {
                        b = f.getKey();
                        bc = f.getValue();
                    }
                }
            }
            return b;
        }
    }
}
