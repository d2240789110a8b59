package vn.khotin.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * Part of the facets stage of a search: the facet counter's caches ({@link FacetCounter}), each segment's ordinals of a
 * field in plain arrays, and each reader's map from segment to global ordinals, kept while their segment or reader is
 * open and dropped with it. Thread-safe.
 */
final class OrdinalCache {

    private final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> ordinalMaps = new ConcurrentHashMap<>();

    /**
     * One segment's ordinals of one field in plain arrays: {@code values[doc]} (-1: none) for a single-valued
     * field, else the values of {@code doc} at {@code values[starts[doc]] .. values[starts[doc + 1] - 1]}.
     * Counting reads these instead of decoding doc values for every match; built once per segment. A place's
     * document also has, once each, the places enclosing its tags ({@link PlaceRollup}): those the segment stores
     * by their ordinal, the others ({@code enclosing}) at ordinals from {@link #stored()} on.
     */
    record SegmentOrdinals(int[] starts, int[] values, int valueCount, List<String> enclosing) {
        SegmentOrdinals(int[] starts, int[] values, int valueCount) {
            this(starts, values, valueCount, List.of());
        }

        /** How many of the ordinals are the segment's doc values ordinals. */
        int stored() {
            return valueCount - enclosing.size();
        }
    }

    /**
     * The global ordinal of one of a segment's ordinals with a count: through the reader's map ({@code toGlobal},
     * null for a single segment) or, for an enclosing place the segment does not store, its label.
     */
    int globalOrd(IndexReader reader, String field, SegmentOrdinals o, LongValues toGlobal, int ord)
            throws IOException {
        if (ord >= o.stored()) {
            return rollup(reader, field).ordOf(o.enclosing().get(ord - o.stored()));
        }
        return toGlobal == null ? ord : (int) toGlobal.get(ord);
    }

    private final Map<IndexReader.CacheKey, Map<String, SegmentOrdinals>> segmentOrdinals = new ConcurrentHashMap<>();

    /** A segment's ordinals of a field, read on first use and kept while the segment is open. */
    SegmentOrdinals segmentOrdinals(LeafReader leaf, String field) throws IOException {
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
            SegmentOrdinals read = new SegmentOrdinals(null, values, valueCount);
            return PlaceRollup.rollsUp(field) ? rolledUp(read, dv) : read;
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
        SegmentOrdinals read = new SegmentOrdinals(starts, java.util.Arrays.copyOf(values, size), valueCount);
        return PlaceRollup.rollsUp(field) ? rolledUp(read, dv) : read;
    }

    /** A place field's ordinals with each document's enclosing places added, once each. */
    private static SegmentOrdinals rolledUp(SegmentOrdinals read, SortedSetDocValues dv) throws IOException {
        String[] labels = new String[read.valueCount()];
        for (int ord = 0; ord < labels.length; ord++) {
            labels[ord] = dv.lookupOrd(ord).utf8ToString();
        }
        PlaceRollup rollup = PlaceRollup.build(labels);
        int docs = read.starts() == null ? read.values().length : read.starts().length - 1;
        int[] starts = new int[docs + 1];
        int[] values = new int[Math.max(16, read.values().length * 3)];
        int[] addedFor = new int[rollup.size()];
        int size = 0;
        for (int d = 0; d < docs; d++) {
            starts[d] = size;
            int from = read.starts() == null ? d : read.starts()[d];
            int to = read.starts() == null ? (read.values()[d] < 0 ? d : d + 1) : read.starts()[d + 1];
            for (int k = from; k < to; k++) {
                for (int ord : rollup.countedIn(read.values()[k])) {
                    if (addedFor[ord] != d + 1) {
                        addedFor[ord] = d + 1;
                        if (size == values.length) {
                            values = java.util.Arrays.copyOf(values, values.length * 2);
                        }
                        values[size++] = ord;
                    }
                }
            }
        }
        starts[docs] = size;
        return new SegmentOrdinals(starts, java.util.Arrays.copyOf(values, size), rollup.size(), rollup.unstored());
    }

