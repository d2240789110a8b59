package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khotin.model.Article;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.RelatedStories;
import vn.khotin.search.RelatedResult;
import vn.khotin.search.RelatedStory;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.web.view.RelatedList;
import vn.khotin.web.view.RelatedView;

/**
 * What the handlers need from the rest of the system, in one place: the search layer (every search under the
 * {@link SearchGate}'s deadline), the crawler control, the raw captures and the text analysis.
 */
final class Backend {

    static final int RELATED = 10;

    private final ArticleSearch search;
    private final SearchGate gate;
    private final CrawlControl crawl;
    private final RawCaptures captures;
    private final RelatedStories related;
    private final TokenAnalysis tokens;

    Backend(ArticleSearch search, RelatedStories related, SearchGate gate, CrawlControl crawl, RawCaptures captures,
            TokenAnalysis tokens) {
        this.search = search;
        this.related = related;
        this.gate = gate;
        this.crawl = crawl;
        this.captures = captures;
        this.tokens = tokens;
    }

    /** How long the home page's figures are reused; the archive changes slowly and the page is hit often. */
    static final long HOME_TTL_NANOS = 30_000_000_000L;

    private record Home(long at, int count, vn.khotin.web.view.HomeView view) {}

    private volatile Home home;

    /** The home page: archive size and date span, newest articles, categories and years with counts. */
    vn.khotin.web.view.HomeView home() {
        int count = count();
        Home h = home;
        long now = System.nanoTime();
        if (h != null && h.count() == count && now - h.at() < HOME_TTL_NANOS) {
            return h.view();
        }
        vn.khotin.web.view.HomeView view;
        if (count == 0) {
            view = Views.home(0, null, List.of(), List.of(), null);
        } else {
            SearchResult newest = search(SearchRequest.builder("").size(10).sort(SearchRequest.Sort.NEWEST)
                    .facets("category", "year").facetSize(40).collapseDuplicates(false).suggest(false).build());
            SearchResult oldest = search(SearchRequest.builder("").size(1).sort(SearchRequest.Sort.OLDEST)
                    .collapseDuplicates(false).suggest(false).build());
            List<vn.khotin.web.view.Link> categories = new ArrayList<>();
            List<vn.khotin.web.view.Link> years = new ArrayList<>();
            for (vn.khotin.search.Facet f : newest.facets()) {
                for (vn.khotin.search.Facet.FacetValue v : f.values()) {
                    String href = SearchParams.of("", SearchParams.Sort.NEWEST).withFilter(f.field(), v.value()).href();
                    var link = new vn.khotin.web.view.Link(v.value(), href, v.count(), false);
                    (f.field().equals("year") ? years : categories).add(link);
                }
            }
            years.sort(java.util.Comparator.comparing(vn.khotin.web.view.Link::label).reversed());
            String span = null;
            if (!oldest.hits().isEmpty() && !newest.hits().isEmpty() && oldest.hits().getFirst().published() != null
                    && newest.hits().getFirst().published() != null) {
                span = "từ " + Format.date(oldest.hits().getFirst().published()) + " đến "
                        + Format.date(newest.hits().getFirst().published());
            }
            view = Views.home(count, newest, categories, years, span);
        }
        home = new Home(now, count, view);
        return view;
    }

    SearchResult search(SearchRequest request) {
        return gate.run(() -> search.search(request));
    }

    /**
     * The page of results {@code p} asks for, searched as {@code request} (built from {@code p}). A page beyond the
     * first {@link SearchParams#MAX_WINDOW} results cannot be read: it is answered with the search's counts
     * (total, facets, timeline) and no hits, and the results page says why and links back ({@link Pager}). So is
     * the API's {@code size=0}, which asks for the counts alone.
     */
    SearchResult page(SearchParams p, SearchRequest.Builder request) {
        if (p.inWindow() && p.size() > 0) {
            return search(request.build());
        }
        return search(request.from(0).build()).withoutHits();
    }

    /** The API's page: as {@link #page}, refused ({@link #refuseUnreadable}) where results stand out of reach. */
    SearchResult apiPage(SearchParams p, SearchRequest.Builder request) {
        return refuseUnreadable(p, page(p, request));
    }

    /**
     * The API's answer for page {@code p} given its result {@code r}: a page beyond the first
     * {@link SearchParams#MAX_WINDOW} results where results stand is a 400, as a script must narrow its search to
     * read them; past the last result, however far, it is {@code r} (the counts, no hits), as a page just past
     * the end is.
     */
    static SearchResult refuseUnreadable(SearchParams p, SearchResult r) {
        if (!p.inWindow() && r.total() > p.offset()) {
            throw new BadRequest("Chỉ xem được " + SearchParams.MAX_WINDOW + " kết quả đầu tiên; hãy thu hẹp tìm kiếm.");
        }
        return r;
    }

    /** Exports running at once: each holds a searcher and a core for as long as its client reads. */
    static final int MAX_EXPORTS = 2;
    private final java.util.concurrent.Semaphore exports = new java.util.concurrent.Semaphore(MAX_EXPORTS);

    /**
     * Streams up to {@code max} matches to the sink, outside the search deadline (an export takes as long as its
     * client reads); at most {@link #MAX_EXPORTS} at once, more are refused as busy.
     */
    long export(SearchRequest request, long max, vn.khotin.search.ResultStream.Sink sink) {
        if (!exports.tryAcquire()) {
            throw new SearchGate.Overloaded("Đang có " + MAX_EXPORTS + " lượt tải dữ liệu chạy; hãy thử lại sau ít phút.");
        }
        try {
            return search.stream(request, max, sink);
        } finally {
            exports.release();
        }
    }

    Optional<Article> article(long id) {
        return search.article(id);
    }

    /** The article with what the index derived from it (places), for its own page and API record. */
    Optional<ArchivedArticle> archived(long id) {
        return search.archived(id);
    }

    int count() {
        return search.count();
    }

    List<vn.khotin.search.Suggestions.Completion> complete(String typed, int max) {
        return gate.run(() -> search.suggestions().complete(typed, max));
    }

    String restoreAccents(String query) {
        return gate.run(() -> search.suggestions().restoreAccents(query));
    }

    CrawlControl crawl() {
        return crawl;
    }

    RawCaptures captures() {
        return captures;
    }

    TokenAnalysis tokens() {
        return tokens;
    }

    /** Stories an editor could cite for a draft, with reasons. */
    RelatedList relatedToDraft(String title, String text, String baseUrl) {
        return views(gate.run(() -> related.forDraft(title, text, null, RELATED)), baseUrl);
    }

    /** Stories related to an archived article (itself and its copies excluded), with reasons. */
    RelatedList relatedToArticle(Article a, String baseUrl) {
        return views(gate.run(() -> related.forArticle(a.id(), RELATED)), baseUrl);
    }

    private static RelatedList views(RelatedResult result, String baseUrl) {
        List<RelatedView> out = new ArrayList<>(result.stories().size());
        for (RelatedStory r : result.stories()) {
            out.add(new RelatedView(r.id(), r.title(), "/bai/" + r.id(), r.url(), Requests.permalink(baseUrl, r.id()),
                    Format.date(r.published()), Format.iso(r.published()), r.reason(), r.reasons()));
        }
        return new RelatedList(out, result.copiesExcluded(), result.fallback(), result.emptyMessage(),
                result.accentsRestored());
    }
}
