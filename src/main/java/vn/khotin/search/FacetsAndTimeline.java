package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import vn.khotin.index.ArticleSchema;

/**
 * The facets and timeline stages of a search ({@link SearchStages.Stage#FACETS},
 * {@link SearchStages.Stage#TIMELINE}): the number of matches and, when the request asks for them, the counts of
 * the facet values among the matches ({@link FacetCounter}) and the values shown per facet and per period.
 */
final class FacetsAndTimeline {

    /**
     * The matches' total, the facets in registry order and the timeline (empty unless asked); {@code approximate}
     * when they were estimated from a sample.
     */
    record Counted(long total, List<Facet> facets, List<TimelineBucket> timeline, boolean approximate) {}

    /**
     * From this many matches on (as a sample estimates them), the total, facets and timeline are the sample's
     * counts scaled to the archive, marked approximate ("≈"): a count so large needs no exact last digit, and
     * visiting every match was most of a large archive's cost per query.
     */
    static final long SAMPLE_ABOVE = 20_000;

    private FacetsAndTimeline() {}

    /** Counts, ending the clock's facets stage and, when anything was counted, its timeline stage. */
    static Counted count(FacetCounter counter, IndexSearcher searcher, SearchPlan plan, TopDocs top, StageClock clock)
            throws IOException {
        SearchRequest request = plan.request();
        Query query = plan.queries().counting();
        if (plan.facetFields().isEmpty()) {
            long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                    : searcher.count(query);
            clock.end(SearchStages.Stage.FACETS);
            return new Counted(total, new ArrayList<>(), List.of(), false);
        }
        Tallied all = tally(counter, searcher, query, plan.facetFields());
        FacetCounter.Tally tally = all.tally();
        boolean approximate = all.approximate();
        Map<String, FacetCounts> counts = tally.counts();
        // A field with a selection is counted without its own filter (the other filters still apply),
        // so its other values keep their counts and can be added to the selection. Such a count may be estimated
        // (a filter alone counts its field over the whole archive) while the total is exact: only that facet says so.
        Map<String, FacetCounts> shown = new HashMap<>(counts);
        Set<String> estimated = new java.util.HashSet<>();
        Map<String, Map<String, Long>> chosenCounts = new HashMap<>();
        for (String f : request.facets()) {
            if (request.filters().containsKey(f)) {
                Query sideways = RequestQueries.filtered(plan.queries().textCounting(), request.filters(), f);
                Tallied side = tally(counter, searcher, sideways, Set.of(f));
                shown.put(f, side.tally().counts().get(f));
                if (side.approximate()) {
                    estimated.add(f);
                    chosenCounts.put(f, chosenCounts(searcher, sideways, f, plan.chosen().getOrDefault(f, List.of())));
                }
            } else if (approximate) {
                estimated.add(f);
            }
        }
        clock.end(SearchStages.Stage.FACETS);
        List<Facet> facets = new ArrayList<>();
        for (String f : ArticleSchema.FACET_FIELDS) {
            if (request.facets().contains(f)) {
                facets.add(FacetListing.facet(f, shown.get(f), request.facetSize(),
                        plan.chosen().getOrDefault(f, List.of()), estimated.contains(f),
                        chosenCounts.getOrDefault(f, Map.of())));
            }
        }
        List<TimelineBucket> timeline = List.of();
        if (request.timeline() != SearchRequest.Timeline.NONE) {
            boolean byYear = request.timeline() == SearchRequest.Timeline.YEAR;
            timeline = FacetListing.timeline(counts.get(byYear ? ArticleSchema.YEAR : ArticleSchema.MONTH), byYear);
        }
        clock.end(SearchStages.Stage.TIMELINE);
        return new Counted(approximate ? threeSignificantDigits(tally.total()) : tally.total(), facets, timeline,
                approximate);
    }