    /**
     * How many documents have each value of a field, in the whole archive and in the sample ({@link SampledBlocks}),
     * by global ordinal: what a sampled count of the value is scaled by.
     */
    record Strata(int[] docs, int[] sampled) {}

    private final Map<IndexReader.CacheKey, Map<String, Strata>> strata = new ConcurrentHashMap<>();

    /** The field's {@link Strata}, counted on first use and kept while the reader is open. */
    Strata strata(IndexReader reader, String field) throws IOException {
        return perReader(strata, reader, field, () -> countStrata(reader, field));
    }

    private Strata countStrata(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        OrdinalMap map = leaves.size() > 1 ? ordinalMap(reader, field) : null;
        PlaceRollup rollup = rollup(reader, field);
        int size = rollup == null ? valueCount(reader, field) : rollup.size();
        int[] docs = new int[size];
        int[] sampled = new int[size];
        for (LeafReaderContext leaf : leaves) {
            SegmentOrdinals o = segmentOrdinals(leaf.reader(), field);
            LongValues toGlobal = map == null ? null : map.getGlobalOrds(leaf.ord);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                boolean inSample = SampledBlocks.sampled(leaf.docBase + d);
                int from = o.starts() == null ? d : o.starts()[d];
                int to = o.starts() == null ? d + 1 : o.starts()[d + 1];
                for (int k = from; k < to; k++) {
                    int ord = o.values()[k];
                    if (ord >= 0) {
                        int g = globalOrd(reader, field, o, toGlobal, ord);
                        docs[g]++;
                        sampled[g] += inSample ? 1 : 0;
                    }
                }
            }
        }
        return new Strata(docs, sampled);
    }

    /** The number of distinct values of a field in the reader: the size of its global ordinal space. */
    int valueCount(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() > 1) {
            OrdinalMap map = ordinalMap(reader, field);
            return map == null ? 0 : (int) map.getValueCount();
        }
        return leaves.isEmpty() ? 0 : (int) DocValues.getSortedSet(leaves.get(0).reader(), field).getValueCount();
    }

    private final Map<IndexReader.CacheKey, Map<String, Optional<PlaceRollup>>> rollups = new ConcurrentHashMap<>();

    /** The hierarchy a field's counts roll up in the reader's global ordinals, or null (only places have one). */
    PlaceRollup rollup(IndexReader reader, String field) throws IOException {
        if (!PlaceRollup.rollsUp(field)) {
            return null;
        }
        return perReader(rollups, reader, field, () -> {
            int count = valueCount(reader, field);
            FacetCounts lookup = new FacetCounts(field, new int[count], reader.leaves(),
                    reader.leaves().size() > 1 ? ordinalMap(reader, field) : null, null);
            String[] labels = new String[count];
            for (int ord = 0; ord < count; ord++) {
                labels[ord] = lookup.value(ord);
            }
            return Optional.of(PlaceRollup.build(labels));
        }).orElse(null);
    }

    /** The reader's global ordinals of a field, built on first use and kept while the reader is open. */
    OrdinalMap ordinalMap(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return perReader(ordinalMaps, reader, field,
                () -> buildOrdinalMap(reader, field, helper == null ? null : helper.getKey()));
    }

    private interface Loader<T> {
        T load() throws IOException;
    }

    /** A value per reader and field: loaded on first use, dropped when the reader closes. */
    private static <T> T perReader(Map<IndexReader.CacheKey, Map<String, T>> cache, IndexReader reader, String field,
            Loader<T> loader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return loader.load();
        }
        Map<String, T> perField = cache.get(helper.getKey());
        if (perField == null) {
            Map<String, T> fresh = new ConcurrentHashMap<>();
            perField = cache.putIfAbsent(helper.getKey(), fresh);
            if (perField == null) {
                perField = fresh;
                helper.addClosedListener(cache::remove);
            }
        }
        T value = perField.get(field);
        if (value == null) {
            value = loader.load();
            T raced = perField.putIfAbsent(field, value);
            value = raced != null ? raced : value;
        }
        return value;
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
}
