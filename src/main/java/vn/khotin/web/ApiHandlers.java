package vn.khotin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.extract.Article;
import vn.khotin.search.SearchResult;
import vn.khotin.web.view.RelatedView;

/** Handlers of the JSON API under {@code /api/v1}. Field names are part of the API: change them never. */
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
        SearchParams p = SearchParams.parse(ctx, 10);
        SearchResult r = backend.search(p.toRequest());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("tookMillis", r.tookMillis());
        body.put("page", p.page());
        body.put("size", p.size());
        body.put("hits", r.hits());
        ctx.json(body);
    }

    void article(Context ctx) {
        ctx.json(find(parseId(ctx.pathParam("id"))));
    }

    void articleRelated(Context ctx) {
        Article a = find(parseId(ctx.pathParam("id")));
        String base = SiteHandlers.baseUrl(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id());
        body.put("editorial", a.relatedIds().stream().limit(SiteHandlers.MAX_EDITORIAL).map(rid -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", rid);
            backend.article(rid).ifPresent(r -> {
                e.put("title", r.title());
                e.put("permalink", base + "/bai/" + rid);
            });
            e.put("inArchive", e.containsKey("title"));
            return e;
        }).toList());
        body.put("related", related(backend.relatedToArticle(a, base)));
        ctx.json(body);
    }

    /** {@code POST /related} with JSON {"title": …, "text": …}. */
    void draftRelated(Context ctx) throws IOException {
        JsonNode draft = readJson(ctx);
        String title = draft.path("title").asText("");
        String text = draft.path("text").asText("");
        if (title.length() > SiteHandlers.MAX_DRAFT_TITLE_CHARS || text.length() > SiteHandlers.MAX_DRAFT_CHARS) {
            throw new BadRequest("Bản thảo quá dài: tối đa " + SiteHandlers.MAX_DRAFT_CHARS + " ký tự.");
        }
        if (title.isBlank() && text.isBlank()) {
            throw new BadRequest("Cần 'title' hoặc 'text' của bản thảo.");
        }
        ctx.json(Map.of("related", related(backend.relatedToDraft(title, text, SiteHandlers.baseUrl(ctx)))));
    }

    /** CSV or JSON Lines of a whole result set, streamed, up to the export cap. */
    void export(Context ctx) throws IOException {
        String f = ctx.queryParam("format");
        ExportWriter.Format format;
        if (f == null || f.isBlank() || f.equalsIgnoreCase("csv")) {
            format = ExportWriter.Format.CSV;
        } else if (f.equalsIgnoreCase("jsonl")) {
            format = ExportWriter.Format.JSONL;
        } else {
            throw new BadRequest("Tham số 'format' phải là csv hoặc jsonl.");
        }
        SearchParams p = SearchParams.parse(ctx, SearchParams.MAX_SIZE).withPage(1);
        SearchParams paged = new SearchParams(p.q(), p.categories(), p.from(), p.to(), p.sort(), 1,
                SearchParams.MAX_SIZE);
        SearchResult first = backend.search(paged.toRequest());
        long rows = Math.min(Math.min(first.total(), exportCap), SearchParams.MAX_WINDOW);
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"khotin-export." + format.extension + "\"");
        ctx.header("X-Total-Count", Long.toString(first.total()));
        ctx.header("X-Export-Rows", Long.toString(rows));
        ctx.header("X-Export-Cap", Integer.toString(exportCap));
        new ExportWriter(mapper, SiteHandlers.baseUrl(ctx)).write(format, first,
                page -> backend.search(paged.withPage(page).toRequest()), exportCap, ctx.outputStream());
    }

    /** Atom feed of a query's newest hits. */
    void feed(Context ctx) {
        SearchParams p = SearchParams.parse(ctx, 30);
        SearchParams newest = p.withSort(SearchParams.Sort.NEWEST);
        SearchResult r = backend.search(newest.toRequest());
        String qs = newest.queryString();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.write(SiteHandlers.baseUrl(ctx), "/api/v1/feed" + (qs.isEmpty() ? "" : "?" + qs),
                newest.href(), p.q(), r));
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiHandlers.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(in.readAllBytes());
        }
    }

    private Article find(long id) {
        return backend.article(id)
                .orElseThrow(() -> new SiteHandlers.NotFound("Không có bài viết mã " + id + " trong kho."));
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

    private static List<Map<String, Object>> related(List<RelatedView> views) {
        return views.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("permalink", r.permalink());
            m.put("date", r.date());
            m.put("reason", r.reason());
            return m;
        }).toList();
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequest("Mã bài viết phải là một số nguyên dương.");
        }
    }
}
