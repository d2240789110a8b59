package vn.khotin.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.search.QueryLanguage;
import vn.khotin.web.SearchParams.Sort;
import vn.khotin.web.view.Link;

/**
 * Reads {@link SearchParams} from a request's query string, and the single parameters other handlers read the same
 * way. Every malformed value is a {@link BadRequest} with a Vietnamese message, never silently ignored or clamped.
 */
final class SearchParamsParser {

    private SearchParamsParser() {}

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
        int size = intParam(ctx, "size", defaultSize, minSize, SearchParams.MAX_SIZE);
        if (size < minSize || size > SearchParams.MAX_SIZE) {
            throw new BadRequest("Tham số 'size' phải từ " + minSize + " đến " + SearchParams.MAX_SIZE
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
        return unpaged(ctx, query(ctx), 1, SearchParams.MAX_SIZE, 0, false);
    }

    private static String query(Context ctx) {
        String q = withoutControlCharacters(ctx.queryParam("q"));
        if (q != null && q.length() > SearchParams.MAX_QUERY_CHARS) {
            throw new BadRequest("Câu tìm quá dài: tối đa " + SearchParams.MAX_QUERY_CHARS + " ký tự.");
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
            // the page offers the dates the other way round, and no dates, keeping everything else typed
            throw new BadRequest("Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.", List.of(
                    Link.of("Tìm với hai ngày đổi chỗ", sameRequest(ctx, Map.of("since", ctx.queryParam("until"),
                            "until", ctx.queryParam("since")))),
                    Link.of("Tìm không giới hạn ngày", sameRequest(ctx, Map.of("since", "", "until", "")))));
        }
        Sort sort = sort(ctx.queryParam("sort"));
        boolean exact = booleanParam(ctx, "exact", false);
        return new SearchParams(q, filters, from, to, sort, page, size, collapse, exact, start);
    }

    /** The request's path and parameters with {@code changed} ones replaced (an empty value drops it). */
    private static String sameRequest(Context ctx, Map<String, String> changed) {
        StringBuilder qs = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            List<String> vs = changed.containsKey(name) ? List.of(changed.get(name)) : values;
            for (String v : vs) {
                if (!v.isEmpty()) {
                    qs.append(qs.isEmpty() ? "?" : "&").append(java.net.URLEncoder.encode(name,
                            java.nio.charset.StandardCharsets.UTF_8)).append('=')
                            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        });
        return ctx.path() + qs;
    }

    /** The filter parameters, each value checked ({@code year} and {@code month} by their form). */
    private static Map<String, List<String>> filters(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        int count = 0;
        for (String field : SearchParams.FILTER_FIELDS) {
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
        if (count > SearchParams.MAX_FILTERS) {
            throw new BadRequest("Quá nhiều bộ lọc: tối đa " + SearchParams.MAX_FILTERS + ".");
        }
        return filters;
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern MONTH_VN = Pattern.compile("(\\d{1,2})/(\\d{4})");

    /** A year as four digits; a month as YYYY-MM (or MM/YYYY, as the page shows it), normalised to YYYY-MM. */
    static String filterValue(String field, String value) {
        if (field.equals("year")) {
            if (!YEAR.matcher(value).matches()) {
                throw new BadRequest("Tham số 'year' phải là năm bốn chữ số (ví dụ 2024), không phải '" + value + "'.");
            }
            return value;
        }
        if (field.equals("month")) {
            Matcher iso = MONTH_ISO.matcher(value);
            Matcher vn = MONTH_VN.matcher(value);
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
}
