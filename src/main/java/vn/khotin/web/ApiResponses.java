package vn.khotin.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khotin.model.Article;
import vn.khotin.model.CrawlStatus;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.Facet;
import vn.khotin.search.RelatedReasons;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;
import vn.khotin.search.Suggestion;
import vn.khotin.search.Suggestions;
import vn.khotin.search.TimelineBucket;
import vn.khotin.web.api.AnalyzeResponse;
import vn.khotin.web.api.ApiBody;
import vn.khotin.web.api.ArticleRelatedResponse;
import vn.khotin.web.api.ArticleResponse;
import vn.khotin.web.api.CrawlStatusResponse;
import vn.khotin.web.api.DraftRelatedResponse;
import vn.khotin.web.api.Hit;
import vn.khotin.web.api.RelatedItem;
import vn.khotin.web.api.SearchResponse;
import vn.khotin.web.api.SuggestResponse;
import vn.khotin.web.view.RelatedList;
import vn.khotin.web.view.RelatedView;

/**
 * The one place where the records of the model and the search become the API's own records
 * ({@link vn.khotin.web.api}), and the one writer of JSON bodies ({@link #send}). The values are formatted here:
 * times as ISO 8601 with seconds and the Vietnam offset ({@link Format#iso}), enums by name, a highlighted text as
 * plain text and code point spans.
 */
final class ApiResponses {

    private ApiResponses() {}

    /** Writes a JSON body: only the API's records are ever written (ArchitectureTest). */
    static void send(Context ctx, ApiBody body) {
        ctx.json(body);
    }

    /**
     * A page of results.
     *
     * @param facets whether facets were asked for (they are left out otherwise)
     * @param explain whether each hit carries its score explanation
     * @param baseUrl scheme and authority of this site, for the permalinks
     */
    static SearchResponse search(SearchResult r, int page, int size, boolean facets, boolean explain,
            String baseUrl) {
        return new SearchResponse(r.total(), r.tookMillis(), page, size,
                r.hits().stream().map(h -> hit(h, explain, baseUrl)).toList(),
                facets ? r.facets().stream().map(ApiResponses::facet).toList() : null,
                r.timeline().isEmpty() ? null : r.timeline().stream().map(ApiResponses::bucket).toList(),
                suggestion(r.suggestion()), r.correctedQuery(), r.typedQuery(), r.relaxed(), r.strictTotal(),
                r.syllablesApart(), r.approximate(), r.warnings());
    }

    static Hit hit(SearchHit h, boolean explain, String baseUrl) {
        // The highlights as escaped HTML with <mark> (the first API version's form), then for clients that do not
        // render HTML as plain text and [start, end) code point spans.
        HighlightSpans snippet = HighlightSpans.of(h.snippet());
        HighlightSpans title = HighlightSpans.of(h.titleHighlight());
        return new Hit(h.id(), h.url(), h.title(), h.sapo(), Format.iso(h.published()), h.category(),
                h.snippet() == null ? null : Snippets.html(h.snippet()), Requests.permalink(baseUrl, h.id()),
                h.titleHighlight() == null ? null : Snippets.html(h.titleHighlight()), snippet.text(), spans(snippet),
                // spans of the title as the hit gives it, so none if the highlighted title reads otherwise
                title.text().equals(h.title()) ? spans(title) : List.of(), h.author(), h.tags(), h.places(),
                Float.isNaN(h.score()) ? null : h.score(), h.duplicates(), h.duplicateIds(), h.allWords(),
                explain ? h.explanation() : null);
    }

    private static List<List<Integer>> spans(HighlightSpans highlights) {
        return highlights.spans().stream().map(s -> List.of(s[0], s[1])).toList();
    }

    private static SearchResponse.Facet facet(Facet f) {
        return new SearchResponse.Facet(f.field(), f.values().stream()
                .map(v -> new SearchResponse.FacetValue(v.value(), v.count(), v.selected())).toList(), f.otherValues(),
                f.approximate());
    }

    private static SearchResponse.TimelineBucket bucket(TimelineBucket b) {
        return new SearchResponse.TimelineBucket(b.period(), b.count(), b.from());
    }

    private static SearchResponse.Suggestion suggestion(Suggestion s) {
        return s == null ? null : new SearchResponse.Suggestion(s.query(), s.kind().name(), s.hits(), s.message());
    }

