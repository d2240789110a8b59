package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import vn.khotin.index.ArticleSchema;

/**
 * The article ID and SimHash of every document, read once per segment from doc values into arrays and kept
 * while the segment is open. Duplicate folding looks up the SimHash of dozens of hits and their copies per
 * query; a doc-values iterator per lookup (forward-only, so one per random access) cost more than the search
 * itself. Segments are immutable, so an entry never goes stale; it is dropped when the segment closes.
 * Thread-safe.
 */
final class SegmentValues {

    /** One segment's values; {@code hasHash} marks documents with a SimHash (enough text). */
    private record Segment(long[] ids, long[] hashes, FixedBitSet hasHash) {}

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /**
     * Most documents to remember the copies of, per reader. A hit's copies are looked up through six band
     * postings in every segment, on each search that shows it; popular articles are shown again and again.
     */
    static final int MAX_CACHED_COPIES = 50_000;

    /**
     * Copies found per top-level document, per top-level reader: the answer depends on live documents, so it is
     * kept for one point-in-time reader only and dropped when that reader closes.
     */
    private final Map<IndexReader.CacheKey, Map<Integer, List<Integer>>> copies = new ConcurrentHashMap<>();

    /** The values of a searcher's documents, resolved per leaf once per search. */
    View view(IndexSearcher searcher) {
        IndexReader top = searcher.getIndexReader();
        IndexReader.CacheHelper helper = top.getReaderCacheHelper();
        Map<Integer, List<Integer>> memo = null;
        if (helper != null) {
            memo = copies.get(helper.getKey());
            if (memo == null) {
                Map<Integer, List<Integer>> fresh = new ConcurrentHashMap<>();
                memo = copies.putIfAbsent(helper.getKey(), fresh);
                if (memo == null) {
                    memo = fresh;
                    helper.addClosedListener(copies::remove);
                }
            }
        }
        return new View(top.leaves(), memo);
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
        NumericDocValues h = reader.getNumericDocValues(ArticleSchema.SIMHASH);
        if (h != null) {
            for (int d = h.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = h.nextDoc()) {
                hashes[d] = h.longValue();
                has.set(d);
            }
        }
        return new Segment(ids, hashes, has);
    }

    /** Lookups over the leaves of one searcher. */
    final class View {
        private final List<LeafReaderContext> leaves;
        private final Segment[] loaded;
        private final Map<Integer, List<Integer>> memo;

        private View(List<LeafReaderContext> leaves, Map<Integer, List<Integer>> memo) {
            this.leaves = leaves;
            this.loaded = new Segment[leaves.size()];
            this.memo = memo;
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

        /** The article ID of a document. */
        long id(int doc) throws IOException {
            int li = ReaderUtil.subIndex(doc, leaves);
            return at(li).ids[doc - leaves.get(li).docBase];
        }

        /**
         * Live documents other than {@code self} whose SimHash is within {@link NearDuplicates#MAX_DISTANCE} of
         * {@code simhash}, in doc ID order. Candidates are the postings of the hash's six band terms: two hashes
         * within the distance share a band, so none is missed. Unmodifiable.
         */
        List<Integer> copies(long simhash, int self) throws IOException {
            if (memo == null) {
                return find(simhash, self);
            }
            List<Integer> known = memo.get(self);
            if (known != null) {
                return known;
            }
            List<Integer> found = find(simhash, self);
            if (memo.size() < MAX_CACHED_COPIES) {
                memo.put(self, found);
            }
            return found;
        }

        private List<Integer> find(long simhash, int self) throws IOException {
            List<BytesRef> bands = new ArrayList<>();
            for (String b : ArticleSchema.simhashBands(simhash)) {
                bands.add(new BytesRef(b));
            }
            List<Integer> out = new ArrayList<>();
            PostingsEnum pe = null;
            for (int li = 0; li < leaves.size(); li++) {
                LeafReaderContext leaf = leaves.get(li);
                Terms terms = leaf.reader().terms(ArticleSchema.SIMHASH_BAND);
                if (terms == null) {
                    continue;
                }
                Segment s = at(li);
                Bits live = leaf.reader().getLiveDocs();
                FixedBitSet seen = null;
                TermsEnum te = terms.iterator();
                for (BytesRef band : bands) {
                    if (!te.seekExact(band)) {
                        continue;
                    }
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (d + leaf.docBase == self || (live != null && !live.get(d)) || !s.hasHash.get(d)
                                || !NearDuplicates.same(simhash, s.hashes[d])) {
                            continue;
                        }
                        if (seen == null) {
                            seen = new FixedBitSet(leaf.reader().maxDoc());
                        }
                        if (!seen.getAndSet(d)) {
                            out.add(d + leaf.docBase);
                        }
                    }
                }
            }
            out.sort(null);
            return List.copyOf(out);
        }
    }
}
