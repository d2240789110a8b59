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
 * by date, the best candidates by score reordered with the body phrase in a second pass.
 */
final class TopHits {

    private TopHits() {}

    /**
     * The top hits. Counting the matches and their facets is a separate pass (see {@link FacetsAndTimeline}): here
     * Lucene skips documents that cannot make the top (block-max scoring), there it skips the optional proximity
     * clauses. One pass doing both had to score every match in full.
     */
    static TopDocs collect(IndexSearcher searcher, SearchPlan plan) throws IOException {
        Query query = plan.queries().query();
        int fetch = plan.fetch();
        boolean rescore = plan.rescore();
        int candidates = rescore ? Math.max(fetch, ProximityBoost.RESCORE_WINDOW) : fetch;
        TopDocs top = plan.sort() == null
                ? searcher.search(query, new TopScoreDocCollectorManager(candidates, null, candidates))
                : searcher.search(query, new TopFieldCollectorManager(plan.sort(), fetch, null, fetch));
        if (rescore) {
            top = rescoreWithBodyPhrase(searcher, top, plan.queries().bodyPhrase(), fetch);
        }
        return top;
    }

    /**
     * The second pass: adds the body phrase's score to each candidate where the phrase occurs (positions
     * checked), re-sorts and keeps the best {@code n}. Written out rather than with Lucene's QueryRescorer, which
     * took a phrase's approximation (all words present anywhere) for a match.
     */
    private static TopDocs rescoreWithBodyPhrase(IndexSearcher searcher, TopDocs top, Query bodyPhrase, int n)
            throws IOException {
        ScoreDoc[] byDoc = top.scoreDocs.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(bodyPhrase), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        TwoPhaseIterator twoPhase = null;
        DocIdSetIterator approximation = null;
        for (int i = 0; i < byDoc.length; i++) {
            ScoreDoc sd = byDoc[i];
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                scorer = weight.scorer(leaf);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
            }
            float score = sd.score;
            int local = sd.doc - leaf.docBase;
            if (approximation != null && approximation.docID() < local && approximation.advance(local) == local
                    && (twoPhase == null || twoPhase.matches())) {
                score += scorer.score();
            }
            rescored[i] = new ScoreDoc(sd.doc, score);
        }
        Arrays.sort(rescored, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                : Integer.compare(a.doc, b.doc));
        return new TopDocs(top.totalHits, Arrays.copyOf(rescored, Math.min(n, rescored.length)));
    }

    /** The first pass's explanation plus the body phrase's, as {@link #rescoreWithBodyPhrase} adds them. */
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
