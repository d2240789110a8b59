package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Fields;

/**
 * Filter values as people type them, resolved to the values the archive stores: case and accents forgiven
 * ("xa hoi" → "Xã hội", "ocop" → "OCOP"), a place by its bare name ("Kỳ Anh" → "Huyện Kỳ Anh", "Thị xã Kỳ Anh") and
 * with the places inside it (a district's communes). A value that matches nothing is reported with the closest
 * stored values. Stateless and thread-safe.
 */
final class FilterValues {

    /**
     * A filter's stored values, a warning when a requested value matched none, and the values the user chose: those
     * stored values without the places added for lying inside a chosen one (the facet marks only these).
     */
    record Resolved(Map<String, List<String>> filters, List<String> warnings, Map<String, List<String>> chosen) {}

    private static final int CLOSEST = 3;

    private FilterValues() {}

    /** Resolves every requested value; a field whose values all match nothing keeps them (so it finds nothing). */
    static Resolved resolve(IndexReader reader, Map<String, List<String>> requested) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : requested.entrySet()) {
            String field = e.getKey();
            Set<String> named = new LinkedHashSet<>();
            for (String v : e.getValue()) {
                if (exists(reader, field, v)) {
                    named.add(v);
                    continue;
                }
                List<String> stored = filterable(field, storedValues(reader, field));
                if (stored.contains(v)) {
                    named.add(v);
                    continue;
                }
                List<String> matched = matches(field, v, stored);
                if (matched.isEmpty()) {
                    named.add(v);
                    warnings.add(warning(field, v, closest(v, stored)));
                } else {
                    named.addAll(matched);
                }
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : named) {
                values.add(v);
                values.addAll(inside(field, v));
            }
            out.put(field, List.copyOf(values));
            chosen.put(field, List.copyOf(named));
        }
        return new Resolved(out, warnings, chosen);
    }

    private static boolean exists(IndexReader reader, String field, String value) throws IOException {
        return reader.docFreq(new org.apache.lucene.index.Term(field, value)) > 0;
    }

    /**
     * The stored values equal to the typed one without case and accents; a place: the places the text names as the
     * query language's clause reads it ({@link Gazetteer#labelsNamed}: label, name, alias, "TX" form; the diacritics typed
     * when some place is named with them), among those the archive can be filtered on.
     */
    private static List<String> matches(String field, String typed, List<String> stored) {
        if (ArticleSchema.PLACE.equals(field)) {
            List<String> named = Gazetteer.get().labelsNamed(typed).stream().filter(stored::contains).toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        String key = TextAnalysis.key(typed);
        List<String> out = new ArrayList<>();
        for (String s : stored) {
            if (TextAnalysis.key(s).equals(key)) {
                out.add(s);
            }
        }
        if (out.isEmpty() && ArticleSchema.PLACE.equals(field)) {
            for (String s : stored) {
                // its name, or a name the file lists for it ("Kẻ Gỗ" for the landmark "Hồ Kẻ Gỗ")
                Gazetteer.get().byLabel(s).ifPresent(p -> {
                    if (TextAnalysis.key(p.name()).equals(key)
                            || p.aliases().stream().anyMatch(a -> TextAnalysis.key(a).equals(key))) {
                        out.add(s);
                    }
                });
            }
        }
        return out;
    }

    /** For a place: the labels of the places inside it at any depth (a district's communes), as the facet stores them. */
    private static List<String> inside(String field, String label) {
        return ArticleSchema.PLACE.equals(field) ? Gazetteer.get().inside(label) : List.of();
    }

    /**
     * The values a field can be filtered on: those stored and, for places, the places enclosing them (a district
     * whose articles all name one of its communes).
     */
    private static List<String> filterable(String field, List<String> stored) {
        if (!ArticleSchema.PLACE.equals(field)) {
            return stored;
        }
        Set<String> out = new LinkedHashSet<>(stored);
        for (String s : stored) {
            out.addAll(Gazetteer.get().enclosing(s));
        }
        return new ArrayList<>(out);
    }

    /** Every distinct value of a keyword field in the archive. */
    private static List<String> storedValues(IndexReader reader, String field) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
        }
        return new ArrayList<>(out);
    }

    /** The stored values nearest to a typed one (edit distance of their folded forms). */
    static List<String> closest(String typed, List<String> stored) {
        String key = TextAnalysis.key(typed);
        // "Hà Nội" is no slip for "Xã Kỳ Lợi": only values a few edits away are offered, and fewer than half the
        // letters of the shorter ("xyz" is no slip for "Xe", two edits away)
        int near = Math.max(2, key.length() / 3);
        return stored.stream().filter(s -> isSlip(key, TextAnalysis.key(s), near))
                .sorted(Comparator.comparingInt((String s) -> distance(key, TextAnalysis.key(s)))
                .thenComparing(Comparator.naturalOrder())).limit(CLOSEST).toList();
    }

    private static boolean isSlip(String typed, String stored, int near) {
        int d = distance(typed, stored);
        return d <= near && 2 * d < Math.min(typed.length(), stored.length());
    }

    /** Why a place may have no articles: none is tagged with it yet, or it lies outside the province. */
    private static String placeHint(String field, String value) {
        if (!field.equals(ArticleSchema.PLACE)) {
            return "";
        }
        String key = TextAnalysis.key(value);
        boolean known = Gazetteer.get().places().stream().anyMatch(p -> TextAnalysis.key(p.name()).equals(key)
                || TextAnalysis.key(p.label()).equals(key)
                || p.aliases().stream().anyMatch(a -> TextAnalysis.key(a).equals(key)));
        return known ? " Chưa bài nào được gắn địa danh này; hãy tìm như từ trong bài: \"" + value + "\"."
                : " Địa danh chỉ gồm các nơi trong tỉnh Hà Tĩnh; nơi khác hãy tìm như từ trong bài: \"" + value + "\".";
    }

    /** The warning for a value no article has, without nearest values (a field clause of the query language). */
    static String unmatched(String field, String value) {
        return warning(field, value, List.of());
    }

    /**
     * How a lower-case name that could not run on was read ({@code địa danh:hà nội}: the place "hà" and the word
     * "nội"), with the place hint for the whole name.
     */
    static String cutShort(String field, String name, String word, boolean excluded) {
        String label = Fields.facet(field).map(Fields.FieldSpec::lowerLabel).orElse(field);
        String whole = name + " " + word;
        String read = excluded ? "đã loại các bài có " + label + " \"" + name + "\" và tìm từ \"" + word + "\""
                : "đã tìm " + label + " \"" + name + "\" cùng từ \"" + word + "\"";
        return "Không có bài nào với " + label + " \"" + whole + "\", nên " + read + "." + placeHint(field, whole);
    }

    private static String warning(String field, String value, List<String> closest) {
        String name = Fields.facet(field).map(Fields.FieldSpec::lowerLabel).orElse(field);
        String s = "Không có bài nào với " + name + " \"" + value + "\"." + placeHint(field, value);
        return closest.isEmpty() ? s : s + " Gần nhất: " + String.join(", ", closest) + ".";
    }

    /** Letters changed, added or left out between two words (Levenshtein's distance). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
