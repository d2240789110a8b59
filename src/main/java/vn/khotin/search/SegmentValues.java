package vn.khotin.search;

import java.io.IOException;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import vn.khotin.index.ArticleSchema;

/**
 * The article ID and SimHash of every document, read once per segment from doc values into arrays and kept
 * while the segment is open, with the SimHash bands sorted for lookup. Duplicate folding looks up the SimHash of
 * dozens of hits and the near-duplicate copies of the ten shown, per query: a doc-values iterator per lookup, or
 * six band postings per segment per hit, cost more than the search itself. Segments are immutable, so an entry
 * never goes stale; it is dropped when the segment closes. Thread-safe.
 *
 * <p>Beside each band's documents lie 32 other bits of their hashes ({@link #print}), read in sequence: a document
 * whose print alone differs in more than {@link NearDuplicates#MAX_DISTANCE} bits is no copy, and its full hash,
 * a cache miss in an array of a million, is never read. At a million articles a band shares its value with about
 * 500 documents, so the ten hits of a page looked at some 30,000 hashes.
 */
final class SegmentValues {

    /**
     * One segment's values; {@code hasHash} marks documents with a SimHash (enough text). {@code bandDocs[b]}
     * lists the hashed documents by their value of band {@code b}: those with value {@code v} are at
     * {@code bandStarts[b][v] .. bandStarts[b][v + 1] - 1} (bands are at most 11 bits, so the table is small).
     */
    private record Segment(long[] ids, long[] hashes, FixedBitSet hasHash, int[][] bandStarts, int[][] bandDocs,
            int[][] bandPrints, long[] titleHashes) {}

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The values of a searcher's documents, resolved per leaf once per search. */
    View view(IndexSearcher searcher) {
        return new View(searcher.getIndexReader().leaves());
    }

