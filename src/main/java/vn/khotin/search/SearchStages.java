package vn.khotin.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of {@link ArticleSearch#search(SearchRequest, SearchStages)}, summed over many
 * searches (thread-safe), so a benchmark can show where a query's time goes. Searches without a stages object
 * pay nothing for it.
 */
public final class SearchStages {

    /** The stages of one search, in the order they run. */
    public enum Stage {
        /** Query-language parse, analysis and compilation to a Lucene query. */
        PARSE,
        /** The index search: top documents and the matches for the facets, in one pass. */
        SEARCH,
        /** Counting the facet values of the matches. */
        FACETS,
        /** Folding near-duplicate copies and counting each hit's copies. */
        DEDUPE,
        /** Highlighted title and passages of the page of hits. */
        HIGHLIGHT,
        /** Reading the stored article of each hit. */
        LOAD,
        /** The values shown for each facet, and the timeline, from the counts. */
        TIMELINE,
        /** The "did you mean" suggestion. */
        SUGGEST
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder searches = new LongAdder();

    public SearchStages() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    void countSearch() {
        searches.increment();
    }

    /** Number of searches recorded. */
    public long searches() {
        return searches.sum();
    }

    /** Mean milliseconds per search spent in a stage. */
    public double meanMillis(Stage stage) {
        long n = searches.sum();
        return n == 0 ? 0 : nanos.get(stage).sum() / 1e6 / n;
    }
}
