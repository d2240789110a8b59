package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import vn.khotin.index.ArticleSchema;

/**
 * What related-story scoring needs to know of each candidate: where the source's terms occur in it (title, sapo,
 * body), its places, names, tags, title, date and SimHash. Read in one pass per term over the candidates sorted
 * by document, so the cost grows with terms × candidates, not with the archive.
 */
final class RelatedCandidates {

    /** Where a term occurs in a candidate: its best part. */
    static final byte NONE = 0;
    static final byte BODY = 1;
    static final byte SAPO = 2;
    static final byte TITLE = 3;

    /** One candidate's stored values. */
    record Stored(long id, String url, String title, Set<String> places, Set<String> names, Set<String> tags, Long published,
            Long simhash) {}

    private static final Set<String> FIELDS = Set.of(ArticleSchema.ID, ArticleSchema.URL, ArticleSchema.TITLE, ArticleSchema.PLACE,
            ArticleSchema.NAME, ArticleSchema.TAG);

    private RelatedCandidates() {}

    /**
     * For each term (outer) and candidate (inner, in the order given), the best part the term occurs in.
     *
     * @param fieldQueries per term, the query of each part: title, sapo, body (null: the part cannot have it)
     */
    static byte[][] presence(IndexSearcher searcher, List<Query[]> fieldQueries, int[] docs) throws IOException {
        int[] order = sortedOrder(docs);
        byte[][] out = new byte[fieldQueries.size()][docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int t = 0; t < fieldQueries.size(); t++) {
            Query[] parts = fieldQueries.get(t);
            for (int p = 0; p < parts.length; p++) {
                if (parts[p] == null) {
                    continue;
                }
                byte part = (byte) (TITLE - p);
                Weight w = searcher.createWeight(searcher.rewrite(parts[p]), ScoreMode.COMPLETE_NO_SCORES, 1f);
                mark(w, leaves, docs, order, out[t], part);
            }
        }
        return out;
    }

    private static void mark(Weight w, List<LeafReaderContext> leaves, int[] docs, int[] order, byte[] out,
            byte part) throws IOException {
        int leafIndex = -1;
        DocIdSetIterator it = null;
        TwoPhaseIterator twoPhase = null;
        int base = 0;
        for (int k : order) {
            int doc = docs[k];
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                LeafReaderContext leaf = leaves.get(li);
                base = leaf.docBase;
                Scorer s = w.scorer(leaf);
                twoPhase = s == null ? null : s.twoPhaseIterator();
                it = s == null ? null : twoPhase != null ? twoPhase.approximation() : s.iterator();
            }
            int local = doc - base;
            if (it == null || out[k] >= part || it.docID() > local) {
                continue;
            }
            if ((it.docID() == local || it.advance(local) == local) && (twoPhase == null || twoPhase.matches())) {
                out[k] = part;
            }
        }
    }

    private static int[] sortedOrder(int[] docs) {
        Integer[] boxed = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Integer.compare(docs[a], docs[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The stored values of one candidate. */
    static Stored stored(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, FIELDS);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Long published = numeric(leaf, ArticleSchema.PUBLISHED, doc - leaf.docBase);
        return new Stored(Long.parseLong(d.get(ArticleSchema.ID)), nullToEmpty(d.get(ArticleSchema.URL)),
                nullToEmpty(d.get(ArticleSchema.TITLE)),
                Set.of(distinct(d.getValues(ArticleSchema.PLACE))), Set.of(distinct(d.getValues(ArticleSchema.NAME))),
                Set.of(distinct(d.getValues(ArticleSchema.TAG))), published, NearDuplicates.simhash(searcher, doc));
    }

    private static Long numeric(LeafReaderContext leaf, String field, int local) throws IOException {
        NumericDocValues v = leaf.reader().getNumericDocValues(field);
        return v != null && v.advanceExact(local) ? v.longValue() : null;
    }

    private static String[] distinct(String[] values) {
        return Arrays.stream(values).distinct().toArray(String[]::new);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The shares of a term's weight each part counts for. */
    static double partShare(byte part) {
        return switch (part) {
            case TITLE -> 1.0;
            case SAPO -> 0.8;
            case BODY -> 0.5;
            default -> 0;
        };
    }

    /** The terms of {@code terms} present in a candidate, in the given order. */
    static <T> List<T> present(List<T> terms, byte[][] presence, int candidate) {
        List<T> out = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (presence[t][candidate] != NONE) {
                out.add(terms.get(t));
            }
        }
        return out;
    }
}
