package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import vn.khotin.index.ArticleSchema;

/**
 * The first stage of a search, compile ({@link SearchStages.Stage#PARSE}): the request with its filter values
 * resolved, its queries, the order, how many hits to fetch and which fields to count. The later stages read
 * everything they need from here.
 *
 * @param request the request, its filter values as the archive stores them
 * @param warnings the parser's and the filters' notes
 * @param window the hits up to the end of the requested page
 * @param fetch the hits to collect: more than the window when copies will be folded
 * @param facetFields the fields to count: the facets asked for and the timeline's
 * @param sort the date order, or null for relevance
 * @param chosen the filter values the user chose, as stored: {@code request}'s without the places inside a chosen one
 */
record SearchPlan(SearchRequest request, List<String> warnings, RequestQueries queries, Sort sort, int window,
        int fetch, Set<String> facetFields, Map<String, List<String>> chosen) {

    static SearchPlan of(QueryCompiler compiler, SearchRequest asked, ParsedQuery parsed, IndexReader reader,
            Strictness strictness) throws IOException {
        // Filter values as typed ("xa hoi", "Kỳ Anh") become the values the archive stores.
        FilterValues.Resolved resolved = FilterValues.resolve(reader, asked.filters());
        SearchRequest request = resolved.filters().equals(asked.filters()) ? asked
                : asked.toBuilder().filters(resolved.filters()).build();
        List<String> warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(resolved.warnings());
        warnings.addAll(compiler.unmatchedFields(parsed, reader));
        RequestQueries queries = RequestQueries.compile(compiler, request, parsed, reader, strictness);
        Sort sort = fullMatchesFirst(sort(request.sort(), parsed), queries);
        int window = request.from() + request.size();
        int fetch = request.collapseDuplicates() ? Math.min(SearchRequest.MAX_WINDOW + SearchRequest.MAX_SIZE,
                window * 2 + 10) : window;
        Set<String> facetFields = new LinkedHashSet<>(request.facets());
        if (request.timeline() == SearchRequest.Timeline.MONTH) {
            facetFields.add(ArticleSchema.MONTH);
        } else if (request.timeline() == SearchRequest.Timeline.YEAR) {
            facetFields.add(ArticleSchema.YEAR);
        }
        return new SearchPlan(request, warnings, queries, sort, window, fetch, facetFields, resolved.chosen());
    }

    /** Whether the collect stage reorders the best candidates by the body phrase (relevance order only). */
    boolean rescore() {
        return sort == null && queries.bodyPhrase() != null;
    }

    /** The order of a request; a query without text has no relevance and lists the newest first. */
    static Sort sort(SearchRequest.Sort asked, ParsedQuery parsed) {
        SearchRequest.Sort order = asked == SearchRequest.Sort.RELEVANCE && parsed.hasNoText()
                ? SearchRequest.Sort.NEWEST : asked;
        return switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> byDate(true);
            case OLDEST -> byDate(false);
        };
    }

    /**
     * A date order for a relaxed search's queries: the articles with every word first ({@link
     * RequestQueries#dateOrdered} scores them 1), each part by date; a date order for the others; null stays null.
     */
    static Sort fullMatchesFirst(Sort sort, RequestQueries queries) {
        if (sort == null || queries.allWords() == null) {
            return sort;
        }
        SortField[] fields = new SortField[sort.getSort().length + 1];
        fields[0] = SortField.FIELD_SCORE;
        System.arraycopy(sort.getSort(), 0, fields, 1, sort.getSort().length);
        return new Sort(fields);
    }

    private static Sort byDate(boolean newest) {
        SortField f = new SortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, newest);
        f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(f, new SortField(ArticleSchema.ID, SortField.Type.LONG, newest));
    }
}
