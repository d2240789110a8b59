package vn.khotin.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/search}: one page of hits and what was asked for with them.
 *
 * @param total matching articles (before folding copies)
 * @param tookMillis time the search took
 * @param page the 1-based page
 * @param size hits per page
 * @param facets counts per field; left out unless {@code facets=} asked for some
 * @param timeline articles per month or year; left out when not asked (or empty)
 * @param suggestion a better query ("Có phải bạn muốn tìm …"), or null
 * @param correctedQuery the corrected query whose results these are, or null when they are the typed query's
 * @param typedQuery the query as typed when {@code correctedQuery} is set, else null
 * @param relaxed true when articles with most of the words follow those with all of them
 * @param strictTotal articles with every word, each word of several syllables written whole
 * @param syllablesApart true when articles with a word's syllables apart follow those that write it whole: fewer
 *     than a page wrote a word typed without diacritics (or a name typed so) whole
 * @param approximate true when {@code total}, the facet counts and the timeline are estimates from a sample of the
 *     archive (very many matches), the total rounded to three significant digits; a facet can be estimated alone
 *     (its own {@code approximate}: a field with a selection counted without it) while the total is exact
 * @param warnings notes on parts of the query that were ignored or reinterpreted (Vietnamese)
 */
public record SearchResponse(long total, long tookMillis, int page, int size, List<Hit> hits,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Facet> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineBucket> timeline, Suggestion suggestion,
        String correctedQuery, String typedQuery, boolean relaxed, long strictTotal, boolean syllablesApart,
        boolean approximate, List<String> warnings)
        implements ApiBody {

    public SearchResponse {
        hits = List.copyOf(hits);
        facets = facets == null ? null : List.copyOf(facets);
        timeline = timeline == null ? null : List.copyOf(timeline);
        warnings = List.copyOf(warnings);
    }

    /**
     * Counts of one field's values over the matching articles.
     *
     * @param field the field name, as the filter parameter ({@code category}, {@code year}, ...)
     * @param values the most frequent values first (year and month: newest first)
     * @param otherValues distinct values not listed
     * @param approximate whether the counts are estimates from a sample (values may be missing, otherValues low)
     */
    public record Facet(String field, List<FacetValue> values, int otherValues, boolean approximate) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    /** One value, the articles having it, and whether it is one of the request's filters. */
    public record FacetValue(String value, long count, boolean selected) {}

    /**
     * Articles in one period.
     *
     * @param period {@code YYYY-MM} or {@code YYYY}
     * @param from the period as a query-language date ("06/2024", "2024")
     */
    public record TimelineBucket(String period, long count, String from) {}

    /**
     * A query the user probably meant.
     *
     * @param kind {@code ACCENTS}, {@code TELEX} or {@code SPELLING}
     * @param hits articles the suggested query finds
     * @param message the line to show, in Vietnamese
     */
    public record Suggestion(String query, String kind, long hits, String message) {}
}