    /** An archived article: the article as extracted, then the places the index tagged. */
    static ArticleResponse article(ArchivedArticle archived, String baseUrl) {
        Article a = archived.article();
        return new ArticleResponse(a.id(), a.url(), Requests.permalink(baseUrl, a.id()), a.title(), a.sapo(), a.source(), a.body(),
                a.captions().stream().map(c -> new ArticleResponse.Caption(c.text(), c.credit(), c.imageUrl()))
                        .toList(),
                a.author(), Format.iso(a.published()), Format.iso(a.updated()), a.category(), a.breadcrumb(), a.tags(),
                a.relatedIds(), a.imageUrls(), a.method().name(), a.quotes(), archived.places());
    }

    /**
     * One of the newsroom's related links.
     *
     * @param linked the linked article if the archive holds it
     * @param baseUrl scheme and authority of this site, for the permalink
     */
    static ArticleRelatedResponse.Editorial editorial(long id, Optional<Article> linked, String baseUrl) {
        return linked.map(r -> new ArticleRelatedResponse.Editorial(id, r.title(), Requests.permalink(baseUrl, id), true))
                .orElseGet(() -> new ArticleRelatedResponse.Editorial(id, null, null, false));
    }

    /** The related stories of an article, after its newsroom links. */
    static ArticleRelatedResponse articleRelated(long id, List<ArticleRelatedResponse.Editorial> editorial,
            RelatedList list) {
        return new ArticleRelatedResponse(id, editorial, related(list), list.copiesExcluded(), list.fallback(),
                emptyMessage(list));
    }

    /** The related stories of a draft. */
    static DraftRelatedResponse draftRelated(RelatedList list, List<String> warnings) {
        return new DraftRelatedResponse(related(list), list.copiesExcluded(), list.fallback(), emptyMessage(list),
                warnings, list.accentsRestored());
    }

    private static List<RelatedItem> related(RelatedList list) {
        return list.items().stream().map(ApiResponses::relatedItem).toList();
    }

    private static RelatedItem relatedItem(RelatedView r) {
        RelatedReasons why = r.reasons();
        return new RelatedItem(r.id(), r.title(), r.url(), r.permalink(), r.isoDate(), r.reason(), why == null ? null
                : new RelatedItem.Reasons(why.words(), why.people(), why.places(), why.tags(), why.sameEvent(),
                        why.daysApart()));
    }

    /** The line said when there are no suggestions; none (left out) when there are. */
    private static String emptyMessage(RelatedList list) {
        return list.items().isEmpty() ? list.emptyMessage() : null;
    }

    static SuggestResponse suggest(String q, List<Suggestions.Completion> completions, String accents) {
        return new SuggestResponse(q, completions.stream().map(c -> new SuggestResponse.Completion(c.text(),
                c.kind().name(), c.count(), c.articleId())).toList(), accents);
    }

    static AnalyzeResponse analyze(String text, boolean query, Map<String, List<TokenAnalysis.Token>> byField,
            List<String> repairs) {
        Map<String, List<AnalyzeResponse.Token>> fields = new java.util.LinkedHashMap<>();
        byField.forEach((field, tokens) -> fields.put(field, tokens.stream().map(t -> new AnalyzeResponse.Token(
                t.term(), t.startOffset(), t.endOffset(), t.position(), t.positionLength(), t.type())).toList()));
        return new AnalyzeResponse(text, query, fields, repairs);
    }

    static CrawlStatusResponse crawl(CrawlStatus s) {
        CrawlStatus.RunSummary run = s.lastRun();
        CrawlStatus.Totals totals = s.totals();
        CrawlStatus.Reindex reindex = s.reindex();
        return new CrawlStatusResponse(s.state().name(), Format.iso(s.lastStarted()), Format.iso(s.lastFinished()),
                s.pagesFetched(), s.articlesIndexed(), s.queued(), s.failuresByReason(), s.rate(), s.etaSeconds(),
                run == null ? null : new CrawlStatusResponse.RunSummary(run.run(), Format.iso(run.started()),
                        Format.iso(run.finished()), run.complete(), run.seconds(), run.requests(), run.pagesFetched(),
                        run.articlesIndexed(), run.failures()),
                totals == null ? null : new CrawlStatusResponse.Totals(totals.articles(), totals.captures(),
                        totals.warcFiles(), totals.warcBytes(), totals.runs()),
                s.lastError(),
                reindex == null ? null : new CrawlStatusResponse.Reindex(Format.iso(reindex.started()),
                        reindex.recordsRead(), reindex.articlesIndexed(), reindex.recordsSkipped(), reindex.bytesRead(),
                        reindex.bytesTotal(), reindex.etaSeconds(), reindex.merging()));
    }
}
