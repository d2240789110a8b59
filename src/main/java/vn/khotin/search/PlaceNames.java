package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.PlacesElsewhere;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link CapitalisedNames}): the provinces, cities and countries that researchers type one
 * after another without a comma ("Pháp Đức Anh", "Hà Nội Đà Nẵng Huế"), of {@link PlacesElsewhere}. Such a run was
 * required as one name that no article writes, and found nothing: it is searched as these places instead.
 * Stateless.
 */
final class PlaceNames {

    private PlaceNames() {}

    /**
     * Where the names typed together from {@code i} are places of {@link PlacesElsewhere} that no article writes as one
     * name ("Pháp Đức Anh", "Mỹ Trung Quốc Nhật Bản": 0 articles of 82,137, while 11 and 30 of the 1,500-article
     * demo name them all): each place of two words or more added to {@code out} as the filter that it is written
     * side by side (as typed, or folded when a word of it has no diacritics), and the end of the run returned;
     * else {@code i}. With {@code queries} null, every place is filtered folded.
     */
    static int filters(List<Unit> units, int i, UnitQueries queries, IndexReader reader, List<Query> out) {
        List<int[]> places = placesAt(units, i, queries, reader);
        if (places == null) {
            return i;
        }
        for (int[] p : places) {
            if (p[1] - p[0] >= 2) {
                out.add(written(units, p[0], p[1], queries));
            }
        }
        return places.get(places.size() - 1)[1];
    }

    /**
     * The query's words as the proximity boost reads them ({@link QueryUnits#canonicalText}), with a comma between
     * the places {@link #filters} reads: "Pháp, Đức, Anh", whose "Đức Anh" is no pair to reward (it ranked the
     * articles on General Lê Đức Anh second to fourth).
     */
    static String canonicalText(List<Unit> units, UnitQueries queries, IndexReader reader) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < units.size()) {
            List<int[]> places = placesAt(units, i, queries, reader);
            List<int[]> parts = places != null ? places : List.of(new int[] {i, i + 1});
            for (int[] p : parts) {
                out.append(out.isEmpty() ? "" : places != null && p[0] > i ? ", " : " ");
                out.append(String.join(" ", units.subList(p[0], p[1]).stream().map(Unit::text).toList()));
            }
            i = parts.get(parts.size() - 1)[1];
        }
        return out.toString();
    }

    /** The places that the names typed together from {@code i} are ({@link #filters}), or null. */
    private static List<int[]> placesAt(List<Unit> units, int i, UnitQueries queries, IndexReader reader) {
        int end = i;
        while (end < units.size() && typedAsName(units.get(end)) && !units.get(end).stopword()) {
            end++;
        }
        List<int[]> places = end - i >= 2 && reader != null ? cover(units, i, end) : null;
        if (places == null) {
            return null;
        }
        Query whole = written(units, i, end, queries);
        // as the search runs it, from the word fields' pairs: the phrase alone also meets across a full stop
        return NameSplits.count(reader, queries == null ? whole : queries.pairMatching().asRun(whole, reader)) > 0
                ? null : places;
    }

    /** The filter that units {@code from} to {@code to} are written side by side: as typed when all have accents. */
    private static Query written(List<Unit> units, int from, int to, UnitQueries queries) {
        boolean accented = queries != null && units.subList(from, to).stream().allMatch(Unit::accented);
        List<String> texts = units.subList(from, to).stream().map(Unit::text).toList();
        return accented ? queries.phrase(UnitQueries.WEIGHTS, String.join(" ", texts), 0, false)
                : SideBySide.folded(texts.stream().map(t -> VietnameseText.fold(t).toLowerCase(Locale.ROOT)).toList());
    }

    /** A word typed capitalised, with or without diacritics ("Trung", "Đức"). */
    private static boolean typedAsName(Unit u) {
        String w = u.text();
        return u.kind() == QueryUnits.Kind.WORD && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && w.codePoints().skip(1).allMatch(Character::isLowerCase);
    }

    /**
     * The names that cover units {@code from} to {@code to} one after another, as [start, end) spans in query order,
     * each the longest name of the list that begins there; null when some word belongs to none or the run is one
     * name.
     */
    static List<int[]> cover(List<Unit> units, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            int end = -1;
            for (int n = Math.min(PlacesElsewhere.MAX_WORDS, to - at); n >= 1 && end < 0; n--) {
                if (PlacesElsewhere.get().isPlace(units.subList(at, at + n).stream().map(Unit::text).toList())) {
                    end = at + n;
                }
            }
            if (end < 0) {
                return null;
            }
            out.add(new int[] {at, end});
            at = end;
        }
        return out.size() < 2 ? null : out;
    }
}
