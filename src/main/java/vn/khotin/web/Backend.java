package vn.khotin.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khotin.extract.Article;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.web.view.RelatedView;

/**
 * What the handlers need from the rest of the system, in one place: the search layer (every search under the
 * {@link SearchGate}'s deadline), the crawler control and the raw captures.
 */
final class Backend {

    static final int DRAFT_RELATED = 10;

    private final ArticleSearch search;
    private final SearchGate gate;
    private final CrawlControl crawl;
    private final RawCaptures captures;

    Backend(ArticleSearch search, SearchGate gate, CrawlControl crawl, RawCaptures captures) {
        this.search = search;
        this.gate = gate;
        this.crawl = crawl;
        this.captures = captures;
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

    Optional<Article> article(long id) {
        return search.article(id);
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

    /**
     * Archive stories related to a draft: the draft's distinctive words (its title's, then its text's) as an
     * any-of query ranked by BM25, so stories sharing more and rarer words come first. The reason lists the
     * draft words each story matched.
     */
    List<RelatedView> relatedToDraft(String title, String text, String baseUrl) {
        Set<String> words = new LinkedHashSet<>();
        collectWords(title, words, 12);
        collectWords(text, words, 40);
        if (words.isEmpty()) {
            return List.of();
        }
        String query = String.join(" | ", words);
        SearchResult r = search(new SearchRequest(query, DRAFT_RELATED, 0));
        List<RelatedView> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            List<String> matched = marked(h.snippet());
            String reason = matched.isEmpty() ? "trùng từ với bản thảo"
                    : "cùng nhắc đến: " + String.join(", ", matched);
            out.add(new RelatedView(h.id(), h.title(), "/bai/" + h.id(), baseUrl + "/bai/" + h.id(),
                    Format.date(h.published()), reason));
        }
        return out;
    }

    /** Stories related to an archived article, by the same method as a draft, without the article itself. */
    List<RelatedView> relatedToArticle(Article a, String baseUrl) {
        return relatedToDraft(a.title(), a.sapo() + " " + String.join(" ", a.tags()), baseUrl).stream()
                .filter(r -> r.id() != a.id()).toList();
    }

    /** Words of three letters or more, without query syntax characters, up to a limit. */
    private static void collectWords(String s, Set<String> into, int limit) {
        int added = 0;
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) >= 3 && into.add(w.toLowerCase(java.util.Locale.ROOT))
                    && ++added >= limit) {
                return;
            }
        }
    }

    /** The distinct highlighted terms of a snippet, in order, at most five. */
    private static List<String> marked(String snippet) {
        Set<String> terms = new LinkedHashSet<>();
        int i = 0;
        while (terms.size() < 5 && (i = snippet.indexOf("<mark>", i)) >= 0) {
            int end = snippet.indexOf("</mark>", i);
            if (end < 0) {
                break;
            }
            terms.add(snippet.substring(i + 6, end).toLowerCase(java.util.Locale.ROOT));
            i = end;
        }
        return List.copyOf(terms);
    }
}
