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
 * @param correctedQuery the query whose results these are when the query as typed found (almost) nothing and
 *     this correction found more; null when the results are the typed query's
 * @param typedQuery the query as typed when {@code correctedQuery} is set, else null
 * @param relaxed true when fewer articles than a page had every word of the query, so that articles with most
 *     of the words follow those with all of them
 * @param strictTotal how many articles have every word, each word of several syllables written whole (equal to
 *     {@code total} unless {@code relaxed} or {@link #syllablesApart()})
 * @param approximate true when the total, facet counts and timeline were estimated from a sample of the archive
 *     (very many matches), rounded to three significant digits for the total
 */
public record SearchResult(long total, List<SearchHit> hits, long tookMillis, List<Facet> facets,
        List<TimelineBucket> timeline, Suggestion suggestion, List<String> warnings, String correctedQuery,
        String typedQuery, boolean relaxed, long strictTotal, boolean approximate) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? List.of() : List.copyOf(facets);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SearchResult(long total, List<SearchHit> hits, long tookMillis, List<Facet> facets,
            List<TimelineBucket> timeline, Suggestion suggestion, List<String> warnings) {
        this(total, hits, tookMillis, facets, timeline, suggestion, warnings, null, null, false, total, false);
    }

    public SearchResult(long total, List<SearchHit> hits, long tookMillis) {
        this(total, hits, tookMillis, List.of(), List.of(), null, List.of());
    }

    /**
     * Whether fewer articles than a page write a word the query requires whole (a word of several syllables typed
     * without diacritics, a name typed so), so that the articles with its syllables apart follow those
     * ({@link #strictTotal} of them) that write it whole; their hits are not {@link SearchHit#allWords()}.
     */
    public boolean syllablesApart() {
        return !relaxed && strictTotal < total;
    }

    /** The same result, answered again in {@code millis} (from a cache). */
    public SearchResult tookAgain(long millis) {
        return new SearchResult(total, hits, millis, facets, timeline, suggestion, warnings, correctedQuery, typedQuery,
                relaxed, strictTotal, approximate);
    }

    /** These results as the answer to {@code typed}, corrected to {@code corrected}. */
    public SearchResult corrected(String corrected, String typed) {
        return new SearchResult(total, hits, tookMillis, facets, timeline, null, warnings, corrected, typed, relaxed,
                strictTotal, approximate);
    }

    /** The same result with {@code s} as its suggestion. */
    public SearchResult suggesting(Suggestion s) {
        return new SearchResult(total, hits, tookMillis, facets, timeline, s, warnings, correctedQuery, typedQuery,
                relaxed, strictTotal, approximate);
    }

    /** The same result without its suggestion (one found to lead nowhere). */
    public SearchResult withoutSuggestion() {
        return new SearchResult(total, hits, tookMillis, facets, timeline, null, warnings, correctedQuery, typedQuery,
                relaxed, strictTotal, approximate);
    }

    /** The same counts without hits: the answer for a page past the last result, or past those a search reads. */
    public SearchResult withoutHits() {
        return new SearchResult(total, List.of(), tookMillis, facets, timeline, suggestion, warnings, correctedQuery,
                typedQuery, relaxed, strictTotal, approximate);
    }

    /** These (relaxed) results, of which {@code strict} articles had every word. */
    public SearchResult relaxedFrom(long strict) {
        return new SearchResult(total, hits, tookMillis, facets, timeline, suggestion, warnings, correctedQuery,
                typedQuery, true, strict, approximate);
    }

    /** These results with more warnings after their own (about the request rather than the query). */
    public SearchResult warnedAlso(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new SearchResult(total, hits, tookMillis, facets, timeline, suggestion, all, correctedQuery,
                typedQuery, relaxed, strictTotal, approximate);
    }
}
