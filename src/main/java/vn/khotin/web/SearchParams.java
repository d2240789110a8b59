package vn.khotin.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.khotin.model.Fields;
import vn.khotin.search.SearchRequest;

/**
 * The search parameters of a page or API request, validated: anything out of range is a {@link BadRequest} with
 * a Vietnamese message rather than a silent clamp, so a script learns its mistake. {@code SearchParamsParser} reads
 * them from a request; this record builds the search request and the links back to it.
 *
 * @param q the query text (may be blank)
 * @param filters drill-down filters by facet field ({@link #FILTER_FIELDS}): values of one field are
 *     alternatives, fields combine with AND
 * @param from first day of the date range, inclusive; null for open
 * @param to last day of the date range, inclusive; null for open
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 * @param collapse fold near-duplicate copies of a story into its first hit
 * @param exact search exactly what was typed ({@code exact=true}): no correction, no most-words matches
 * @param start offset of the first hit: {@code (page - 1) * size}, or any offset the API's {@code from} gave
 */
public record SearchParams(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
        int page, int size, boolean collapse, boolean exact, int start) {

    /** The facet fields a search can be narrowed by; the URL parameter has the field's name. */
    public static final List<String> FILTER_FIELDS = Fields.FACET_NAMES;

    public static final int MAX_QUERY_CHARS = SearchRequest.MAX_QUERY_CHARS;
    public static final int MAX_SIZE = SearchRequest.MAX_SIZE;
    public static final int MAX_WINDOW = SearchRequest.MAX_WINDOW;
    public static final int MAX_FILTERS = 20;
    public static final int PAGE_SIZE = 20;

    /** Result order. */
    public enum Sort {
        RELEVANCE("liên quan"), NEWEST("mới nhất"), OLDEST("cũ nhất");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchParams {
        q = q == null ? "" : q.strip();
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (String field : FILTER_FIELDS) {
            List<String> values = filters.get(field);
            if (values != null && !values.isEmpty()) {
                f.put(field, List.copyOf(values));
            }
        }
        filters = java.util.Collections.unmodifiableMap(f);
    }

    /** Parameters that start at the first hit of {@code page}. */
    public SearchParams(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
            int page, int size, boolean collapse, boolean exact) {
        this(q, filters, from, to, sort, page, size, collapse, exact, (page - 1) * size);
    }

    /** Offset of the first hit. */
    public int offset() {
        return start;
    }

    /** Whether this page lies within the first {@link #MAX_WINDOW} results, the only ones a search reads. */
    boolean inWindow() {
        return (long) start + size <= MAX_WINDOW;
    }

    /** Whether any filter (category or date) narrows the result. */
    public boolean filtered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    /** The request for the search layer: this page, no facets, no timeline. */
    SearchRequest toRequest() {
        return builder().build();
    }

    /** A request builder with everything these parameters say; callers add facets and timeline. */
    SearchRequest.Builder builder() {
        SearchRequest.Builder b = SearchRequest.builder(q).size(size).from(start)
                .sort(SearchRequest.Sort.valueOf(sort.name())).dates(from, to).collapseDuplicates(collapse)
                .lenient(!exact);
        filters.forEach((field, values) -> values.forEach(v -> b.filter(field, v)));
        return b;
    }

    /** A copy on another page. */
    public SearchParams withPage(int p) {
        return new SearchParams(q, filters, from, to, sort, p, size, collapse, exact);
    }

    public SearchParams withSort(Sort s) {
        return new SearchParams(q, filters, from, to, s, 1, size, collapse, exact);
    }

    public SearchParams withDates(LocalDate f, LocalDate t) {
        return new SearchParams(q, filters, f, t, sort, 1, size, collapse, exact);
    }

    /** A copy with pages of {@code s} hits, on the first page. */
    public SearchParams withSize(int s) {
        return new SearchParams(q, filters, from, to, sort, 1, s, collapse, exact);
    }

    public SearchParams withCollapse(boolean c) {
        return new SearchParams(q, filters, from, to, sort, 1, size, c, exact);
    }

    public SearchParams withFilter(String field, String value) {
        Map<String, List<String>> f = copy(filters);
        List<String> values = f.computeIfAbsent(field, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
        return new SearchParams(q, f, from, to, sort, 1, size, collapse, exact);
    }

    /** A copy filtered on {@code value} alone in its field (a facet value clicked: the count it showed). */
    public SearchParams withOnlyFilter(String field, String value) {
        Map<String, List<String>> f = copy(filters);
        f.put(field, new ArrayList<>(List.of(value)));
        return new SearchParams(q, f, from, to, sort, 1, size, collapse, exact);
    }

    public SearchParams withoutFilter(String field, String value) {
        Map<String, List<String>> f = copy(filters);
        f.getOrDefault(field, new ArrayList<>()).remove(value);
        return new SearchParams(q, f, from, to, sort, 1, size, collapse, exact);
    }

    public SearchParams withQuery(String text) {
        return new SearchParams(text, filters, from, to, sort, 1, size, collapse, false);
    }

    /** The same search of exactly {@code text} as typed: no correction, no most-words matches. */
    public SearchParams exactly(String text) {
        return new SearchParams(text, filters, from, to, sort, 1, size, collapse, true);
    }

    /** Parameters for a plain search: the text only, first page, defaults otherwise. */
    public static SearchParams of(String q, Sort sort) {
        return new SearchParams(q, Map.of(), null, null, sort, 1, PAGE_SIZE, true, false);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
        return c;
    }

    /**
     * The query string for these parameters, leaving out defaults so links stay short. Page size is kept only
     * when it differs from the page default.
     */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        add(sb, "q", q);
        filters.forEach((field, values) -> values.forEach(v -> add(sb, field, v)));
        add(sb, "since", from == null ? "" : from.toString());
        add(sb, "until", to == null ? "" : to.toString());
        add(sb, "sort", sort == Sort.RELEVANCE ? "" : sort.param());
        if (start == (page - 1) * size) {
            add(sb, "page", page == 1 ? "" : Integer.toString(page));
        } else {
            add(sb, "from", Integer.toString(start));
        }
        add(sb, "size", size == PAGE_SIZE ? "" : Integer.toString(size));
        add(sb, "collapse", collapse ? "" : "false");
        add(sb, "exact", exact ? "true" : "");
        return sb.toString();
    }

    /** A site link ("/?…") to these parameters. */
    public String href() {
        String qs = queryString();
        return qs.isEmpty() ? "/" : "/?" + qs;
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        sb.append(sb.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
