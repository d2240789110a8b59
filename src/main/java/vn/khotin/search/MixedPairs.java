package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
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

    /** The pairs of the bundled lexicon: derived from it once, shared by the compile and suggest stages. */
    static final MixedPairs DEFAULT = new MixedPairs(VietnameseLexicon.get());

    /** The lexicon's words of two syllables by their folded form, as most often written ("ha tinh" → "hà tĩnh"). */
    private final Map<String, String> forms;

    MixedPairs(VietnameseLexicon lexicon) {
        Map<String, String> out = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        lexicon.forEachWord((word, count) -> {
            String lower = lower(word);
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

    /**
     * The strict search's filter for each such pair among {@code units}: side by side folded, or as written ({@link
     * Pair}). Folded, not a term of the word fields: a pair written "Bắc - Nam" is no term there (dev "cao tốc Bắc
     * Nam qua Hà Tĩnh" 0.951 → 0.884).
     */
    List<Query> filters(List<Unit> units) {
        return runs(units).stream().map(MixedPairs::filter).toList();
    }

    private static Query filter(Pair pair) {
        Query typed = pair.written() ? SideBySide.written(pair.syllables()) : SideBySide.folded(pair.syllables());
        if (pair.otherSpelling() == null) {
            return typed;
        }
        Query other = pair.written() ? SideBySide.written(pair.otherSpelling())
                : SideBySide.folded(pair.otherSpelling());
        return new BooleanQuery.Builder().add(typed, Occur.SHOULD).add(other, Occur.SHOULD).build();
    }

    /**
     * Two syllables an article must write side by side: folded ("ha", "tinh") when a syllable was typed otherwise
     * than the lexicon word writes it, or as written ("việt", "nam") when the typed pair is the word itself; or
     * the other spelling instead ({@code otherSpelling}, null if none), when the accented one was typed with the
     * other of i and y ({@link IyVariants}).
     */
    private record Pair(List<String> syllables, boolean written, List<String> otherSpelling) {

        Pair(List<String> syllables, boolean written) {
            this(syllables, written, null);
        }
    }

    /**
     * Each such pair among {@code units}; empty if none. A pair typed as the lexicon writes it ("Việt Nam", "chung
     * cư": a syllable with no diacritics is often right) is matched as written, which finds the same articles but
     * reads far fewer positions than the folded syllables, where "nam" is also "năm" and "tin" also "tín".
     */
    private List<Pair> runs(List<Unit> units) {
        List<String> words = units.stream().map(u -> u.kind() == Kind.WORD ? u.text() : "").toList();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String form = form(words, i);
            // a pair that only asks the question ("tại sao", QuestionWords) is no word an answer writes
            if (form == null || units.get(i).stopword() && units.get(i + 1).stopword()) {
                continue;
            }
            String typed = lower(words.get(i)) + " " + lower(words.get(i + 1));
            // a syllable spelt with either i or y matches both spellings (IyVariants): "sĩ quan" and "sỹ quan"
            List<String> other = otherIy(lower(words.get(i)), lower(words.get(i + 1)));
            if (typed.equals(form)) {
                out.add(new Pair(List.of(form.split(" ")), true, other));
            } else if (VietnameseText.fold(typed).equals(VietnameseText.fold(form))) {
                out.add(new Pair(List.of(folded(words.get(i)), folded(words.get(i + 1))), false,
                        other == null ? null : other.stream().map(MixedPairs::folded).toList()));
            } else {
                // typed with the other of i and y ("lí do", "sỹ quan"): either spelling, as written when the bare
                // word is written bare in the lexicon word, else folded ("kĩ thuat")
                String[] t = typed.split(" ");
                String[] f = form.split(" ");
                boolean bareAsWritten = VietnameseText.hasDiacritics(t[0]) ? t[1].equals(f[1]) : t[0].equals(f[0]);
                out.add(bareAsWritten ? new Pair(List.of(t), true, List.of(f))
                        : new Pair(List.of(folded(t[0]), folded(t[1])), false, List.of(folded(f[0]), folded(f[1]))));
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
        List<String> typed = List.of(words);
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String form = form(typed, i);
            if (form == null) {
                continue;
            }
            boolean left = VietnameseText.hasDiacritics(words[i]);
            int bare = left ? i + 1 : i;
            String accented = words[left ? i : i + 1];
            String written = SpellingCorrection.casedLike(words[bare], form.split(" ")[left ? 1 : 0]);
            if (Character.isUpperCase(accented.codePointAt(0)) && place(accented, written, left)) {
                written = capitalised(written); // "Hà tinh" → "Hà Tĩnh", the province
            }
            changed |= !written.equals(words[bare]);
            words[bare] = written;
        }
        return changed ? String.join(" ", words) : query;
    }

    /**
     * The lexicon word that the words at {@code i} and {@code i + 1} make, one typed with diacritics and written so
     * in it, the other bare; null if they make none, or if the accented one is capitalised beside another capital on
     * its other side: part of a name, not of a word with its bare neighbour ("hang Sơn Đoòng" is the cave, not "hàng
     * sơn", paint).
     */
    private String form(List<String> words, int i) {
        String a = words.get(i);
        String b = words.get(i + 1);
        boolean left = VietnameseText.hasDiacritics(a);
        if (!letters(a) || !letters(b) || left == VietnameseText.hasDiacritics(b)
                || inName(words, left ? i : i + 1, left ? i - 1 : i + 2)) {
            return null;
        }
        String lowerA = lower(a);
        String lowerB = lower(b);
        String form = formAsTyped(lowerA, lowerB, left);
        String other = IyVariants.of(left ? lowerA : lowerB);
        if (form == null && other != null) {
            // the lexicon writes the word with the other of i and y: "lí do" is "lý do", "sỹ quan" "sĩ quan"
            form = left ? formAsTyped(other, lowerB, true) : formAsTyped(lowerA, other, false);
        }
        return form;
    }

    /**
     * The pair with its accented syllable spelt with the other of i and y, or else its bare one ("qui hoạch", which
     * the lexicon also lists, is "quy hoạch"), or null if neither has such a spelling.
     */
    private static List<String> otherIy(String a, String b) {
        boolean left = VietnameseText.hasDiacritics(a);
        String swapped = IyVariants.of(left ? a : b);
        if (swapped != null) {
            return left ? List.of(swapped, b) : List.of(a, swapped);
        }
        String bare = IyVariants.of(left ? b : a);
        return bare == null ? null : left ? List.of(a, bare) : List.of(bare, b);
    }

    /** The lexicon word of two syllables written with the accented one as given, or null. */
    private String formAsTyped(String lowerA, String lowerB, boolean left) {
        String form = forms.get(VietnameseText.fold(lowerA) + " " + VietnameseText.fold(lowerB));
        boolean asTyped = form != null && (left ? form.startsWith(lowerA + " ") : form.endsWith(" " + lowerB));
        return asTyped ? form : null;
    }

    private static String folded(String word) {
        return VietnameseText.fold(lower(word));
    }

    private static String lower(String word) {
        return VietnameseText.toNewStyle(word.toLowerCase(Locale.ROOT));
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

    private static boolean inName(List<String> words, int at, int other) {
        return other >= 0 && other < words.size() && Character.isUpperCase(words.get(at).codePointAt(0))
                && !words.get(other).isEmpty() && Character.isUpperCase(words.get(other).codePointAt(0));
    }
}
