package vn.khotin.search;

import java.util.List;

/**
 * Counts of one facet field over the matching articles.
 *
 * @param field the facet field ({@code category}, {@code year}, {@code month}, {@code author}, {@code place},
 *     {@code tag}); pass it with a value to {@link SearchRequest.Builder#filter} to drill down
 * @param values the most frequent values, most frequent first (year and month: newest first)
 * @param otherValues how many further distinct values were not listed
 * @param approximate whether the counts are estimates from a sample of the archive (a result set, or the matches
 *     of a field counted without its own filter, of {@link FacetsAndTimeline#SAMPLE_ABOVE} or more articles): a
 *     value may then be missing, and {@code otherValues} too low
 */
public record Facet(String field, List<FacetValue> values, int otherValues, boolean approximate) {
    public Facet {
        values = List.copyOf(values);
    }

    public Facet(String field, List<FacetValue> values, int otherValues) {
        this(field, values, otherValues, false);
    }

    /**
     * One value and the number of matching articles having it (a place: tagged with it or with a place inside it, as
     * its filter finds them).
     *
     * @param selected whether it is a drill-down filter
     * @param nested whether it is a place inside a selected place or holding one, so that adding it to the selection
     *     (any of the values) would change nothing or undo the narrowing: choose it instead
     */
    public record FacetValue(String value, long count, boolean selected, boolean nested) {
        public FacetValue(String value, long count, boolean selected) {
            this(value, count, selected, false);
        }
    }
}
