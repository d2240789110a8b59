package vn.khotin.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.khotin.analysis.AccentTokenizer;
import vn.khotin.analysis.AccentTokenizer.Kind;
import vn.khotin.analysis.AccentTokenizer.Token;
import vn.khotin.analysis.eval.AccentEvalSet.Item;

/** Word-by-word comparison of restored text with the gold text. */
final class AccentScoring {

    private AccentScoring() {
    }

    /**
     * For each item, whether each of its words (letter-only tokens, in order) came out as in the gold text,
     * compared in lower case after NFC and new-style tones. An output with a different number of words
     * counts every word of the item as wrong. With {@code changed}, also adds which words the restorer changed.
     */
    static List<boolean[]> score(List<Item> items, UnaryOperator<String> restorer, List<boolean[]> changed) {
        List<boolean[]> out = new ArrayList<>(items.size());
        for (Item item : items) {
            String restored = AccentEvalSet.gold(restorer.apply(item.input()));
            out.add(compare(item.gold(), restored));
            if (changed != null) {
                changed.add(differ(item.input(), restored));
            }
        }
        return out;
    }

    static boolean[] compare(String gold, String restored) {
        List<String> g = words(gold);
        List<String> r = words(restored);
        boolean[] ok = new boolean[g.size()];
        if (g.size() != r.size()) {
            return ok;
        }
        for (int i = 0; i < ok.length; i++) {
            ok[i] = g.get(i).equals(r.get(i));
        }
        return ok;
    }

    /** Which words of the input the restorer changed (all, when it changed the number of words). */
    private static boolean[] differ(String input, String restored) {
        boolean[] d = compare(input, restored);
        for (int i = 0; i < d.length; i++) {
            d[i] = !d[i];
        }
        return d;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : AccentTokenizer.tokens(text)) {
            if (t.kind() == Kind.WORD) {
                words.add(t.text(text).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
