package vn.khotin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * What the facets stage counted for one field: the matches of each value, by global ordinal, and the values those
 * ordinals stand for, looked up only for the values shown.
 */
final class FacetCounts {

    private final String field;
    private final int[] byOrd;
    private final List<LeafReaderContext> leaves;
    private final OrdinalMap map;
    private final PlaceRollup rollup;

    /** {@code rollup}: the hierarchy the counts rolled up, whose ordinals past the stored values name places. */
    FacetCounts(String field, int[] byOrd, List<LeafReaderContext> leaves, OrdinalMap map, PlaceRollup rollup) {
        this.field = field;
        this.byOrd = byOrd;
        this.leaves = leaves;
        this.map = map;
        this.rollup = rollup;
    }

    /** The count of each global ordinal (value order). */
    int[] byOrd() {
        return byOrd;
    }

    /** Each segment's doc values, opened on first lookup (opening them costs more than a lookup). */
    private SortedSetDocValues[] lookups;

    /** The value of a global ordinal. */
    String value(int ord) throws IOException {
        String unstored = rollup == null ? null : rollup.unstoredLabel(ord);
        if (unstored != null) {
            return unstored;
        }
        int segment = map == null ? 0 : map.getFirstSegmentNumber(ord);
        long segmentOrd = map == null ? ord : map.getFirstSegmentOrd(ord);
        if (lookups == null) {
            lookups = new SortedSetDocValues[leaves.size()];
        }
        if (lookups[segment] == null) {
            lookups[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), field);
        }
        return lookups[segment].lookupOrd(segmentOrd).utf8ToString();
    }

    /** All values with a count, by value. */
    Map<String, Long> asMap() throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (int ord = 0; ord < byOrd.length; ord++) {
            if (byOrd[ord] > 0) {
                out.put(value(ord), (long) byOrd[ord]);
            }
        }
        return out;
    }
}
