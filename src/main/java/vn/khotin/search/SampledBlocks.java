package vn.khotin.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TotalHitCountCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A systematic sample of the index by document number: every {@link #STRIDE}th block of {@link #BLOCK} documents.
 * Counting a query's matches in the sample walks its matches one by one inside a sampled block and jumps over the
 * other blocks with one {@code advance} (the postings' skip data), which is what makes a sampled count cheap; the
 * sample and the rest together visit every match exactly once. Documents are numbered in the order they were added,
 * so the blocks spread the sample evenly over the archive's history (see {@link OrdinalCache.Strata} for when that
 * order is by date). Stateless.
 */
final class SampledBlocks {

    /** Documents per block: large enough that skipping a block skips whole postings blocks. */
    static final int BLOCK = 1024;
    /** One block in this many is in the sample. */
    static final int STRIDE = 8;

    /** Which documents a count visits. */
    enum Part {
        /** Every document. */
        ALL,
        /** The sampled blocks. */
        SAMPLE,
        /** Every block not in the sample. */
        REST
    }

    private SampledBlocks() {}

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

    /** A query's weight for counting (no scores), without the clauses that only score. */
    static Weight countingWeight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(matchingPart(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /**
     * The part of a query that decides what matches: optional clauses beside required ones only add to the score
     * (the proximity boost, the relaxed search's bonuses), yet a weight builds their scorers (phrase positions) for
     * every segment all the same.
     */
    static Query matchingPart(Query query) {
        if (!(query instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 0
                || b.clauses().stream().noneMatch(c -> c.isRequired())) {
            return query;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BooleanClause c : b.clauses()) {
            if (c.isRequired()) {
                out.add(c.query(), BooleanClause.Occur.FILTER);
            } else if (c.isProhibited()) {
                out.add(c);
            }
        }
        return out.build();
    }

    /**
     * How many live documents match a query: exact when fewer than {@code exactBelow} may match (its iterators'
     * costs say so) or when the sample stands for fewer; else the sample's count scaled to the whole index. For a
     * weight that only needs to know how rare a word is: the relaxed search's rarity of "với" (40,000 articles) cost
     * more than its search, and 2 % off changes nothing there.
     */
    static long count(IndexSearcher searcher, Query query, long exactBelow) throws IOException {
        Weight weight = countingWeight(searcher, query);
        ScorerSupplier[] suppliers = suppliers(searcher, weight);
        if (matchBound(suppliers) < exactBelow) {
            return count(searcher, suppliers, Part.ALL);
        }
        long sample = count(searcher, suppliers, Part.SAMPLE);
        int maxDoc = searcher.getIndexReader().maxDoc();
        double estimate = (double) sample * maxDoc / sampledDocs(maxDoc);
        return estimate >= exactBelow ? Math.round(estimate)
                : sample + count(searcher, suppliers(searcher, weight), Part.REST);
    }

    private static long count(IndexSearcher searcher, ScorerSupplier[] suppliers, Part part) throws IOException {
        TotalHitCountCollector counter = new TotalHitCountCollector();
        collect(searcher, suppliers, part, counter);
        return counter.getTotalHits();
    }

    /** Each segment's scorer supplier of a weight (null where nothing matches); each can be used once. */
    static ScorerSupplier[] suppliers(IndexSearcher searcher, Weight weight) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScorerSupplier[] out = new ScorerSupplier[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = weight.scorerSupplier(leaves.get(i));
        }
        return out;
    }

    /**
     * At most how many documents the suppliers match, from their iterators' costs (for a conjunction, its rarest
     * clause): cheap, read before any match is visited.
     */
    static long matchBound(ScorerSupplier[] suppliers) {
        long bound = 0;
        for (ScorerSupplier s : suppliers) {
            bound += s == null ? 0 : s.cost();
        }
        return bound;
    }

    /**
     * Feeds the weight's live matches in {@code part} to the collector, segment by segment, each run of wanted
     * blocks scored by Lucene's bulk scorer over that document range (so it keeps its batched conjunctions and
     * skips the other blocks with one advance).
     */
    static void collect(IndexSearcher searcher, Weight weight, Part part, Collector collector) throws IOException {
        collect(searcher, suppliers(searcher, weight), part, collector);
    }

    /** As {@link #collect(IndexSearcher, Weight, Part, Collector)}, using up the given suppliers. */
    static void collect(IndexSearcher searcher, ScorerSupplier[] suppliers, Part part, Collector collector)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < leaves.size(); i++) {
            LeafCollector out = collector.getLeafCollector(leaves.get(i));
            if (suppliers[i] != null) {
                // as IndexSearcher asks for it: the top-level clause may pick a faster bulk scorer
                suppliers[i].setTopLevelScoringClause();
                BulkScorer scorer = suppliers[i].bulkScorer();
                if (scorer != null) {
                    collect(leaves.get(i), scorer, part, out);
                }
            }
            out.finish();
        }
    }

    private static void collect(LeafReaderContext leaf, BulkScorer scorer, Part part, LeafCollector out)
            throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        int maxDoc = leaf.reader().maxDoc();
        if (part == Part.ALL) {
            scorer.score(out, live, 0, maxDoc);
            return;
        }
        int doc = 0;
        while (doc < maxDoc) {
            int global = leaf.docBase + doc;
            if (sampled(global) != (part == Part.SAMPLE)) {
                doc = nextBlockOf(global, part) - leaf.docBase;
                continue;
            }
            // the wanted run ends where the next unwanted block starts
            int end = (int) Math.min(maxDoc, (long) nextBlockOf(global, part == Part.SAMPLE ? Part.REST : Part.SAMPLE)
                    - leaf.docBase);
            int next = scorer.score(out, live, doc, end);
            if (next == DocIdSetIterator.NO_MORE_DOCS) {
                return;
            }
            doc = Math.max(end, next);
        }
    }

    /** The first document after {@code global} that starts a block of {@code part}. */
    private static int nextBlockOf(int global, Part part) {
        long block = global / BLOCK;
        long next = part == Part.SAMPLE ? (block / STRIDE + 1) * STRIDE
                : (block + 1) % STRIDE == 0 ? block + 2 : block + 1;
        return (int) Math.min(Integer.MAX_VALUE, next * BLOCK);
    }
}
