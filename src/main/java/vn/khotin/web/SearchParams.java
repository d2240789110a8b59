package vn.khotin.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khotin.search.SearchRequest;

/**
 * The search parameters of a page or API request, validated: anything out of range is a {@link BadRequest} with
 * a Vietnamese message rather than a silent clamp, so a script learns its mistake.
 *
 * @param q the query text (may be blank)
 * @param categories category filters (OR within categories)
 * @param from first day of the date range, inclusive; null for open
 * @param to last day of the date range, inclusive; null for open
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchParams(String q, List<String> categories, LocalDate from, LocalDate to, Sort sort, int page,
        int size) {

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
        categories = List.copyOf(categories);
    }

    /** Offset of the first hit. */
    public int offset() {
        return (page - 1) * size;
    }

    /** Whether any filter (category or date) narrows the result. */
    public boolean filtered() {
        return !categories.isEmpty() || from != null || to != null;
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
        List<String> categories = new ArrayList<>();
        for (String c : ctx.queryParams("category")) {
            if (!c.isBlank()) {
                categories.add(c.strip());
            }
        }
        if (categories.size() > MAX_FILTERS) {
            throw new BadRequest("Quá nhiều bộ lọc chuyên mục: tối đa " + MAX_FILTERS + ".");
        }
        LocalDate from = date(ctx, "since", false);
        LocalDate to = date(ctx, "until", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.");
        }
        Sort sort = sort(ctx.queryParam("sort"));
        return new SearchParams(q, categories, from, to, sort, page, size);
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

    /** The request for the search layer. */
    SearchRequest toRequest() {
        return new SearchRequest(q, size, offset());
    }

    /** A copy on another page. */
    public SearchParams withPage(int p) {
        return new SearchParams(q, categories, from, to, sort, p, size);
    }

    public SearchParams withSort(Sort s) {
        return new SearchParams(q, categories, from, to, s, 1, size);
    }

    public SearchParams withDates(LocalDate f, LocalDate t) {
        return new SearchParams(q, categories, f, t, sort, 1, size);
    }

    public SearchParams withCategory(String c) {
        List<String> cs = new ArrayList<>(categories);
        if (!cs.contains(c)) {
            cs.add(c);
        }
        return new SearchParams(q, cs, from, to, sort, 1, size);
    }

    public SearchParams withoutCategory(String c) {
        List<String> cs = new ArrayList<>(categories);
        cs.remove(c);
        return new SearchParams(q, cs, from, to, sort, 1, size);
    }

    public SearchParams withQuery(String text) {
        return new SearchParams(text, categories, from, to, sort, 1, size);
    }

    /**
     * The query string for these parameters, leaving out defaults so links stay short. Page size is kept only
     * when it differs from the page default.
     */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        add(sb, "q", q);
        for (String c : categories) {
            add(sb, "category", c);
        }
        add(sb, "since", from == null ? "" : from.toString());
        add(sb, "until", to == null ? "" : to.toString());
        add(sb, "sort", sort == Sort.RELEVANCE ? "" : sort.param());
        add(sb, "page", page == 1 ? "" : Integer.toString(page));
        add(sb, "size", size == PAGE_SIZE ? "" : Integer.toString(size));
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
