package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.Gazetteer;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): a place of Hà Tĩnh typed without diacritics ("cau treo",
 * "ky anh") also scores the place's name as written, its syllable pairs in the word fields, so that articles
 * that write the place rank above those whose syllables merely fold alike ("Nhật ký ảnh", photo diary, folds to
 * "ky anh"). Only names whose folded form belongs to one place's spelling are read so, and never the province
 * itself; a general accent restoration, tried as the same kind of boost, lost on the judged queries (a wrong
 * restoration pulls its own reading up). A ranking boost: what matches is unchanged. Immutable and thread-safe.
 */
final class FoldedPlaces {

    /**
     * The boost of the name's word pairs, each weighted as its field ({@link UnitQueries#WEIGHTS}). Measured on the
     * judged dev queries: 1 raises {@code cua khau cau treo ma tuy} 0.884 → 0.937, 2 and 4 only to 0.894, and no
     * dev query moves otherwise. At 1 a title with both folded syllables still outranks the place in the body:
     * "Nhật ký ảnh" stays second for {@code ky anh} on the 82k archive (it drops out of the top 10 at 4).
     */
    static final float NAME_BOOST = 1f;
    /**
     * The boost when a word of the place was typed with a capital: a name was meant. Measured on the judged dev
     * queries: 4 raises {@code buôn lậu ma túy qua Cau Treo} 0.638 → 0.880 (2: 0.721; 8: 0.943, but {@code cháy rừng
     * thông núi Hong Linh} 0.681 → 0.671), no dev query lower.
     */
    static final float CAPITALISED_NAME_BOOST = 4f;

    /**
     * The province is the archive's setting, not a query's topic: boosting "ha tinh" (also the name of its capital)
     * pulled articles with Hà Tĩnh in the title above the topic's.
     */
    private static final String PROVINCE = "tinh";

    /** The places of the bundled gazetteer. */
    static final FoldedPlaces DEFAULT = new FoldedPlaces(Gazetteer.get());

    /** Folded names of two or more syllables ("ky anh") to their one spelling ("kỳ anh"). */
    private final Map<String, String> spelling;
    /** The names as the gazetteer writes them ("Kỳ Anh", "Cầu Treo"; not "Thành phố Hà Tĩnh", a type and a name). */
    private final Map<String, String> written;
    private final int longest;
    /** The province's name, lower case, by syllable ("hà", "tĩnh"), or empty if the gazetteer has none. */
    private final String[] province;

