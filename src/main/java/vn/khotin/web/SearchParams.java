package vn.khotin.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.khotin.search.SearchRequest;

/**
 * The search parameters of a page or API request, validated: anything out of range is a {@link BadRequest} with
 * a Vietnamese message rather than a silent clamp, so a script learns its mistake.
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
 */
public record SearchParams(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
        int page, int size, boolean collapse, boolean exact) {

    /** The facet fields a search can be narrowed by; the URL parameter has the field's name. */
    public static final List<String> FILTER_FIELDS = List.of("category", "year", "month", "author", "place", "tag");

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

    /** Offset of the first hit. */
    public int offset() {
        return (page - 1) * size;
    }

    /** Whether any filter (category or date) narrows the result. */
    public boolean filtered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    /**
     * Parses the parameters. The API also accepts {@code from} as an offset when it is a plain number, for
     * compatibility with the first API version; dates go in {@code tu}/{@code den} (or {@code since}/{@code until}).
     */
    static SearchParams parse(Context ctx, int defaultSize) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequest("Câu tìm quá dài: tối đa " + MAX_QUERY_CHARS + " ký tự.");
        }
        int size = intParam(ctx, "size", defaultSize);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequest("Tham số 'size' phải từ 1 đến " + MAX_SIZE + ".");
        }
        int page = intParam(ctx, "page", 1);
        if (page < 1) {
            throw new BadRequest("Tham số 'page' phải từ 1 trở lên.");
        }
        String offsetText = ctx.queryParam("from");
        if (offsetText != null && !offsetText.isBlank() && offsetText.strip().chars().allMatch(Character::isDigit)) {
            int offset = intParam(ctx, "from", 0);
            if (offset % size != 0) {
                throw new BadRequest("Tham số 'from' phải là bội số của 'size' (dùng 'page' để phân trang).");
            }
            page = offset / size + 1;
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new BadRequest("Chỉ xem được " + MAX_WINDOW + " kết quả đầu tiên; hãy thu hẹp tìm kiếm.");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        int count = 0;
        for (String field : FILTER_FIELDS) {
            for (String v : ctx.queryParams(field)) {
                if (!v.isBlank()) {
                    if (v.length() > 200) {
                        throw new BadRequest("Giá trị bộ lọc '" + field + "' quá dài.");
                    }
                    filters.computeIfAbsent(field, k -> new ArrayList<>()).add(v.strip());
                    count++;
                }
            }
        }
        if (count > MAX_FILTERS) {
            throw new BadRequest("Quá nhiều bộ lọc: tối đa " + MAX_FILTERS + ".");
        }
        boolean collapse = !"false".equalsIgnoreCase(ctx.queryParam("collapse"));
        LocalDate from = date(ctx, "since", false);
        LocalDate to = date(ctx, "until", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.");
        }
        Sort sort = sort(ctx.queryParam("sort"));
        boolean exact = "true".equalsIgnoreCase(ctx.queryParam("exact"));
        return new SearchParams(q, filters, from, to, sort, page, size, collapse, exact);
    }

    private static Sort sort(String text) {
        if (text == null || text.isBlank()) {
            return Sort.RELEVANCE;
        }
        for (Sort s : Sort.values()) {
            if (s.param().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new BadRequest("Tham số 'sort' phải là relevance, newest hoặc oldest, không phải '" + text + "'.");
    }

    /**
     * A date as yyyy, yyyy-MM or yyyy-MM-dd; a year or month stands for its first day, or its last day when
     * {@code end} is set, so that "until=2024" means the end of 2024.
     */
    static LocalDate date(Context ctx, String name, boolean end) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
        } catch (DateTimeParseException e) {
            // fall through to the message below
        }
        throw new BadRequest("Tham số '" + name + "' phải là ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD.");
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("Tham số '" + name + "' phải là số nguyên.");
        }
    }

    /** The request for the search layer: this page, no facets, no timeline. */
    SearchRequest toRequest() {
        return builder().build();
    }

    /** A request builder with everything these parameters say; callers add facets and timeline. */
    SearchRequest.Builder builder() {
        SearchRequest.Builder b = SearchRequest.builder(q).size(size).from(offset())
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
        add(sb, "page", page == 1 ? "" : Integer.toString(page));
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
