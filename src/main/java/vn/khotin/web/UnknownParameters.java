package vn.khotin.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings for the parameters of an API search that it does not read: a misspelt filter ({@code catgory=}) used to
 * be ignored in silence, so the user saw every category and thought the filter had worked; and a repeated
 * single-valued parameter ({@code q=lũ&q=bão}), of which only the first counts. Likewise the fields of a draft
 * ({@code POST /api/v1/related}) other than its title and text ({@code "titel"}).
 */
final class UnknownParameters {

    /** What {@code GET /api/v1/search} reads (its OpenAPI parameters); the filters may repeat. */
    private static final Set<String> SINGLE = Set.of("q", "year", "month", "collapse", "since", "until", "sort", "page",
            "size", "from", "facets", "facetSize", "timeline", "explain", "exact");

    /**
     * What {@code GET /api/v1/export} reads (its OpenAPI parameters) besides the filters, which may repeat; in the
     * order its 400 lists them.
     */
    static final List<String> EXPORT = List.of("q", "since", "until", "sort", "collapse", "exact", "format", "fields",
            "size");

    /** What a draft posted to {@code /api/v1/related} holds. */
    private static final Set<String> DRAFT = Set.of("title", "text");

    private UnknownParameters() {}

    /** The fields of a draft that are not read, in the order sent; empty when there are none. */
    static List<String> ofDraft(com.fasterxml.jackson.databind.JsonNode draft) {
        List<String> out = new ArrayList<>();
        draft.fieldNames().forEachRemaining(name -> {
            if (!DRAFT.contains(name)) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * Why an export cannot be made as asked (a parameter it does not read, or a single-valued one given twice), in
     * Vietnamese; null when there is no such parameter. Not a warning, as a search gives: the export's body is the
     * data, with no place for one, and a misspelt filter ({@code fromm=2020}) would export the whole archive.
     */
    static String ofExport(Context ctx) {
        Sorted sorted = sort(ctx, EXPORT);
        Set<String> unknown = sorted.unknown();
        List<String> out = new ArrayList<>();
        if (!unknown.isEmpty()) {
            List<String> accepted = new ArrayList<>(List.of("q"));
            accepted.addAll(SearchParams.FILTER_FIELDS);
            accepted.addAll(EXPORT.subList(1, EXPORT.size()));
            out.add("Tham số " + quoted(unknown) + " không dùng được khi tải dữ liệu. Các tham số của bản tải: "
                    + String.join(", ", accepted) + " (xem /api/v1/openapi.json).");
            if (unknown.contains("page") || unknown.contains("from")) {
                out.add("Bản tải luôn bắt đầu từ kết quả đầu tiên: size giới hạn số dòng, since và until giới hạn ngày.");
            }
        }
        if (!sorted.repeated().isEmpty()) {
            out.add("Tham số " + quoted(sorted.repeated()) + " chỉ được có một giá trị.");
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** A request's parameters that it does not read, and the single-valued ones given more than once, by name. */
    private record Sorted(Set<String> unknown, Set<String> repeated) {}

    /** Sorts the request's parameters against {@code single} (read once each) and the filters (which may repeat). */
    private static Sorted sort(Context ctx, java.util.Collection<String> single) {
        Set<String> unknown = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (name.isBlank()) {
                continue; // a stray "&" ("?q=lũ&") names no parameter
            }
            if (single.contains(name)) {
                if (e.getValue().size() > 1) {
                    repeated.add(name);
                }
            } else if (!SearchParams.FILTER_FIELDS.contains(name)) {
                unknown.add(name);
            }
        }
        return new Sorted(unknown, repeated);
    }

    private static String quoted(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    /** The request's warnings, in Vietnamese; empty when every parameter is read. */
    static List<String> ofSearch(Context ctx) {
        Sorted sorted = sort(ctx, SINGLE);
        List<String> out = new ArrayList<>();
        if (!sorted.unknown().isEmpty()) {
            out.add("Tham số không được hỗ trợ, đã bỏ qua: " + String.join(", ", sorted.unknown())
                    + " (các tham số: /api/v1/openapi.json).");
        }
        if (!sorted.repeated().isEmpty()) {
            out.add("Tham số lặp lại, chỉ dùng giá trị đầu: " + String.join(", ", sorted.repeated()) + ".");
        }
        return out;
    }
}
