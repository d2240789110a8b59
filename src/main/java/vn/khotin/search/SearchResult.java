package vn.khotin.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: the total number of matches and one page of hits, plus what was
 * asked for: facet counts, the timeline, a query suggestion.
 *
 * @param total number of matching articles (before collapsing near-duplicates)
 * @param facets counts per facet field, in the order of {@link vn.khotin.index.ArticleSchema#FACET_FIELDS}
 * @param timeline hits per month or year, oldest first, gaps filled with zero; empty if not asked
 * @param suggestion a better query ("Có phải bạn muốn tìm …"), or null
 * @param warnings notes on parts of the query that were ignored or reinterpreted (Vietnamese)
 */
public record SearchResult(long total, List<SearchHit> hits, long tookMillis, List<Facet> facets,
        List<TimelineBucket> timeline, Suggestion suggestion, List<String> warnings) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? List.of() : List.copyOf(facets);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SearchResult(long total, List<SearchHit> hits, long tookMillis) {
        this(total, hits, tookMillis, List.of(), List.of(), null, List.of());
    }
}
