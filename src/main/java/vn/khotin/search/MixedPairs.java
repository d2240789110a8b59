package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link WholeWords#strictFilters}): a word typed with diacritics beside one typed without
 * that together fold to a lexicon word written with the typed syllable ("Hà tinh": "hà tĩnh"). The strict search
 * requires the two side by side, folded. Half accented, "Hà tinh mưa lũ" found 337 articles where "Hà Tĩnh mưa lũ"
 * finds 104: "tinh" alone matched "tình" and "tính" anywhere, and a flood story of Hà Nội ranked fifth. A syllable
 * that has no diacritics in an accented query is read the same way ("chung cư", "qua đời"): typed bare, it matches
 * its folded form anywhere. Immutable and thread-safe.
 */
final class MixedPairs {

    /** The lexicon's words of two syllables by their folded form, as most often written ("ha tinh" → "hà tĩnh"). */
    private final Map<String, String> forms;

    MixedPairs(VietnameseLexicon lexicon) {
        Map<String, String> out = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        lexicon.forEachWord((word, count) -> {
            String lower = VietnameseText.toNewStyle(word.toLowerCase(Locale.ROOT));
            if (lower.split(" ").length == 2) {
                String key = VietnameseText.fold(lower);
                if (count > best.getOrDefault(key, -1)) {
                    best.put(key, count);
                    out.put(key, lower);
                }
            }
        });
        this.forms = Map.copyOf(out);
    }

    /** The folded syllables of each such pair among {@code units} ("ha", "tinh"); empty if none. */
    List<List<String>> runs(List<Unit> units) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit a = units.get(i);
            Unit b = units.get(i + 1);
            if (a.kind() != Kind.WORD || b.kind() != Kind.WORD || accented(a) == accented(b)
                    || inName(units, accented(a) ? i : i + 1, accented(a) ? i - 1 : i + 2)) {
                continue;
            }
            String left = VietnameseText.toNewStyle(a.text().toLowerCase(Locale.ROOT));
            String right = VietnameseText.toNewStyle(b.text().toLowerCase(Locale.ROOT));
            String form = forms.get(VietnameseText.fold(left) + " " + VietnameseText.fold(right));
            boolean asTyped = form != null
                    && (accented(a) ? form.startsWith(left + " ") : form.endsWith(" " + right));
            if (asTyped) {
                out.add(List.of(VietnameseText.fold(left), VietnameseText.fold(right)));
            }
        }
        return out;
    }

    /**
     * Whether the accented word at {@code at} is capitalised beside another capitalised word at {@code other}: part of
     * a name, not of a word with its bare neighbour ("hang Sơn Đoòng" is the cave, not "hàng sơn", paint).
     */
    private static boolean inName(List<Unit> units, int at, int other) {
        return other >= 0 && other < units.size() && capitalised(units.get(at)) && capitalised(units.get(other));
    }

    private static boolean capitalised(Unit u) {
        return u.kind() == Kind.WORD && !u.text().isEmpty() && Character.isUpperCase(u.text().codePointAt(0));
    }

    private static boolean accented(Unit u) {
        return u.accented() && VietnameseText.hasDiacritics(u.text());
    }
}
