package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;

/**
 * The place hierarchy in the place facet's global ordinals: each place counts the articles tagged with it or with
 * any place inside it (a district its communes, the province everything), as its filter finds them
 * ({@link FilterValues}: "Tỉnh Hà Tĩnh 32" used to lead to 33). An article is counted once per place however many
 * of its tags lie inside it; a place clause of the query language takes in the places inside those it names
 * ({@link #withPlacesInside}). Immutable and thread-safe.
 */
final class PlaceRollup {

    /**
     * For each global ordinal, the ordinals to count a document with that value in: its own, then those of the
     * places enclosing it that the archive has as values.
     */
    private final int[][] selfAndEnclosing;
    private final int valueCount;
    /** Enclosing places no article is tagged with, counted at ordinals from {@link #valueCount} on. */
    private final List<String> unstored;
    private final Map<String, Integer> ordOf;

    private PlaceRollup(int[][] selfAndEnclosing, int valueCount, List<String> unstored, Map<String, Integer> ordOf) {
        this.selfAndEnclosing = selfAndEnclosing;
        this.valueCount = valueCount;
        this.unstored = List.copyOf(unstored);
        this.ordOf = Map.copyOf(ordOf);
    }

    /** The enclosing places no value names, in ordinal order from the stored values' count on. */
    List<String> unstored() {
        return unstored;
    }

    /** The ordinal of a place's label, stored or enclosing, or -1. */
    int ordOf(String label) {
        Integer ord = ordOf.get(label);
        return ord == null ? -1 : ord;
    }

    /** The size of the counted ordinal space: the stored values, then the enclosing places no article is tagged with. */
    int size() {
        return valueCount + unstored.size();
    }

    /** The label of an ordinal past the stored values (an enclosing place no article is tagged with), else null. */
    String unstoredLabel(int ord) {
        return ord >= valueCount ? unstored.get(ord - valueCount) : null;
    }

    /** The ordinals a document with global ordinal {@code ord} counts in, its own first. */
    int[] countedIn(int ord) {
        return selfAndEnclosing[ord];
    }

    /** Whether a field's counts roll up a hierarchy (only places have one). */
    static boolean rollsUp(String field) {
        return ArticleSchema.PLACE.equals(field);
    }

    /** The rollup of place values given by ordinal (a reader's global ordinals, or a segment's). */
    static PlaceRollup build(String[] labels) {
        int valueCount = labels.length;
        Map<String, Integer> ordOf = new HashMap<>();
        for (int ord = 0; ord < valueCount; ord++) {
            ordOf.put(labels[ord], ord);
        }
        Gazetteer gazetteer = Gazetteer.get();
        List<String> unstored = new ArrayList<>();
        int[][] out = new int[valueCount][];
        for (int ord = 0; ord < valueCount; ord++) {
            Set<Integer> counted = new LinkedHashSet<>();
            counted.add(ord);
            for (String label : gazetteer.enclosing(labels[ord])) {
                // a district whose articles all name a commune still gets its count
                counted.add(ordOf.computeIfAbsent(label, l -> {
                    unstored.add(l);
                    return valueCount + unstored.size() - 1;
                }));
            }
            out[ord] = counted.stream().mapToInt(Integer::intValue).toArray();
        }
        return new PlaceRollup(out, valueCount, unstored, ordOf);
    }

    /**
     * A query-language place clause ({@code địa danh:Thạch Hà}) as its facet filter reads: when the text names
     * places of the gazetteer (a label, a bare name, an alias or a type word's form: "TX Kỳ Anh", "cửa khẩu Cầu Treo"),
     * those places and every place inside them, with the diacritics typed when some place is named with them ("Xã
     * Thạch Hạ" is not Thạch Hà); else the {@code phrase} on the folded labels, as before.
     */
    static Query withPlacesInside(String field, String text, Query phrase) {
        if (phrase == null || !rollsUp(field)) {
            return phrase;
        }
        Gazetteer gazetteer = Gazetteer.get();
        Set<String> named = gazetteer.labelsNamed(text);
        if (named.isEmpty()) {
            return phrase;
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String label : named) {
            labels.add(label);
            labels.addAll(gazetteer.inside(label));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String label : labels) {
            any.add(new TermQuery(new Term(field, label)), Occur.SHOULD);
        }
        return new ConstantScoreQuery(any.build());
    }
}