    private Segment segment(LeafReaderContext leaf) throws IOException {
        LeafReader reader = leaf.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        Segment s = segments.get(helper.getKey());
        if (s == null) {
            s = read(reader);
            if (segments.putIfAbsent(helper.getKey(), s) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return s;
    }

    private static Segment read(LeafReader reader) throws IOException {
        int max = reader.maxDoc();
        long[] ids = new long[max];
        long[] hashes = new long[max];
        FixedBitSet has = new FixedBitSet(Math.max(1, max));
        NumericDocValues id = reader.getNumericDocValues(ArticleSchema.ID);
        if (id != null) {
            for (int d = id.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = id.nextDoc()) {
                ids[d] = id.longValue();
            }
        }
        long[] titles = new long[max];
        NumericDocValues t = reader.getNumericDocValues(ArticleSchema.TITLE_HASH);
        if (t != null) {
            for (int d = t.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = t.nextDoc()) {
                titles[d] = t.longValue();
            }
        }
        NumericDocValues h = reader.getNumericDocValues(ArticleSchema.SIMHASH);
        int hashed = 0;
        if (h != null) {
            for (int d = h.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = h.nextDoc()) {
                hashes[d] = h.longValue();
                has.set(d);
                hashed++;
            }
        }
        int bandCount = ArticleSchema.simhashBandValues(0).length;
        int[][] values = new int[hashed][];
        int[] hashedDocs = new int[hashed];
        int n = 0;
        for (int d = 0; d < max && n < hashed; d++) {
            if (has.get(d)) {
                values[n] = ArticleSchema.simhashBandValues(hashes[d]);
                hashedDocs[n++] = d;
            }
        }
        int[][] starts = new int[bandCount][];
        int[][] docs = new int[bandCount][];
        int[][] prints = new int[bandCount][];
        for (int b = 0; b < bandCount; b++) {
            // Counting sort by band value: docs stay in doc ID order within a value.
            int[] st = new int[(1 << ArticleSchema.MAX_BAND_BITS) + 1];
            for (int i = 0; i < n; i++) {
                st[values[i][b] + 1]++;
            }
            for (int v = 1; v < st.length; v++) {
                st[v] += st[v - 1];
            }
            int[] fill = java.util.Arrays.copyOf(st, st.length);
            int[] ds = new int[n];
            int[] ps = new int[n];
            for (int i = 0; i < n; i++) {
                int at = fill[values[i][b]]++;
                ds[at] = hashedDocs[i];
                ps[at] = print(hashes[hashedDocs[i]], b);
            }
            starts[b] = st;
            docs[b] = ds;
            prints[b] = ps;
        }
        return new Segment(ids, hashes, has, starts, docs, prints, titles);
    }

    /**
     * 32 bits of {@code hash} outside band {@code band}: two hashes whose prints differ in more bits than
     * {@link NearDuplicates#MAX_DISTANCE} differ in more than that in full.
     */
    static int print(long hash, int band) {
        return (int) Long.compress(hash, ~ArticleSchema.simhashBandMask(band));
    }

    /** Lookups over the leaves of one searcher. */
    final class View {
        private final List<LeafReaderContext> leaves;
        private final Segment[] loaded;

        private View(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
            this.loaded = new Segment[leaves.size()];
        }

        private Segment at(int leafIndex) throws IOException {
            Segment s = loaded[leafIndex];
            if (s == null) {
                s = segment(leaves.get(leafIndex));
                loaded[leafIndex] = s;
            }
            return s;
        }

        /** The SimHash of a document (top-level doc ID), or null if it has none (too little text). */
        Long simhash(int doc) throws IOException {
            int li = ReaderUtil.subIndex(doc, leaves);
            Segment s = at(li);
            int local = doc - leaves.get(li).docBase;
            return s.hasHash.get(local) ? s.hashes[local] : null;
        }

        /** The hash of a document's title ({@link ArticleSchema#titleHash}), 0 if unknown (older index). */
        long titleHash(int doc) throws IOException {
            int li = ReaderUtil.subIndex(doc, leaves);
            return at(li).titleHashes[doc - leaves.get(li).docBase];
        }

        /** The article ID of a document. */
        long id(int doc) throws IOException {
            int li = ReaderUtil.subIndex(doc, leaves);
            return at(li).ids[doc - leaves.get(li).docBase];
        }

        /**
         * Live documents other than {@code self} whose SimHash is within {@link NearDuplicates#MAX_DISTANCE} of
         * {@code simhash}, in doc ID order. Candidates are the documents sharing one of the hash's six bands: two
         * hashes within the distance share a band, so none is missed. Unmodifiable.
         */
        List<Integer> copies(long simhash, int self) throws IOException {
            int[] values = ArticleSchema.simhashBandValues(simhash);
            int[] found = new int[8];
            int size = 0;
            for (int li = 0; li < leaves.size(); li++) {
                LeafReaderContext leaf = leaves.get(li);
                Segment s = at(li);
                Bits live = leaf.reader().getLiveDocs();
                for (int b = 0; b < values.length; b++) {
                    int[] docs = s.bandDocs[b];
                    int[] prints = s.bandPrints[b];
                    int print = print(simhash, b);
                    for (int i = s.bandStarts[b][values[b]], end = s.bandStarts[b][values[b] + 1]; i < end; i++) {
                        if (Integer.bitCount(prints[i] ^ print) > NearDuplicates.MAX_DISTANCE) {
                            continue;
                        }
                        int d = docs[i];
                        if (d + leaf.docBase == self || (live != null && !live.get(d))
                                || !NearDuplicates.same(simhash, s.hashes[d])) {
                            continue;
                        }
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = d + leaf.docBase;
                    }
                }
            }
            // A copy sharing several bands was found once per band.
            Arrays.sort(found, 0, size);
            List<Integer> out = new java.util.ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                if (i == 0 || found[i] != found[i - 1]) {
                    out.add(found[i]);
                }
            }
            return List.copyOf(out);
        }
    }
}