    /**
     * The exact count of each chosen value of an estimated facet (a few cheap counts, each led by the value's own
     * articles): a sample may miss a chosen place altogether, which then vanished from its own facet.
     */
    private static Map<String, Long> chosenCounts(IndexSearcher searcher, Query sideways, String field,
            List<String> chosen) throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (String v : chosen) {
            List<String> values = new ArrayList<>(List.of(v));
            if (PlaceRollup.rollsUp(field)) {
                values.addAll(vn.khotin.index.Gazetteer.get().inside(v));
            }
            out.put(v, (long) searcher.count(RequestQueries.filtered(sideways, Map.of(field, values), null)));
        }
        return out;
    }

    /** 74,312 as 74,300: an estimate's digits beyond its precision are noise. */
    static long threeSignificantDigits(long n) {
        long unit = 1;
        while (n / unit >= 1000) {
            unit *= 10;
        }
        return Math.round((double) n / unit) * unit;
    }

    record Tallied(FacetCounter.Tally tally, boolean approximate) {}

    /**
     * Counts the matches. A query that may match {@link #SAMPLE_ABOVE} or more articles (its rarest word's count
     * says so, before any match is visited) is counted in the sample first ({@link SampledBlocks}); when the sample
     * stands for that many, its counts are scaled, else the rest is counted too: exact, each match visited once.
     */
    static Tallied tally(FacetCounter counter, IndexSearcher searcher, Query query, Set<String> fields)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        FacetCounter.Tally tally = counter.counting(reader, fields).newCollector();
        Weight weight = SampledBlocks.countingWeight(searcher, query);
        ScorerSupplier[] suppliers = SampledBlocks.suppliers(searcher, weight);
        if (reader.maxDoc() < SAMPLE_ABOVE || SampledBlocks.matchBound(suppliers) < SAMPLE_ABOVE) {
            SampledBlocks.collect(searcher, suppliers, SampledBlocks.Part.ALL, tally);
            return new Tallied(tally, false);
        }
        SampledBlocks.collect(searcher, suppliers, SampledBlocks.Part.SAMPLE, tally);
        double factor = (double) reader.maxDoc() / SampledBlocks.sampledDocs(reader.maxDoc());
        Map<String, OrdinalCache.Strata> strata = tally.total() * factor >= SAMPLE_ABOVE
                ? strata(counter, reader, fields) : null;
        if (strata != null) {
            tally.scale(factor, strata);
            return new Tallied(tally, true);
        }
        SampledBlocks.collect(searcher, weight, SampledBlocks.Part.REST, tally);
        return new Tallied(tally, false);
    }

    /**
     * Fields with few values, each of which must be in the sample to be estimated: dates, and the categories an
     * archive imported category by category holds in long runs.
     */
    private static final Set<String> FEW_VALUES = Set.of(ArticleSchema.YEAR, ArticleSchema.MONTH,
            ArticleSchema.CATEGORY);

    /**
     * The strata of {@code fields}: every facet is scaled value by value ({@link FacetCounter.Tally#scale}), by how
     * many of the value's articles the sample holds, so that an archive whose articles are numbered in runs (a crawl
     * adds them in date order, an import file may group them by category) is estimated right; scaling every value by
     * the sample's share made "world" 1,042 of 268. Null when some year, month or category has articles but none in
     * the sample: its count cannot be estimated, so everything is counted exactly. A place, author or tag absent from
     * the sample is estimated at none, as before.
     */
    private static Map<String, OrdinalCache.Strata> strata(FacetCounter counter, IndexReader reader,
            Set<String> fields) throws IOException {
        Map<String, OrdinalCache.Strata> out = new HashMap<>();
        for (String f : fields) {
            OrdinalCache.Strata s = counter.strata(reader, f);
            if (FEW_VALUES.contains(f)) {
                for (int o = 0; o < s.docs().length; o++) {
                    if (s.docs()[o] > 0 && s.sampled()[o] == 0) {
                        return null;
                    }
                }
            }
            out.put(f, s);
        }
        return out;
    }
}
