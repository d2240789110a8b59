package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import vn.khotin.model.Article;

/**
 * The end of the load stage of a search ({@link SearchStages.Stage#LOAD}, timed with the reading of the stored
 * articles): the page's {@link SearchHit}s put together from the folded groups, the stored articles and the
 * highlights, with the score explanation when the request asks for it.
 */
final class HitList {

    private HitList() {}

    /**
     * The hits of a page.
     *
     * @param highlights per hit: [0] the highlighted title, [1] the best passages; null where nothing matched
     */
    static List<SearchHit> of(IndexSearcher searcher, SearchPlan plan, DuplicateFolding.Page page,
            StoredArticles.Loaded loaded, HighlightedText[][] highlights) throws IOException {
        boolean byScore = plan.sort() == null;
        Query explainQuery = plan.request().explain() ? plan.queries().query() : null;
        Query bodyPhrase = plan.rescore() ? plan.queries().bodyPhrase() : null;
        Weight allWords = allWordsWeight(searcher, plan);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.groups().size(); i++) {
            DuplicateFolding.Group g = page.groups().get(i);
            hits.add(hit(searcher, g, loaded.articles()[i], loaded.places()[i], page.duplicates().get(i),
                    highlights[i], byScore ? g.first().score : 0f, explainQuery, bodyPhrase,
                    allWords == null || matches(searcher, allWords, g.first().doc)));
        }
        return hits;
    }

    /** A relaxed search's test for an article with every word; null when every match has them all. */
    private static Weight allWordsWeight(IndexSearcher searcher, SearchPlan plan) throws IOException {
        Query q = plan.queries().countingAllWords();
        return q == null ? null : searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** Whether document {@code doc} of the searcher's reader matches {@code weight}. */
    static boolean matches(IndexSearcher searcher, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return false;
        }
        int target = doc - leaf.docBase;
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        if (twoPhase == null) {
            return scorer.iterator().advance(target) == target;
        }
        return twoPhase.approximation().advance(target) == target && twoPhase.matches();
    }

    private static SearchHit hit(IndexSearcher searcher, DuplicateFolding.Group g, Article a, String[] places,
            List<Long> dupIds, HighlightedText[] highlights, float score, Query explainQuery, Query bodyPhrase,
            boolean allWords) throws IOException {
        HighlightedText snippet = highlights[1] != null ? highlights[1]
                : HighlightedText.plain(a.sapo().isEmpty() ? abbreviate(a.bodyText()) : a.sapo());
        HighlightedText title = highlights[0] != null ? highlights[0] : HighlightedText.plain(a.title());
        String explanation = null;
        if (explainQuery != null) {
            Explanation first = searcher.explain(explainQuery, g.first().doc);
            explanation = (bodyPhrase == null ? first
                    : TopHits.explainWithBodyPhrase(searcher, first, bodyPhrase, g.first().doc)).toString();
        }
        int count = dupIds.size();
        return new SearchHit(a.id(), a.url(), a.title(), a.sapo(), a.published(), a.category(), snippet, title,
                a.author(), a.tags(), Arrays.asList(places), score, count,
                dupIds.size() > 20 ? dupIds.subList(0, 20) : dupIds, explanation, allWords);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
