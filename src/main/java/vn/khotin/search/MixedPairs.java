package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.Gazetteer;
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
     * The query with the bare word of each such pair written as the lexicon word, in the typed case, and a place of
     * the gazetteer capitalised ("Hà tinh mưa lũ" → "Hà Tĩnh mưa lũ"); the query itself when there is none. The
     * search already reads the pair so; this is what the user is shown.
     */
    String restored(String query) {
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String a = words[i];
            String b = words[i + 1];
            boolean left = VietnameseText.hasDiacritics(a);
            if (!letters(a) || !letters(b) || left == VietnameseText.hasDiacritics(b)
                    || nameWord(words, left ? i : i + 1, left ? i - 1 : i + 2)) {
                continue;
            }
            String lowerA = VietnameseText.toNewStyle(a.toLowerCase(Locale.ROOT));
            String lowerB = VietnameseText.toNewStyle(b.toLowerCase(Locale.ROOT));
            String form = forms.get(VietnameseText.fold(lowerA) + " " + VietnameseText.fold(lowerB));
            if (form == null || !(left ? form.startsWith(lowerA + " ") : form.endsWith(" " + lowerB))) {
                continue;
            }
            String[] syllables = form.split(" ");
            int bare = left ? i + 1 : i;
            String written = SpellingCorrection.casedLike(words[bare], syllables[left ? 1 : 0]);
            if (Character.isUpperCase(words[left ? i : i + 1].codePointAt(0)) && place(words[left ? i : i + 1], written, left)) {
                written = capitalised(written); // "Hà tinh" → "Hà Tĩnh", the province
            }
            changed |= !written.equals(words[bare]);
            words[bare] = written;
        }
        return changed ? String.join(" ", words) : query;
    }

    /** Whether the accented word and the restored one, capitalised, are a place's name in the gazetteer. */
    private static boolean place(String accented, String restored, boolean accentedFirst) {
        List<String> pair = accentedFirst ? List.of(capitalised(accented), capitalised(restored))
                : List.of(capitalised(restored), capitalised(accented));
        return Gazetteer.get().spans(pair).stream().anyMatch(span -> span[0] == 0 && span[1] == 2);
    }

    private static String capitalised(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static boolean letters(String w) {
        return !w.isEmpty() && w.codePoints().allMatch(Character::isLetter);
    }

    /** {@link #inName} for typed words. */
    private static boolean nameWord(String[] words, int at, int other) {
        return other >= 0 && other < words.length && Character.isUpperCase(words[at].codePointAt(0))
                && Character.isUpperCase(words[other].codePointAt(0));
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