    FoldedPlaces(Gazetteer gazetteer) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> cased = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        int max = 0;
        for (Gazetteer.Place p : gazetteer.places()) {
            if (p.type().equals(PROVINCE)) {
                continue;
            }
            List<String> forms = new ArrayList<>(p.aliases());
            forms.add(p.name());
            for (String form : forms) {
                String lower = VietnameseText.toNewStyle(form.toLowerCase(Locale.ROOT)).strip();
                String folded = VietnameseText.fold(lower);
                int syllables = folded.split("\\s+").length;
                if (syllables < 2 || folded.equals(lower)) {
                    continue;
                }
                String before = names.putIfAbsent(folded, lower);
                if (java.util.Arrays.stream(form.strip().split("\\s+"))
                        .allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
                    cased.putIfAbsent(folded, form.strip()); // a name: not an alias with a type word ("Thành phố …")
                }
                if (before != null && !before.equals(lower)) {
                    ambiguous.add(folded);
                }
                max = Math.max(max, syllables);
            }
        }
        ambiguous.forEach(names::remove);
        for (Gazetteer.Place p : gazetteer.places()) {
            if (p.type().equals(PROVINCE)) {
                names.remove(VietnameseText.fold(VietnameseText.toNewStyle(p.name().toLowerCase(Locale.ROOT))));
            }
        }
        this.spelling = Map.copyOf(names);
        cased.keySet().retainAll(names.keySet());
        this.written = Map.copyOf(cased);
        this.longest = max;
        this.province = gazetteer.places().stream().filter(p -> p.type().equals(PROVINCE)).findFirst()
                .map(p -> VietnameseText.toNewStyle(p.name().toLowerCase(Locale.ROOT)).strip().split("\\s+"))
                .orElse(new String[0]);
    }

    /**
     * A boost for each run of words typed without diacritics that folds to one place's name: its syllable pairs as
     * written in the word fields; null when there is none.
     */
    Query boost(List<Unit> units) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Run> names = names(units);
        for (Run run : names) {
            String[] syllables = run.syllables();
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            for (int k = 0; k + 1 < syllables.length; k++) {
                String pair = syllables[k] + "_" + syllables[k + 1];
                for (String base : UnitQueries.TEXT_BASES) {
                    pairs.add(new BoostQuery(new TermQuery(new Term(Role.WORDS.field(base), pair)),
                            UnitQueries.WEIGHTS.get(base)), Occur.SHOULD);
                }
            }
            b.add(new BoostQuery(pairs.build(), run.capitalised() ? CAPITALISED_NAME_BOOST : NAME_BOOST),
                    Occur.SHOULD);
        }
        return names.isEmpty() ? null : b.build();
    }


    /**
     * For each run of words typed without diacritics that folds to one place's name, a filter that an article
     * writes that name (each of its syllable pairs, in the title, sapo or body): what a relaxed search ranks as the
     * query's names ({@link RequiredUnits#ALL_NAMES_BONUS}), as it does a capitalised name.
     */
    List<Query> nameFilters(List<Unit> units) {
        List<Query> out = new ArrayList<>();
        for (Run run : names(units)) {
            String[] syllables = run.syllables();
            BooleanQuery.Builder name = new BooleanQuery.Builder();
            for (int k = 0; k + 1 < syllables.length; k++) {
                name.add(SideBySide.word(syllables[k] + "_" + syllables[k + 1]), Occur.FILTER);
            }
            out.add(name.build());
        }
        return out;
    }

    /** A place's name typed without diacritics: its syllables (lower case), and whether a word had a capital. */
    private record Run(String[] syllables, boolean capitalised) {}

    /** The places' names of the runs of {@code units} that fold to one. */
    private List<Run> names(List<Unit> units) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int len = placeAt(units, i);
            if (len == 0) {
                i++;
                continue;
            }
            boolean capital = units.subList(i, i + len).stream()
                    .anyMatch(u -> Character.isUpperCase(u.text().codePointAt(0)));
            out.add(new Run(spelling.get(folded(units, i, len)).split("\\s+"), capital));
            i += len;
        }
        return out;
    }

    /**
     * A restored query with each place in it written as a name ("kỳ anh" → "Kỳ Anh"), where the restoration gave the
     * place's own spelling: capitalised, a place is searched as its name ({@link WholeWords#strictFilters}), in
     * lower case as syllables anywhere. Words the user capitalised or accented differently stay as they are.
     */
    String withPlaceNames(String restored) {
        if (restored == null || restored.isEmpty()) {
            return restored;
        }
        String[] words = restored.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            for (int len = Math.min(longest, words.length - i); len >= 2; len--) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                String lower = VietnameseText.toNewStyle(run.toLowerCase(Locale.ROOT));
                String key = VietnameseText.fold(lower);
                String name = written.get(key);
                if (name != null && lower.equals(spelling.get(key)) && !run.equals(name)
                        && run.equals(run.toLowerCase(Locale.ROOT))) {
                    System.arraycopy(name.split("\\s+"), 0, words, i, len);
                    changed = true;
                    i += len - 1;
                    break;
                }
            }
        }
        return changed ? String.join(" ", words) : restored;
    }

    /**
     * The restoration with the province's name wherever the query typed its syllables without diacritics: the
     * archive's setting, whatever a neighbour suggests. "sinh vien ha tinh" was restored "sinh viên hà tình"
     * because the shared corpus names an actress Hà Tình twice after "diễn viên", and never writes "viên Hà Tĩnh".
     * The typed case is kept unless a word has a capital ("Ha tinh" was offered "Hà tĩnh", searched as syllables).
     */
    String withProvince(String typed, String restored) {
        String[] t = typed.strip().split("\\s+");
        String[] r = restored.split(" ");
        if (province.length < 2 || t.length != r.length) {
            return restored;
        }
        boolean changed = false;
        for (int i = 0; i + province.length <= t.length; i++) {
            boolean at = true;
            boolean capital = false; // a capital on a word of it: the name ("Ha tinh" is "Hà Tĩnh")
            for (int k = 0; k < province.length && at; k++) {
                String w = t[i + k];
                at = !VietnameseText.hasDiacritics(w)
                        && VietnameseText.fold(w.toLowerCase(Locale.ROOT)).equals(VietnameseText.fold(province[k]));
                capital |= at && Character.isUpperCase(w.codePointAt(0));
            }
            for (int k = 0; at && k < province.length; k++) {
                String name = capital ? Character.toUpperCase(province[k].charAt(0)) + province[k].substring(1)
                        : SpellingCorrection.casedLike(t[i + k], province[k]);
                changed |= !name.equals(r[i + k]);
                r[i + k] = name;
            }
        }
        return changed ? String.join(" ", r) : restored;
    }

    /**
     * The restoration with each place of Hà Tĩnh typed as a name, without diacritics and with a capital on one of
     * its words, written as the gazetteer writes it: the capital says a name was meant. "cua Sot" was restored "của
     * Sốt" (fever), the likelier pair in running text, in an archive that names the fishing port Cửa Sót in ten
     * articles. A name the gazetteer writes with a type word ("thành phố Hà Tĩnh") keeps the typed case. Only names whose folded form is one place's spelling; a run typed in lower case is left to the
     * model, as "cua sot" may be "của sốt".
     */
    String withCapitalisedPlaces(String typed, String restored) {
        String[] t = typed.strip().split("\\s+");
        String[] r = restored.split(" ");
        if (t.length != r.length) {
            return restored;
        }
        boolean changed = false;
        for (int i = 0; i < t.length; i++) {
            for (int len = Math.min(longest, t.length - i); len >= 2; len--) {
                String key = typedPlace(t, i, len);
                if (key != null) {
                    String cased = written.get(key);
                    String[] name = (cased != null ? cased : spelling.get(key)).split("\\s+");
                    for (int k = 0; k < len; k++) {
                        String w = cased != null ? name[k] : SpellingCorrection.casedLike(t[i + k], name[k]);
                        changed |= !w.equals(r[i + k]);
                        r[i + k] = w;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        return changed ? String.join(" ", r) : restored;
    }

    /** The folded name typed at {@code t[i, i + len)}, bare and with a capital, if it is one place's; else null. */
    private String typedPlace(String[] t, int i, int len) {
        boolean capital = false;
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            if (VietnameseText.hasDiacritics(t[k]) || !t[k].codePoints().allMatch(Character::isLetter)) {
                return null;
            }
            capital |= Character.isUpperCase(t[k].codePointAt(0));
            key.append(k > i ? " " : "").append(t[k].toLowerCase(Locale.ROOT));
        }
        return capital && spelling.containsKey(key.toString()) ? key.toString() : null;
    }

    /** The number of units from {@code i} that fold to a place's name, longest first; 0 if none. */
    private int placeAt(List<Unit> units, int i) {
        for (int len = Math.min(longest, units.size() - i); len >= 2; len--) {
            boolean plain = true;
            for (int k = i; k < i + len && plain; k++) {
                Unit u = units.get(k);
                plain = u.kind() == Kind.WORD && !u.accented() && !VietnameseText.hasDiacritics(u.text());
            }
            if (plain && spelling.containsKey(folded(units, i, len))) {
                return len;
            }
        }
        return 0;
    }

    private static String folded(List<Unit> units, int from, int len) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            s.append(k > from ? " " : "").append(VietnameseText.fold(units.get(k).text().toLowerCase(Locale.ROOT)));
        }
        return s.toString();
    }
}
