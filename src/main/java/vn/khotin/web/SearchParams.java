package vn.khotin.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.khotin.model.Fields;
import vn.khotin.search.QueryLanguage;
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

    /**
     * The query with control characters (NUL, escape, ...) as spaces: they mean nothing to a search and would be
     * written back into the page and its links.
     */
    static String withoutControlCharacters(String q) {
        if (q == null || q.chars().noneMatch(Character::isISOControl)) {
            return q;
        }
        StringBuilder sb = new StringBuilder(q.length());
        q.chars().forEach(c -> sb.append(Character.isISOControl(c) ? ' ' : (char) c));
        return sb.toString();
    }

    /**
     * Parses the parameters. The API also accepts {@code from=K}, the offset of the first hit (any K, not only
     * multiples of {@code size}); dates go in {@code since}/{@code until}. Every malformed value is a
     * {@link BadRequest} with a Vietnamese message, never silently ignored.
     */
    static SearchParams parse(Context ctx, int defaultSize) {
        return parse(ctx, defaultSize, 1);
    }

    /**
     * As {@link #parse(Context, int)}, with {@code size} from {@code minSize}: 0 lets an API client ask for the
     * counts alone (total, facets, timeline and no hits), as Elasticsearch's {@code size=0} does.
     */
    static SearchParams parse(Context ctx, int defaultSize, int minSize) {
        String q = query(ctx);
        int size = intParam(ctx, "size", defaultSize, minSize, MAX_SIZE);
        if (size < minSize || size > MAX_SIZE) {
            throw new BadRequest("Tham số 'size' phải từ " + minSize + " đến " + MAX_SIZE
                    + (minSize == 0 ? " (0: chỉ đếm số kết quả, không trả bài nào)." : "."));
        }
        int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
        if (page < 1) {
            throw new BadRequest("Tham số 'page' phải từ 1 trở lên.");
        }
        long start = (long) (page - 1) * size;
        if (ctx.queryParam("from") != null && !ctx.queryParam("from").isBlank()) {
            int offset = intParam(ctx, "from", 0, 0, Integer.MAX_VALUE);
            if (offset < 0) {
                throw new BadRequest("Tham số 'from' (vị trí kết quả đầu tiên) phải từ 0 trở lên.");
            }
            start = offset;
            page = size == 0 ? 1 : offset / size + 1;
        }
        // a page beyond the first MAX_WINDOW results is judged once its total is known (Backend.page, apiPage)
        return unpaged(ctx, q, page, size, (int) Math.min(start, Integer.MAX_VALUE), true);
    }

    /**
     * The search of an export, which reads every row from the first, in pages of {@link #MAX_SIZE}: {@code size},
     * {@code page} and {@code from} are left to the export; copies are kept unless {@code collapse=true}, as
     * research wants every matching article.
     */
    static SearchParams ofExport(Context ctx) {
        return unpaged(ctx, query(ctx), 1, MAX_SIZE, 0, false);
    }

    private static String query(Context ctx) {
        String q = withoutControlCharacters(ctx.queryParam("q"));
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequest("Câu tìm quá dài: tối đa " + MAX_QUERY_CHARS + " ký tự.");
        }
        return q;
    }

    /** The parameters other than the page's, read from the request, on the page given. */
    private static SearchParams unpaged(Context ctx, String q, int page, int size, int start,
            boolean collapseByDefault) {
        Map<String, List<String>> filters = filters(ctx);
        boolean collapse = booleanParam(ctx, "collapse", collapseByDefault);
        LocalDate from = date(ctx, "since", false);
        LocalDate to = date(ctx, "until", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.");
        }
        Sort sort = sort(ctx.queryParam("sort"));
        boolean exact = booleanParam(ctx, "exact", false);
        return new SearchParams(q, filters, from, to, sort, page, size, collapse, exact, start);
    }

    /** The filter parameters, each value checked ({@code year} and {@code month} by their form). */
    private static Map<String, List<String>> filters(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        int count = 0;
        for (String field : FILTER_FIELDS) {
            for (String v : ctx.queryParams(field)) {
                if (!v.isBlank()) {
                    if (v.length() > 200) {
                        throw new BadRequest("Giá trị bộ lọc '" + field + "' quá dài.");
                    }
                    filters.computeIfAbsent(field, k -> new ArrayList<>()).add(filterValue(field, v.strip()));
                    count++;
                }
            }
        }
        if (count > MAX_FILTERS) {
            throw new BadRequest("Quá nhiều bộ lọc: tối đa " + MAX_FILTERS + ".");
        }
        return filters;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern MONTH_ISO = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final java.util.regex.Pattern MONTH_VN = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})");

    /** A year as four digits; a month as YYYY-MM (or MM/YYYY, as the page shows it), normalised to YYYY-MM. */
    static String filterValue(String field, String value) {
        if (field.equals("year")) {
            if (!YEAR.matcher(value).matches()) {
                throw new BadRequest("Tham số 'year' phải là năm bốn chữ số (ví dụ 2024), không phải '" + value + "'.");
            }
            return value;
        }
        if (field.equals("month")) {
            java.util.regex.Matcher iso = MONTH_ISO.matcher(value);
            java.util.regex.Matcher vn = MONTH_VN.matcher(value);
            String year = iso.matches() ? iso.group(1) : vn.matches() ? vn.group(2) : null;
            int month = iso.matches() ? Integer.parseInt(iso.group(2)) : vn.matches() ? Integer.parseInt(vn.group(1)) : 0;
            if (year == null || month < 1 || month > 12) {
                throw new BadRequest("Tham số 'month' phải là tháng dạng YYYY-MM (tháng 01–12, ví dụ 2024-06), không phải '"
                        + value + "'.");
            }
            return String.format(Locale.ROOT, "%s-%02d", year, month);
        }
        return value;
    }

    /** {@code true} or {@code false} (any case); absent or blank is the default; anything else a 400. */
    static boolean booleanParam(Context ctx, String name, boolean fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest("Tham số '" + name + "' phải là true hoặc false, không phải '" + value + "'.");
        };
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
     * A date in the forms of the query language's {@code từ:}/{@code đến:} (dd/mm/yyyy, mm/yyyy, yyyy, ISO
     * yyyy-mm-dd or yyyy-mm); a year or month stands for its first day, or its last day when {@code end} is set,
     * so that "until=06/2024" means the end of June 2024, as "đến:06/2024" does.
     */
    static LocalDate date(Context ctx, String name, boolean end) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate[] range = QueryLanguage.dateRange(text);
        String unreal = range == null ? QueryLanguage.unrealDate(text) : null;
        if (unreal != null) {
            // "31/02/2020" is in the form asked for: saying to use that form again would not help
            throw new BadRequest("Tham số '" + name + "': " + unreal + ".");
        }
        if (range == null) {
            throw new BadRequest("Tham số '" + name + "' phải là ngày dạng dd/mm/yyyy, mm/yyyy, yyyy hoặc yyyy-mm-dd "
                    + "(ví dụ 15/02/2026, 06/2024, 2024, 2026-02-15), không phải '" + text.strip() + "'.");
        }
        return end ? range[1] : range[0];
    }

    /**
     * An integer parameter, {@code fallback} when absent or blank. The caller checks the range; an integer too large
     * (or small) even to read is told so with {@code min} and {@code max}: "phải là số nguyên" was wrong for it.
     */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            if (v.matches("[+-]?\\d+")) {
                throw new BadRequest(v.startsWith("-") ? "Tham số '" + name + "' quá nhỏ: tối thiểu " + min + "."
                        : "Tham số '" + name + "' quá lớn: tối đa " + max + ".");
            }
            throw new BadRequest("Tham số '" + name + "' phải là số nguyên.");
        }
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
