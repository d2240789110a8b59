package vn.khotin.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The collect stage of a search ({@link SearchStages.Stage#SEARCH}): the top hits of the plan's query, by score or
 * by date; by score, the candidates of the query's matching form scored with the full query, and the best of those
 * reordered with the body phrase in a second pass.
 */
final class TopHits {

    private TopHits() {}

    /**
     * How many candidates the matching form ranks ({@link CatchAllMatching}) before the full query scores them
     * (in further blocks of this many when the page asked for reaches further: {@link #inBlocks}). Tuned on the judged development queries ({@code khotin eval
     * search}: 100, 200 and 400 give the same nDCG@10 as scoring every match, every query unchanged) and measured
     * with {@code bench search} queries: the same top 10 as scoring every match for 95.6 % of them (top 3: 99.1 %) at
     * 100 candidates, 98.4 % at 200, for 3–5 % more CPU per query.
     */
    static final int CANDIDATES = 100;

    /**
     * The top hits. Counting the matches and their facets is a separate pass (see {@link FacetsAndTimeline}): here
     * Lucene skips documents that cannot make the top (block-max scoring), there it skips the optional proximity
     * clauses. One pass doing both had to score every match in full.
     *
     * <p>When the query has a matching form, the best {@link #CANDIDATES} by it (one catch-all field per word, where
     * block-max scoring skips most of the matches) are scored with the full query, which only has to advance to
     * them; scoring every match with the per-field query was most of a query's cost.
     */
    static TopDocs collect(IndexSearcher searcher, SearchPlan plan) throws IOException {
        RequestQueries queries = plan.queries();
        int fetch = plan.fetch();
        if (plan.sort() != null) {
            return searcher.search(queries.dateOrdered(),
                    new TopFieldCollectorManager(plan.sort(), fetch, null, fetch));
        }
        boolean rescore = plan.rescore();
        TopDocs first;
        if (queries.matching() != null) {
            int candidates = blocks(fetch, CANDIDATES);
            first = searcher.search(queries.matching(), new TopScoreDocCollectorManager(candidates, null, candidates));
        } else {
            int window = rescore ? blocks(fetch, ProximityBoost.RESCORE_WINDOW) : fetch;
            first = searcher.search(queries.query(), new TopScoreDocCollectorManager(window, null, window));
        }
        ScoreDoc[] top = pageOrder(searcher, queries, first.scoreDocs, fetch);
        return new TopDocs(first.totalHits, Arrays.copyOf(top, Math.min(fetch, top.length)));
    }

    /**
     * Hits ranked by the first pass (the matching form when the query has one, else the query itself), from the
     * first on or from a multiple of {@link #CANDIDATES}, in the order a result page gives them: the full query's
     * score within each block of candidates, then the body phrase within each block of
     * {@link ProximityBoost#RESCORE_WINDOW}, as far as the blocks that hold the first {@code reach} hits (the
     * others are dropped). Exports take this order too ({@link ResultStream}).
     */
    static ScoreDoc[] pageOrder(IndexSearcher searcher, RequestQueries queries, ScoreDoc[] firstPass, int reach)
            throws IOException {
        ScoreDoc[] top = queries.matching() != null ? inBlocks(searcher, firstPass, queries.query(), CANDIDATES, true)
                : firstPass;
        if (queries.bodyPhrase() == null) {
            return top;
        }
        // only the blocks the page reaches: the body phrase reads positions, the costliest check of a search
        int needed = Math.min(top.length, blocks(reach, ProximityBoost.RESCORE_WINDOW));
        return inBlocks(searcher, Arrays.copyOf(top, needed), queries.bodyPhrase(), ProximityBoost.RESCORE_WINDOW,
                false);
    }

    /** {@code n} rounded up to whole blocks of {@code block}, at least one block. */
    private static int blocks(int n, int block) {
        return Math.max(1, (n + block - 1) / block) * block;
    }

    /**
     * Rescores {@code top} block by block ({@link #rescore}): the hits ranked 1 to {@code block} among themselves,
     * then those ranked {@code block} + 1 to 2 × {@code block}, and so on. A hit's place thus never depends on how
     * far the page asked for reaches: rescoring one larger window let a hit from beyond the first block jump into
     * it, so that going from page to page repeated some articles and never showed others.
     */
    private static ScoreDoc[] inBlocks(IndexSearcher searcher, ScoreDoc[] all, Query query, int block,
            boolean replace) throws IOException {
        ScoreDoc[] out = new ScoreDoc[all.length];
        int kept = 0;
        for (int from = 0; from < all.length; from += block) {
            ScoreDoc[] part = Arrays.copyOfRange(all, from, Math.min(all.length, from + block));
            ScoreDoc[] rescored = rescore(searcher, part, query, replace);
            System.arraycopy(rescored, 0, out, kept, rescored.length);
            kept += rescored.length;
        }
        return Arrays.copyOf(out, kept);
    }

    /**
     * Scores each of the hits with {@code query} (positions checked) and re-sorts them. With {@code replace}, the query's score replaces the hit's and a hit it does not match is dropped
     * (the full query over its matching form's candidates); otherwise the score is added where it matches (the
     * body phrase's second pass). Written out rather than with Lucene's QueryRescorer, which took a phrase's
     * approximation (all words present anywhere) for a match.
     */
    private static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query query, boolean replace)
            throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
        int kept = 0;
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        TwoPhaseIterator twoPhase = null;
        DocIdSetIterator approximation = null;
        for (ScoreDoc sd : byDoc) {
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                scorer = weight.scorer(leaf);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
            }
            int local = sd.doc - leaf.docBase;
            // The iterator may already stand on this document: advancing to an earlier candidate that did not
            // match lands on the next document that might.
            int at = approximation == null ? DocIdSetIterator.NO_MORE_DOCS
                    : approximation.docID() < local ? approximation.advance(local) : approximation.docID();
            boolean matches = at == local && (twoPhase == null || twoPhase.matches());
            if (matches) {
                rescored[kept++] = new ScoreDoc(sd.doc, replace ? scorer.score() : sd.score + scorer.score());
            } else if (!replace) {
                rescored[kept++] = new ScoreDoc(sd.doc, sd.score);
            }
        }
        ScoreDoc[] out = Arrays.copyOf(rescored, kept);
        Arrays.sort(out, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                : Integer.compare(a.doc, b.doc));
        return out;
    }

    /** The first pass's explanation plus the body phrase's, as the second pass of {@link #collect} adds them. */
    static Explanation explainWithBodyPhrase(IndexSearcher searcher, Explanation first, Query bodyPhrase, int doc)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Explanation second = searcher.createWeight(searcher.rewrite(bodyPhrase), ScoreMode.COMPLETE, 1f)
                .explain(leaf, doc - leaf.docBase);
        if (!second.isMatch()) {
            return first;
        }
        return Explanation.match(first.getValue().floatValue() + second.getValue().floatValue(),
                "sum of the first pass and the body phrase (second pass, best candidates only):", first, second);
    }
}
