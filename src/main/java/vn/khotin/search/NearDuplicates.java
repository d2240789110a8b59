package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleSchema;

/**
 * Near-duplicate detection over the index: two articles are copies of one story when the SimHashes of their
 * word shingles differ in at most {@value #MAX_DISTANCE} of 64 bits (a republished or lightly updated story).
 * Candidates come from the six SimHash bands indexed as terms; by the pigeonhole principle two hashes within
 * 5 bits share a band, so the lookup misses nothing. Unrelated texts differ in about 32 bits.
 */
public final class NearDuplicates {

    /** Largest Hamming distance between SimHashes of copies. */
    public static final int MAX_DISTANCE = 5;
    private static final int MAX_CANDIDATES = 500;

    private NearDuplicates() {}

    /** The SimHash of a document, or null if it has none (too little text). */
    static Long simhash(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues dv = leaf.reader().getNumericDocValues(ArticleSchema.SIMHASH);
        if (dv != null && dv.advanceExact(doc - leaf.docBase)) {
            return dv.longValue();
        }
        return null;
    }

    /** Documents (other than {@code self}) whose SimHash is within {@link #MAX_DISTANCE} of {@code simhash}. */
    static List<Integer> find(IndexSearcher searcher, long simhash, int self) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String band : ArticleSchema.simhashBands(simhash)) {
            b.add(new TermQuery(new Term(ArticleSchema.SIMHASH_BAND, band)), Occur.SHOULD);
        }
        TopDocs top = searcher.search(new ConstantScoreQuery(b.build()), MAX_CANDIDATES);
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc == self) {
                continue;
            }
            Long other = simhash(searcher, sd.doc);
            if (other != null && ArticleFeatures.distance(simhash, other) <= MAX_DISTANCE) {
                out.add(sd.doc);
            }
        }
        out.sort(null);
        return out;
    }

    /** True if the two SimHashes mark copies of one story. */
    static boolean same(long a, long b) {
        return ArticleFeatures.distance(a, b) <= MAX_DISTANCE;
    }
}
