package vn.khotin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import vn.khotin.model.Article;
import vn.khotin.model.VietnamTime;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;

/**
 * Handlers of the API under {@code /api/v1}. Each JSON answer is one of the API's records
 * ({@link vn.khotin.web.api}), made by {@link ApiResponses}; their field names are part of the API: change them
 * never.
 */
final class ApiHandlers {

    static final int MAX_BODY_BYTES = 256 * 1024;

    private final Backend backend;
    private final ObjectMapper mapper;
    private final int exportCap;

    ApiHandlers(Backend backend, ObjectMapper mapper, int exportCap) {
        this.backend = backend;
        this.mapper = mapper;
        this.exportCap = exportCap;
    }

    void search(Context ctx) {
        SearchParams p = SearchParamsParser.parse(ctx, 10, 0);
        SearchRequest.Builder b = p.builder();
        List<String> facets = facetFields(ctx.queryParam("facets"));
        b.facets(facets.toArray(String[]::new));
        int facetSize = SearchParamsParser.intParam(ctx, "facetSize", 10, 1, SearchRequest.MAX_FACET_SIZE);
        if (facetSize < 1 || facetSize > SearchRequest.MAX_FACET_SIZE) {
            throw new BadRequest("Tham số 'facetSize' phải từ 1 đến " + SearchRequest.MAX_FACET_SIZE + ".");
        }
        b.facetSize(facetSize);
        b.timeline(timeline(ctx.queryParam("timeline")));
        boolean explain = SearchParamsParser.booleanParam(ctx, "explain", false);
        b.explain(explain);
        SearchResult r = backend.apiPage(p, b).warnedAlso(UnknownParameters.ofSearch(ctx));
        ApiResponses.send(ctx, ApiResponses.search(r, p.page(), p.size(), !facets.isEmpty(), explain,
                Requests.baseUrl(ctx)));
    }

