package vn.khotin.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A systematic sample of the index by document number: every {@link #STRIDE}th block of {@link #BLOCK} documents
 * (or, as the complement, every other block). Intersected with a query, the sample visits about one match in
 * {@link #STRIDE} and skips the rest through the postings' skip data, which is what makes sampled counting cheap;
 * the sample and its complement together visit every match exactly once. Documents are numbered in the order they
 * were added, so the blocks spread the sample evenly over the archive's history. Immutable.
 */
final class SampledBlocks extends Query {

    /** Documents per block: large enough that skipping a block skips whole postings blocks. */
    static final int BLOCK = 1024;
    /** One block in this many is in the sample. */
    static final int STRIDE = 8;

    private final boolean complement;

    private SampledBlocks(boolean complement) {
        this.complement = complement;
    }

    /** The sampled blocks. */
    static SampledBlocks sample() {
        return new SampledBlocks(false);
    }

    /** Every block not in the sample. */
    static SampledBlocks rest() {
        return new SampledBlocks(true);
    }

    /** Whether the document with this number (across all segments) is in the sample. */
    static boolean sampled(int globalDoc) {
        return (globalDoc / BLOCK) % STRIDE == 0;
    }

    /** How many of the first {@code maxDoc} documents are in the sample. */
    static long sampledDocs(int maxDoc) {
        long n = 0;
        for (long start = 0; start < maxDoc; start += (long) BLOCK * STRIDE) {
            n += Math.min(BLOCK, maxDoc - start);
        }
        return Math.max(1, n);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                if (maxDoc == 0) {
                    return null;
                }
                DocIdSetIterator it = new BlockIterator(context.docBase, maxDoc, complement);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** The documents of one segment in the wanted blocks (block numbers count from the first segment). */
    private static final class BlockIterator extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private final boolean complement;
        private int doc = -1;

        BlockIterator(int docBase, int maxDoc, boolean complement) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.complement = complement;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int d = target;
            while (d < maxDoc && sampled(docBase + d) == complement) {
                // jump to the start of the next block
                d = (((docBase + d) / BLOCK) + 1) * BLOCK - docBase;
            }
            doc = d < maxDoc ? d : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return complement ? maxDoc - maxDoc / STRIDE : Math.max(1, maxDoc / STRIDE);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return complement ? "SampledBlocks(rest)" : "SampledBlocks(1/" + STRIDE + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampledBlocks) other).complement == complement;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Boolean.hashCode(complement);
    }
}
