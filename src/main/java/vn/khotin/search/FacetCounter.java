package vn.khotin.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import vn.khotin.index.ArticleSchema;

/**
 * Counts facet values over the matching documents by ordinal of the field's sorted-set doc values: one pass over
 * the matches per segment for all fields, segment ordinals mapped to global ones with an {@link OrdinalMap}
 * built once per reader (not per query) and dropped when the reader closes, and only the values shown turned
 * into strings. No taxonomy index, so nothing but this map is rebuilt when the near-real-time reader changes.
 * Thread-safe.
 *
 * <p>Values of equal count are listed in the byte order of their UTF-8 form, which is their code point order.
 */
final class FacetCounter {

    private final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> ordinalMaps = new ConcurrentHashMap<>();

    /** The counts of one field among the matches, by global ordinal. */
    static final class Counts {
        private final String field;
        private final int[] byOrd;
        private final List<LeafReaderContext> leaves;
        private final OrdinalMap map;

        private Counts(String field, int[] byOrd, List<LeafReaderContext> leaves, OrdinalMap map) {
            this.field = field;
            this.byOrd = byOrd;
            this.leaves = leaves;
            this.map = map;
        }

        /** The value of a global ordinal. */
        String value(int ord) throws IOException {
            int segment = map == null ? 0 : map.getFirstSegmentNumber(ord);
            long segmentOrd = map == null ? ord : map.getFirstSegmentOrd(ord);
            return DocValues.getSortedSet(leaves.get(segment).reader(), field).lookupOrd(segmentOrd).utf8ToString();
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

    /** Counts of every value of each field among the matches. */
    Map<String, Counts> count(IndexReader reader, Collection<FacetsCollector.MatchingDocs> matching,
            Set<String> fields) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        String[] names = fields.toArray(new String[0]);
        OrdinalMap[] maps = new OrdinalMap[names.length];
        int[][] global = new int[names.length][];
        for (int f = 0; f < names.length; f++) {
            if (leaves.size() > 1) {
                maps[f] = ordinalMap(reader, names[f]);
                global[f] = new int[maps[f] == null ? 0 : (int) maps[f].getValueCount()];
            } else {
                global[f] = new int[leaves.isEmpty() ? 0
                        : (int) DocValues.getSortedSet(leaves.get(0).reader(), names[f]).getValueCount()];
            }
        }
        SortedSetDocValues[] dvs = new SortedSetDocValues[names.length];
        SortedDocValues[] singles = new SortedDocValues[names.length];
        int[][] local = new int[names.length][];
        for (FacetsCollector.MatchingDocs md : matching) {
            if (md.totalHits() == 0 || md.bits() == null) {
                continue;
            }
            LeafReader leaf = md.context().reader();
            for (int f = 0; f < names.length; f++) {
                dvs[f] = DocValues.getSortedSet(leaf, names[f]);
                singles[f] = DocValues.unwrapSingleton(dvs[f]);
                local[f] = new int[(int) dvs[f].getValueCount()];
            }
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                for (int f = 0; f < names.length; f++) {
                    if (singles[f] != null) {
                        if (singles[f].advanceExact(doc)) {
                            local[f][singles[f].ordValue()]++;
                        }
                    } else if (dvs[f].advanceExact(doc)) {
                        for (int k = dvs[f].docValueCount(); k > 0; k--) {
                            local[f][(int) dvs[f].nextOrd()]++;
                        }
                    }
                }
            }
            for (int f = 0; f < names.length; f++) {
                LongValues toGlobal = maps[f] == null ? null : maps[f].getGlobalOrds(md.context().ord);
                int[] l = local[f];
                for (int ord = 0; ord < l.length; ord++) {
                    if (l[ord] > 0) {
                        global[f][toGlobal == null ? ord : (int) toGlobal.get(ord)] += l[ord];
                    }
                }
            }
        }
        Map<String, Counts> out = new HashMap<>();
        for (int f = 0; f < names.length; f++) {
            out.put(names[f], new Counts(names[f], global[f], leaves, maps[f]));
        }
        return out;
    }

    /** The reader's global ordinals of a field, built on first use and kept while the reader is open. */
    private OrdinalMap ordinalMap(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return buildOrdinalMap(reader, field, null);
        }
        Map<String, OrdinalMap> perField = ordinalMaps.get(helper.getKey());
        if (perField == null) {
            perField = new ConcurrentHashMap<>();
            if (ordinalMaps.putIfAbsent(helper.getKey(), perField) == null) {
                helper.addClosedListener(ordinalMaps::remove);
            } else {
                perField = ordinalMaps.get(helper.getKey());
            }
        }
        OrdinalMap map = perField.get(field);
        if (map == null) {
            map = buildOrdinalMap(reader, field, helper.getKey());
            perField.putIfAbsent(field, map);
        }
        return map;
    }

    private static OrdinalMap buildOrdinalMap(IndexReader reader, String field, IndexReader.CacheKey key)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        return OrdinalMap.build(key, values, PackedInts.DEFAULT);
    }

    /** The facet of one field: top values (by count; year and month newest first). */
    static Facet facet(String field, Counts counts, int size, List<String> selected) throws IOException {
        int[] c = counts.byOrd;
        int distinct = 0;
        for (int n : c) {
            distinct += n > 0 ? 1 : 0;
        }
        int[] top;
        if (field.equals(ArticleSchema.YEAR) || field.equals(ArticleSchema.MONTH)) {
            // Ordinals follow the values' order, and "2024-05" sorts like the date it names: newest = highest.
            top = new int[Math.min(size, distinct)];
            int k = 0;
            for (int ord = c.length - 1; ord >= 0 && k < top.length; ord--) {
                if (c[ord] > 0) {
                    top[k++] = ord;
                }
            }
        } else {
            top = mostFrequent(c, size);
        }
        List<Facet.FacetValue> values = new ArrayList<>();
        for (int ord : top) {
            String v = counts.value(ord);
            values.add(new Facet.FacetValue(v, c[ord], selected.contains(v)));
        }
        return new Facet(field, values, Math.max(0, distinct - values.size()));
    }

    /** The ordinals of the {@code k} highest counts, highest first; ties by ordinal (value order). */
    private static int[] mostFrequent(int[] counts, int k) {
        // A min-heap of the best so far, the worst (lowest count, then highest ordinal) on top.
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(k + 1,
                (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(ord);
            } else if (counts[ord] > counts[heap.peek()]) {
                heap.poll();
                heap.add(ord);
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }

    /** Month or year buckets, oldest first, with empty periods between the first and last filled with zero. */
    static List<TimelineBucket> timeline(Counts counts, boolean byYear) throws IOException {
        TreeMap<String, Long> sorted = new TreeMap<>(counts.asMap());
        List<TimelineBucket> out = new ArrayList<>();
        if (sorted.isEmpty()) {
            return out;
        }
        if (byYear) {
            int first = Integer.parseInt(sorted.firstKey());
            int last = Integer.parseInt(sorted.lastKey());
            for (int y = first; y <= last; y++) {
                String k = Integer.toString(y);
                out.add(new TimelineBucket(k, sorted.getOrDefault(k, 0L), k));
            }
        } else {
            YearMonth first = YearMonth.parse(sorted.firstKey());
            YearMonth last = YearMonth.parse(sorted.lastKey());
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                String k = m.toString();
                out.add(new TimelineBucket(k, sorted.getOrDefault(k, 0L),
                        String.format("%02d/%04d", m.getMonthValue(), m.getYear())));
            }
        }
        return out;
    }
}
