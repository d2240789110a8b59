package vn.khotin.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): codes typed as one word ("Su-30MK2", "QL8A", "46/2016") and
 * the other ways articles write them. A road typed as its kind and number ("quốc lộ 8A", "QL 8A") is one code too,
 * as articles also write it in one piece ("QL8A", one term): the code unit matches the piece and, through
 * {@link #spacedVariants} and the abbreviation synonyms, "QL 8A" and "Quốc lộ 8A" side by side. Stateless.
 */
final class CodeWords {

    /** The road kinds whose abbreviation articles glue to the number (folded keys of {@link QueryUnits#key}). */
    private static final Set<String> KINDS = Set.of("ql", "tl");
    /** A road's number: one to three digits, then up to two letters ("1A", "8", "12C"); never a year. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[A-Za-z]{0,2}");

    private CodeWords() {}

    /** The units with each road kind and the number after it joined into one code unit ("QL8A"). */
    static List<Unit> joinedRoads(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        boolean changed = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i + 1 < units.size() && isRoadKind(u) && isRoadNumber(units.get(i + 1))) {
                out.add(new Unit(Kind.WORD, u.text() + units.get(i + 1).text(), false, false));
                changed = true;
                i++;
            } else {
                out.add(u);
            }
        }
        return changed ? out : units;
    }

    private static boolean isRoadKind(Unit u) {
        return u.kind() == Kind.CONCEPT && KINDS.contains(QueryUnits.key(u.text()));
    }

    private static boolean isRoadNumber(Unit u) {
        return u.kind() == Kind.WORD && NUMBER.matcher(u.text()).matches();
    }

    /**
     * The start of the document codes a number and year stand for ("46/2016" → "46/2016/", which begins
     * "46/2016/NĐ-CP", indexed as one term), or a number after a document kind ("100/", {@link DocumentReferences}),
     * or null for any other word: researchers type "Nghị định 46/2016" and "Nghị định 100".
     */
    static String documentNumber(String word) {
        return DOCUMENT_NUMBER.matcher(word).matches() ? (word.endsWith("/") ? word : word + "/") : null;
    }

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("\\d{1,5}/((19|20)\\d{2})?");

    /**
     * The ways a code typed in one piece is also written spaced ("Su-30MK2" as "Su -30 MK2", "QL8A" as "QL 8A",
     * "U23" as "U 23"): split where letters meet digits, at every such place or only where a letter is followed by
     * a digit or only the other way; empty for a word without both letters and digits.
     */
    static List<String> spacedVariants(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            letter |= Character.isLetter(word.charAt(i));
            digit |= Character.isDigit(word.charAt(i));
        }
        if (!letter || !digit || word.length() > 30) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int mode = 0; mode < 3; mode++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (i > 0) {
                    char p = word.charAt(i - 1);
                    boolean letterDigit = Character.isLetter(p) && Character.isDigit(c);
                    boolean digitLetter = Character.isDigit(p) && Character.isLetter(c);
                    if ((letterDigit && mode != 2) || (digitLetter && mode != 1)) {
                        b.append(' ');
                    }
                }
                b.append(c == '-' ? ' ' : c);
            }
            out.add(b.toString().strip().replaceAll("\\s+", " "));
        }
        out.remove(word);
        return List.copyOf(out);
    }
}
