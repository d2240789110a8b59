package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import vn.khotin.index.ArticleSchema;

/**
 * The facets and timeline stages of a search ({@link SearchStages.Stage#FACETS},
 * {@link SearchStages.Stage#TIMELINE}): the number of matches and, when the request asks for them, the counts of
 * the facet values among the matches ({@link FacetCounter}) and the values shown per facet and per period.
 */
final class FacetsAndTimeline {

    /** The matches' total, the facets in registry order and the timeline (empty unless asked). */
    record Counted(long total, List<Facet> facets, List<TimelineBucket> timeline) {}

    private FacetsAndTimeline() {}

    /** Counts, ending the clock's facets stage and, when anything was counted, its timeline stage. */
    static Counted count(FacetCounter counter, IndexSearcher searcher, SearchPlan plan, TopDocs top, StageClock clock)
            throws IOException {
        SearchRequest request = plan.request();
        Query query = plan.queries().query();
        if (plan.facetFields().isEmpty()) {
            long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                    : searcher.count(query);
            clock.end(SearchStages.Stage.FACETS);
            return new Counted(total, new ArrayList<>(), List.of());
        }
        FacetCounter.Tally tally = searcher.search(query, counter.counting(searcher.getIndexReader(),
                plan.facetFields()));
        Map<String, FacetCounts> counts = tally.counts();
        // A field with a selection is counted without its own filter (the other filters still apply),
        // so its other values keep their counts and can be added to the selection.
        Map<String, FacetCounts> shown = new HashMap<>(counts);
        for (String f : request.facets()) {
            if (request.filters().containsKey(f)) {
                Query sideways = RequestQueries.filtered(plan.queries().text(), request.filters(), f);
                shown.put(f, searcher.search(sideways,
                        counter.counting(searcher.getIndexReader(), Set.of(f))).counts().get(f));
            }
        }
        clock.end(SearchStages.Stage.FACETS);
        List<Facet> facets = new ArrayList<>();
        for (String f : ArticleSchema.FACET_FIELDS) {
            if (request.facets().contains(f)) {
                facets.add(FacetListing.facet(f, shown.get(f), request.facetSize(),
                        request.filters().getOrDefault(f, List.of())));
            }
        }
        List<TimelineBucket> timeline = List.of();
        if (request.timeline() != SearchRequest.Timeline.NONE) {
            boolean byYear = request.timeline() == SearchRequest.Timeline.YEAR;
            timeline = FacetListing.timeline(counts.get(byYear ? ArticleSchema.YEAR : ArticleSchema.MONTH), byYear);
        }
        clock.end(SearchStages.Stage.TIMELINE);
        return new Counted(tally.total(), facets, timeline);
    }
}
