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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import vn.khotin.index.ArticleSchema;

/**
 * Counts facet values over the matching documents by ordinal of the field's sorted-set doc values, during the
 * search's own pass over the matches: each segment's ordinals are read once into plain arrays (kept while the
 * segment is open), segment ordinals mapped to global ones with an {@link OrdinalMap} built once per reader (not
 * per query) and dropped when the reader closes, and only the values shown turned into strings. No taxonomy index, so nothing but this map is rebuilt when the near-real-time reader changes.
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

        /** Each segment's doc values, opened on first lookup (opening them costs more than a lookup). */
        private SortedSetDocValues[] lookups;

        /** The value of a global ordinal. */
        String value(int ord) throws IOException {
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

    /**
     * A collector manager that counts the matches and, per field, the matches of each value while the search
     * visits them (no bit set of matches kept and walked again). It needs no scores, so a search with it skips
     * scoring and optional clauses entirely.
     */
    CollectorManager<Tally, Tally> counting(IndexReader reader, Set<String> fields) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        String[] names = fields.toArray(new String[0]);
        OrdinalMap[] maps = new OrdinalMap[names.length];
        int[] sizes = new int[names.length];
        for (int f = 0; f < names.length; f++) {
            if (leaves.size() > 1) {
                maps[f] = ordinalMap(reader, names[f]);
                sizes[f] = maps[f] == null ? 0 : (int) maps[f].getValueCount();
            } else {
                sizes[f] = leaves.isEmpty() ? 0
                        : (int) DocValues.getSortedSet(leaves.get(0).reader(), names[f]).getValueCount();
            }
        }
        return new CollectorManager<>() {
            @Override
            public Tally newCollector() {
                return new Tally(names, maps, sizes, leaves);
            }

            @Override
            public Tally reduce(Collection<Tally> tallies) {
                Tally sum = newCollector();
                for (Tally t : tallies) {
                    sum.total += t.total;
                    for (int f = 0; f < names.length; f++) {
                        for (int o = 0; o < sizes[f]; o++) {
                            sum.global[f][o] += t.global[f][o];
                        }
                    }
                }
                return sum;
            }
        };
    }

    /** The number of matches and the counts of each field's values among them. */
    final class Tally implements Collector {
        private final String[] names;
        private final OrdinalMap[] maps;
        private final List<LeafReaderContext> leaves;
        private final int[][] global;
        private long total;

        private Tally(String[] names, OrdinalMap[] maps, int[] sizes, List<LeafReaderContext> leaves) {
            this.names = names;
            this.maps = maps;
            this.leaves = leaves;
            this.global = new int[names.length][];
            for (int f = 0; f < names.length; f++) {
                global[f] = new int[sizes[f]];
            }
        }

        /** Number of matching documents. */
        long total() {
            return total;
        }

        /** Counts of every value of each field among the matches. */
        Map<String, Counts> counts() {
            Map<String, Counts> out = new HashMap<>();
            for (int f = 0; f < names.length; f++) {
                out.put(names[f], new Counts(names[f], global[f], leaves, maps[f]));
            }
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = names.length;
            SegmentOrdinals[] ords = new SegmentOrdinals[n];
            int[][] local = new int[n][];
            for (int f = 0; f < n; f++) {
                ords[f] = segmentOrdinals(context.reader(), names[f]);
                local[f] = new int[ords[f].valueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    for (int f = 0; f < n; f++) {
                        SegmentOrdinals o = ords[f];
                        int[] counts = local[f];
                        if (o.starts() == null) {
                            int ord = o.values()[doc];
                            if (ord >= 0) {
                                counts[ord]++;
                            }
                        } else {
                            int[] values = o.values();
                            for (int k = o.starts()[doc], end = o.starts()[doc + 1]; k < end; k++) {
                                counts[values[k]]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int f = 0; f < n; f++) {
                        LongValues toGlobal = maps[f] == null ? null : maps[f].getGlobalOrds(context.ord);
                        int[] l = local[f];
                        for (int ord = 0; ord < l.length; ord++) {
                            if (l[ord] > 0) {
                                global[f][toGlobal == null ? ord : (int) toGlobal.get(ord)] += l[ord];
                            }
                        }
                    }
                }
            };
        }
    }

    /**
     * One segment's ordinals of one field in plain arrays: {@code values[doc]} (-1: none) for a single-valued
     * field, else the values of {@code doc} at {@code values[starts[doc]] .. values[starts[doc + 1] - 1]}.
     * Counting reads these instead of decoding doc values for every match; built once per segment.
     */
    private record SegmentOrdinals(int[] starts, int[] values, int valueCount) {}

    private final Map<IndexReader.CacheKey, Map<String, SegmentOrdinals>> segmentOrdinals = new ConcurrentHashMap<>();

    private SegmentOrdinals segmentOrdinals(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return readOrdinals(leaf, field);
        }
        Map<String, SegmentOrdinals> perField = segmentOrdinals.get(helper.getKey());
        if (perField == null) {
            Map<String, SegmentOrdinals> fresh = new ConcurrentHashMap<>();
            perField = segmentOrdinals.putIfAbsent(helper.getKey(), fresh);
            if (perField == null) {
                perField = fresh;
                helper.addClosedListener(segmentOrdinals::remove);
            }
        }
        SegmentOrdinals o = perField.get(field);
        if (o == null) {
            o = readOrdinals(leaf, field);
            perField.putIfAbsent(field, o);
        }
        return o;
    }

    private static SegmentOrdinals readOrdinals(LeafReader leaf, String field) throws IOException {
        int max = leaf.maxDoc();
        SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
        int valueCount = (int) dv.getValueCount();
        SortedDocValues single = DocValues.unwrapSingleton(dv);
        if (single != null) {
            int[] values = new int[max];
            java.util.Arrays.fill(values, -1);
            for (int d = single.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = single.nextDoc()) {
                values[d] = single.ordValue();
            }
            return new SegmentOrdinals(null, values, valueCount);
        }
        int[] starts = new int[max + 1];
        int[] values = new int[Math.max(16, max)];
        int size = 0;
        int next = 0;
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            while (next <= d) {
                starts[next++] = size;
            }
            int count = dv.docValueCount();
            if (size + count > values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, size + count));
            }
            for (int k = 0; k < count; k++) {
                values[size++] = (int) dv.nextOrd();
            }
        }
        while (next <= max) {
            starts[next++] = size;
        }
        return new SegmentOrdinals(starts, java.util.Arrays.copyOf(values, size), valueCount);
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
