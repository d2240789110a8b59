package vn.khotin.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khotin.model.Article;
import vn.khotin.model.Fields;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.web.view.RelatedList;
import vn.khotin.web.view.RelatedView;

/** Handlers of the HTML pages: parse, ask the search layer, render a template. */
final class SiteHandlers {

    /** The facet fields the results page counts: those of its sidebar. */
    /** Values a results page lists per facet; {@code facetSize} asks for more ("Xem thêm … mục khác"). */
    static final int PAGE_FACET_SIZE = 8;

    private static final String[] SIDEBAR_FACETS = Fields.sidebar().stream().map(Fields.FieldSpec::name)
            .toArray(String[]::new);

    private final Backend backend;

    SiteHandlers(Backend backend) {
        this.backend = backend;
    }

    /** Home page without a query, results page with one (or with any filter). */
    void home(Context ctx) {
        boolean filtered = SearchParams.FILTER_FIELDS.stream().anyMatch(f -> ctx.queryParam(f) != null);
        if (ctx.queryParam("q") != null || filtered || ctx.queryParam("since") != null
                || ctx.queryParam("until") != null) {
            results(ctx);
            return;
        }
        ctx.html(Templates.home(backend.home()));
    }

    void results(Context ctx) {
        SearchParams p = SearchParamsParser.parse(ctx, SearchParams.PAGE_SIZE);
        if (backend.count() == 0) {
            ctx.html(Templates.home(Views.home(0, null, List.of(), List.of(), null)));
            return;
        }
        int facetSize = SearchParamsParser.intParam(ctx, "facetSize", PAGE_FACET_SIZE, 1,
                SearchRequest.MAX_FACET_SIZE);
        if (facetSize < 1 || facetSize > SearchRequest.MAX_FACET_SIZE) {
            throw new BadRequest("Tham số 'facetSize' phải từ 1 đến " + SearchRequest.MAX_FACET_SIZE + ".");
        }
        SearchResult r = backend.page(p, p.builder().facets(SIDEBAR_FACETS)
                .facetSize(facetSize).timeline(SearchRequest.Timeline.MONTH));
        ctx.html(Templates.results(Views.results(p, r)));
    }

    void article(Context ctx) {
        long id = Requests.parseId(ctx.pathParam("id"));
        ArchivedArticle archived = backend.archived(id)
                .orElseThrow(() -> new NotFound("Không có bài viết mã " + id + " trong kho."));
        Article a = archived.article();
        List<Article> editorial = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (long rid : a.relatedIds().stream().limit(Requests.MAX_EDITORIAL).toList()) {
            backend.article(rid).ifPresentOrElse(editorial::add, () -> missing.add(rid));
        }
        String base = Requests.baseUrl(ctx);
        List<RelatedView> computed = backend.relatedToArticle(a, base).items();
        ctx.html(Templates.article(Views.article(archived, base, backend.captures().info(id).orElse(null),
                editorial, missing, computed)));
    }

    /**
     * The raw capture, as plain text: archived HTML must never run in our origin. For an imported article, the
     * line it was imported from, after a few lines saying so.
     */
    void rawCapture(Context ctx) {
        long id = Requests.parseId(ctx.pathParam("id"));
        RawCaptures.Raw raw = backend.captures().raw(id)
                .orElseThrow(() -> new NotFound("Không có bản lưu gốc của bài " + id + "."));
        boolean imported = raw.imported() != null;
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Content-Disposition", "inline; filename=\"khotin-" + id + (imported ? ".json" : ".html")
                + ".txt\"");
        ctx.header("X-Khotin-Warc-Record", raw.warcRecord() == null ? "" : raw.warcRecord());
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(imported ? ImportedRecordText.of(id, raw) : raw.body());
    }

    void editorForm(Context ctx) {
        ctx.html(Templates.editor(Views.editor("", "", false, List.of(), null)));
    }

    void editorSubmit(Context ctx) {
        String title = Optional.ofNullable(ctx.formParam("title")).orElse("");
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        String tooLong = Requests.draftTooLong(title, text);
        if (tooLong != null) {
            ctx.status(400);
            ctx.html(Templates.editor(Views.editor(cut(title, Requests.MAX_DRAFT_TITLE_CHARS),
                    cut(text, Requests.MAX_DRAFT_CHARS), true, List.of(), tooLong)));
            return;
        }
        if (title.isBlank() && text.isBlank()) {
            ctx.status(400);
            ctx.html(Templates.editor(Views.editor(title, text, true, List.of(),
                    "Hãy dán tiêu đề hoặc nội dung bản thảo.")));
            return;
        }
        RelatedList related = backend.relatedToDraft(title, text, Requests.baseUrl(ctx));
        ctx.html(Templates.editor(Views.editor(title, text, true, related.items(), null, related.emptyMessage(),
                related.accentsRestored() ? vn.khotin.search.RelatedResult.ACCENTS_RESTORED : null)));
    }

    void help(Context ctx) {
        ctx.html(Templates.help(HelpPage.view(vn.khotin.search.ArticleSearch.helpText())));
    }

    /** The browser's search-engine description, its templates on this site's public address. */
    void openSearch(Context ctx) {
        ctx.contentType(OpenSearchDescription.CONTENT_TYPE).result(OpenSearchDescription.xml(Requests.baseUrl(ctx)));
    }

    void status(Context ctx) {
        ctx.html(Templates.status(StatusPage.view(backend.crawl().status(), backend.count())));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : new String(s.substring(0, max).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }
}