    private static List<String> facetFields(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.strip().equalsIgnoreCase("all")) {
            return SearchParams.FILTER_FIELDS;
        }
        List<String> out = new java.util.ArrayList<>();
        for (String f : text.split(",")) {
            String field = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!SearchParams.FILTER_FIELDS.contains(field)) {
                throw new BadRequest("Tham số 'facets' chỉ nhận: " + String.join(", ", SearchParams.FILTER_FIELDS)
                        + " hoặc all.");
            }
            out.add(field);
        }
        return out;
    }

    private static SearchRequest.Timeline timeline(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("none")) {
            return SearchRequest.Timeline.NONE;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "month" -> SearchRequest.Timeline.MONTH;
            case "year" -> SearchRequest.Timeline.YEAR;
            default -> throw new BadRequest("Tham số 'timeline' phải là month, year hoặc none.");
        };
    }

    /** Completions for what is being typed, and the query with accents restored. */
    void suggest(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new BadRequest("Thiếu tham số 'q'.");
        }
        if (q.length() > 200) {
            throw new BadRequest("Tham số 'q' của gợi ý tối đa 200 ký tự.");
        }
        int size = SearchParamsParser.intParam(ctx, "size", 8, 1, 20);
        if (size < 1 || size > 20) {
            throw new BadRequest("Tham số 'size' của gợi ý phải từ 1 đến 20.");
        }
        ApiResponses.send(ctx, ApiResponses.suggest(q, backend.complete(q, size), backend.restoreAccents(q)));
    }

    /** The tokens the Vietnamese analyzers make of a text, per field role, like Elasticsearch's _analyze. */
    void analyze(Context ctx) {
        String text = ctx.queryParam("text");
        if (text == null || text.isBlank()) {
            throw new BadRequest("Thiếu tham số 'text'.");
        }
        if (text.length() > 2000) {
            throw new BadRequest("Tham số 'text' tối đa 2000 ký tự.");
        }
        boolean query = SearchParamsParser.booleanParam(ctx, "query", false);
        ApiResponses.send(ctx, Analysis.analyze(backend.tokens(), text, ctx.queryParam("field"), query));
    }

    /** The article as extracted, then what the index derived from it ({@code places}). */
    void article(Context ctx) {
        long id = Requests.parseId(ctx.pathParam("id"));
        ArchivedArticle archived = backend.archived(id).orElseThrow(() -> missing(id));
        ApiResponses.send(ctx, ApiResponses.article(archived, Requests.baseUrl(ctx)));
    }

    void articleRelated(Context ctx) {
        Article a = find(Requests.parseId(ctx.pathParam("id")));
        String base = Requests.baseUrl(ctx);
        var editorial = a.relatedIds().stream().limit(Requests.MAX_EDITORIAL)
                .map(rid -> ApiResponses.editorial(rid, backend.article(rid), base)).toList();
        ApiResponses.send(ctx, ApiResponses.articleRelated(a.id(), editorial, backend.relatedToArticle(a, base)));
    }

    /** {@code POST /related} with JSON {"title": …, "text": …}. */
    void draftRelated(Context ctx) throws IOException {
        JsonNode draft = readJson(ctx);
        String title = draftText(draft, "title");
        String text = draftText(draft, "text");
        String tooLong = Requests.draftTooLong(title, text);
        if (tooLong != null) {
            throw new BadRequest(tooLong);
        }
        List<String> unknown = UnknownParameters.ofDraft(draft);
        if (title.isBlank() && text.isBlank()) {
            throw new BadRequest("Cần 'title' hoặc 'text' của bản thảo" + (unknown.isEmpty() ? "."
                    : " (trường không được hỗ trợ: " + String.join(", ", unknown) + ")."));
        }
        List<String> warnings = unknown.isEmpty() ? List.of() : List.of("Trường không được hỗ trợ, đã bỏ qua: "
                + String.join(", ", unknown) + " (bản thảo gồm title và text).");
        ApiResponses.send(ctx, ApiResponses.draftRelated(backend.relatedToDraft(title, text, Requests.baseUrl(ctx)),
                warnings));
    }

    /**
     * CSV or JSON Lines of a whole result set, up to the export cap, written as the rows are read: one page of
     * articles in memory at a time, whatever the size. With {@code collapse=true} copies are folded, which needs
     * the ranked pages of a search: at most {@link SearchParams#MAX_WINDOW} rows then, their ids read before the
     * first is written ({@link RankedRows}).
     */
    void export(Context ctx) throws IOException {
        Export e = exportHeaders(ctx);
        ExportWriter writer = new ExportWriter(e.format(), e.fields(), mapper, Requests.baseUrl(ctx), ctx.outputStream());
        if (e.ranked() != null) {
            e.ranked().write(backend, writer);
        } else {
            backend.export(e.paged().toRequest(), e.rows(), writer);
        }
        writer.finish();
    }

    /**
     * {@code HEAD} of an export: the headers a GET sends (counts, cap, file name), so that a script learns the size
     * before it downloads; the searches they need (one page, or every page of a folded, corrected or relaxed
     * export, to count its rows), no row read or written.
     */
    void exportHead(Context ctx) throws IOException {
        exportHeaders(ctx);
        // committed now, before the end of the request would say "Content-Length: 0": not the GET's length
        ctx.res().flushBuffer();
    }

    /**
     * An export as asked: its format and fields, the parameters of its pages, its number of rows, and the ranked
     * rows of one taken from the search's pages (null when the rows are streamed from the index).
     */
    private record Export(ExportWriter.FileType format, List<String> fields, SearchParams paged, long rows,
            RankedRows ranked) {}

    /** Reads an export's parameters, searches its first page and sets its headers. */
    private Export exportHeaders(Context ctx) {
        ExportRequest asked = ExportRequest.of(ctx);
        SearchParams paged = asked.search();
        SearchResult first = backend.search(paged.toRequest());
        // A corrected or relaxed result is not the typed query's strict match set, which the stream reads: such a
        // result is exported as the search ranks it, page by page, like a folded one.
        boolean byPages = paged.collapse() || first.correctedQuery() != null || first.relaxed();
        long cap = byPages ? Math.min(exportCap, SearchParams.MAX_WINDOW) : exportCap;
        long rows = Math.min(Math.min(first.total(), cap), asked.limit());
        RankedRows ranked = byPages ? RankedRows.read(backend, paged, first, rows) : null;
        if (ranked != null) {
            rows = ranked.size(); // fewer than the total by the copies folded away
        }
        ctx.contentType(asked.format().contentType);
        ctx.header("Content-Disposition", "attachment; filename=\""
                + ExportWriter.fileName(paged, java.time.LocalDate.now(VietnamTime.ZONE), asked.format()) + "\"");
        ctx.header("X-Total-Count", Long.toString(first.total()));
        ctx.header("X-Export-Rows", Long.toString(rows));
        ctx.header("X-Export-Cap", Long.toString(cap));
        return new Export(asked.format(), asked.fields(), paged, rows, ranked);
    }

    /**
     * Atom feed of a query's newest hits. A subscriber follows exactly the query: the feed is never corrected nor
     * relaxed to most of the words, as {@code exact=true} asks of a search ("Formosa Hà Tĩnh" served articles that
     * only mention Hà Tĩnh, "covid" a car review), and its page link is that exact search.
     */
    void feed(Context ctx) {
        SearchParams p = SearchParamsParser.parse(ctx, 30);
        SearchParams newest = p.withSort(SearchParams.Sort.NEWEST);
        SearchResult r = backend.search(newest.builder().lenient(false).build());
        String qs = newest.queryString();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.write(Requests.baseUrl(ctx), "/api/v1/feed" + (qs.isEmpty() ? "" : "?" + qs),
                newest.exactly(newest.q()).href(), Views.feedTopic(p), r,
                id -> backend.captures().info(id).map(RawCaptures.Info::fetched).orElse(null)));
    }

    void openApi(Context ctx) throws IOException {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(OpenApiDocument.build(mapper));
    }

    private Article find(long id) {
        return backend.article(id).orElseThrow(() -> missing(id));
    }

    private static NotFound missing(long id) {
        return new NotFound("Không có bài viết mã " + id + " trong kho.");
    }

    /** A draft's field as text: absent or null is empty; a number, list or object is a client error. */
    private static String draftText(JsonNode draft, String field) {
        JsonNode v = draft.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new BadRequest("Trường '" + field + "' của bản thảo phải là chuỗi văn bản.");
        }
        return v.textValue();
    }

    private JsonNode readJson(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest("Nội dung gửi lên quá lớn: tối đa " + (MAX_BODY_BYTES / 1024) + " KB.");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequest("Nội dung gửi lên phải là một đối tượng JSON.");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("Nội dung gửi lên không phải JSON hợp lệ.");
        }
    }
}
