package vn.khotin.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khotin.index.ArticleSchema;

/**
 * One search as a user asked for it. Build with {@link #builder(String)}; the three-argument constructor and
 * {@link #of(String, int)} keep the simple form.
 *
 * @param query the query text as typed, in the query language ({@link QueryLanguage}); blank means
 *     "everything, newest first"
 * @param size how many hits to return (clamped to 1..{@link #MAX_SIZE})
 * @param from how many hits to skip (clamped to 0..{@link #MAX_WINDOW})
 * @param sort relevance (the default), newest or oldest first
 * @param filters drill-down selections: facet field ({@link ArticleSchema#FACET_FIELDS}) → accepted values;
 *     values of one field are alternatives, fields combine with AND
 * @param dateFrom first publication day (inclusive, Vietnam time), or null; adds to {@code từ:} in the query
 * @param dateTo last publication day (inclusive), or null
 * @param facets the facet fields to count ({@link ArticleSchema#FACET_FIELDS}); empty for none
 * @param facetSize how many values per facet
 * @param timeline hits per month or year, or none
 * @param collapseDuplicates fold near-duplicate copies of a story into its first hit (default true)
 * @param explain attach Lucene's score explanation to each hit
 * @param recency boost newer articles (half the boost after {@link ArticleSearch#RECENCY_HALF_LIFE_DAYS} days)
 * @param suggest offer a "did you mean" / accent-restored query when useful
 * @param lenient forgive the query (default true): when as typed it finds (almost) nothing and a correction
 *     (Telex, spelling) finds more, give the correction's results; when fewer articles than a page have every
 *     word, add those with most of the words after them. False searches exactly what was typed.
 */
public record SearchRequest(String query, int size, int from, Sort sort, Map<String, List<String>> filters,
        LocalDate dateFrom, LocalDate dateTo, Set<String> facets, int facetSize, Timeline timeline,
        boolean collapseDuplicates, boolean explain, boolean recency, boolean suggest, boolean lenient) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_CHARS = 1_000;
    public static final int MAX_FACET_SIZE = 200;

    /** Result order. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST
    }

    /** Granularity of the timeline. */
    public enum Timeline {
        NONE, MONTH, YEAR
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        size = Math.max(1, Math.min(MAX_SIZE, size));
        from = Math.max(0, Math.min(MAX_WINDOW, from));
        sort = sort == null ? Sort.RELEVANCE : sort;
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (ArticleSchema.FACET_FIELDS.contains(k) && v != null && !v.isEmpty()) {
                    f.put(k, List.copyOf(v));
                }
            });
        }
        filters = Map.copyOf(f);
        facets = facets == null ? Set.of()
                : Set.copyOf(facets.stream().filter(ArticleSchema.FACET_FIELDS::contains).toList());
        facetSize = Math.max(1, Math.min(MAX_FACET_SIZE, facetSize));
        timeline = timeline == null ? Timeline.NONE : timeline;
    }

    /** The simple form: query, page size and offset; relevance order, duplicates collapsed, no facets. */
    public SearchRequest(String query, int size, int from) {
        this(query, size, from, Sort.RELEVANCE, Map.of(), null, null, Set.of(), 10, Timeline.NONE, true, false,
                false, true, true);
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, size, 0);
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        Builder b = new Builder(query);
        b.size = size;
        b.from = from;
        b.sort = sort;
        b.filters.putAll(filters);
        b.dateFrom = dateFrom;
        b.dateTo = dateTo;
        b.facets = facets;
        b.facetSize = facetSize;
        b.timeline = timeline;
        b.collapse = collapseDuplicates;
        b.explain = explain;
        b.recency = recency;
        b.suggest = suggest;
        b.lenient = lenient;
        return b;
    }

    /** Builder for {@link SearchRequest}; defaults as in the simple form with 10 hits. */
    public static final class Builder {
        private String query;
        private int size = 10;
        private int from;
        private Sort sort = Sort.RELEVANCE;
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private Set<String> facets = Set.of();
        private int facetSize = 10;
        private Timeline timeline = Timeline.NONE;
        private boolean collapse = true;
        private boolean explain;
        private boolean recency;
        private boolean suggest = true;
        private boolean lenient = true;

        private Builder(String query) {
            this.query = query;
        }

        public Builder query(String q) {
            query = q;
            return this;
        }

        public Builder lenient(boolean b) {
            lenient = b;
            return this;
        }

        public Builder size(int n) {
            size = n;
            return this;
        }

        public Builder from(int n) {
            from = n;
            return this;
        }

        /** Page number from 1, with the current size. */
        public Builder page(int page) {
            from = (Math.max(1, page) - 1) * Math.max(1, Math.min(MAX_SIZE, size));
            return this;
        }

        public Builder sort(Sort s) {
            sort = s;
            return this;
        }

        /** Adds a drill-down value for a facet field (values of one field are OR-ed). */
        /** Replaces every filter. */
        public Builder filters(Map<String, List<String>> all) {
            filters.clear();
            all.forEach((k, v) -> filters.put(k, new java.util.ArrayList<>(v)));
            return this;
        }

        public Builder filter(String field, String value) {
            filters.computeIfAbsent(field, k -> new java.util.ArrayList<>()).add(value);
            return this;
        }

        public Builder dates(LocalDate fromDay, LocalDate toDay) {
            dateFrom = fromDay;
            dateTo = toDay;
            return this;
        }

        public Builder facets(String... fields) {
            facets = Set.of(fields);
            return this;
        }

        /** All facet fields. */
        public Builder allFacets() {
            facets = Set.copyOf(ArticleSchema.FACET_FIELDS);
            return this;
        }

        public Builder facetSize(int n) {
            facetSize = n;
            return this;
        }

        public Builder timeline(Timeline t) {
            timeline = t;
            return this;
        }

        public Builder collapseDuplicates(boolean b) {
            collapse = b;
            return this;
        }

        public Builder explain(boolean b) {
            explain = b;
            return this;
        }

        public Builder recency(boolean b) {
            recency = b;
            return this;
        }

        public Builder suggest(boolean b) {
            suggest = b;
            return this;
        }

        public SearchRequest build() {
            Map<String, List<String>> f = new LinkedHashMap<>();
            filters.forEach((k, v) -> f.put(k, List.copyOf(v)));
            return new SearchRequest(query, size, from, sort, f, dateFrom, dateTo, facets, facetSize, timeline,
                    collapse, explain, recency, suggest, lenient);
        }
    }
}
