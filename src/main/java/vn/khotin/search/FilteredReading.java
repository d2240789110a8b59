package vn.khotin.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;

/**
 * Part of {@link ForgivingSearch}: a search with filters or dates (a facet or timeline click) reads the query as the
 * whole archive does, then narrows. Whether the query is corrected, read by its syllables or relaxed to most words
 * is decided without the filter, which only leaves articles out: decided inside it, "tham nhung cán bộ" (corrected
 * to "tham nhũng cán bộ", 139 articles) clicked into a category of 16 showed 7 uncorrected articles of "tham mưu"
 * and "nhưng", and "ha tinh mua lu" (10 articles) clicked into its place "Tỉnh Hà Tĩnh 2" relaxed to 33.
 */
final class FilteredReading {

    private FilteredReading() {}

    /** Whether the request has filters or dates. */
    private static boolean applies(SearchRequest request) {
        return !request.filters().isEmpty() || request.dateFrom() != null || request.dateTo() != null;
    }

    /**
     * The search ({@link ForgivingSearch#search}); with filters or dates, its results read as the unfiltered query
     * is: its correction (shown as such, however few the filter leaves), its strictness, and no suggestion when the
     * reading relaxes (the unfiltered one counts other articles).
     *
     * @throws QueryTooComplex when the query has more words than a search can weigh at once
     */
    static SearchResult search(SearchRequest request, ParsedQuery parsed, long articles,
            ForgivingSearch.Pipeline pipeline, ForgivingSearch.Counting counting, ForgivingSearch.TypedWords words)
            throws IOException {
        try {
            return searchFiltered(request, parsed, articles, pipeline, counting, words);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryTooComplex(e);
        }
    }

    private static SearchResult searchFiltered(SearchRequest request, ParsedQuery parsed, long articles,
            ForgivingSearch.Pipeline pipeline, ForgivingSearch.Counting counting, ForgivingSearch.TypedWords words)
            throws IOException {
        if (!request.lenient() || !applies(request) || parsed.hasNoText()) {
            return ForgivingSearch.search(request, parsed, articles, pipeline, counting, words);
        }
        SearchRequest whole = request.toBuilder().filters(Map.of()).dates(null, null).size(0).facets()
                .timeline(SearchRequest.Timeline.NONE).build();
        ForgivingSearch.Reading reading = ForgivingSearch.read(whole, parsed, articles, pipeline, counting, words);
        boolean corrected = !reading.query().equals(request.query());
        boolean relaxed = reading.strictness() == Strictness.MOST_WORDS;
        SearchRequest narrowed = request.toBuilder().query(reading.query())
                .suggest(request.suggest() && !corrected && !relaxed).build();
        ParsedQuery readParsed = corrected ? QueryLanguage.parse(reading.query()) : parsed;
        SearchResult r = pipeline.run(narrowed, readParsed, reading.strictness()).result();
        r = relaxed ? ForgivingSearch.relaxedResult(r, null) : r;
        return corrected ? r.corrected(reading.query(), request.query()) : r;
    }
}
