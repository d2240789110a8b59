package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khotin.extract.Article;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;
import vn.khotin.web.view.ArticleView;
import vn.khotin.web.view.EditorView;
import vn.khotin.web.view.ErrorView;
import vn.khotin.web.view.FacetView;
import vn.khotin.web.view.HitView;
import vn.khotin.web.view.HomeView;
import vn.khotin.web.view.Link;
import vn.khotin.web.view.PageView;
import vn.khotin.web.view.RelatedView;
import vn.khotin.web.view.ResultsView;
import vn.khotin.web.view.StatusView;

/** Turns search results and articles into the view records the templates render. Pure functions. */
final class Views {

    static final String SITE = "Khotin";

    private Views() {}

    static HomeView home(int count, SearchResult newest, List<Link> categories, List<Link> years, String span) {
        return new HomeView(new PageView(SITE + " – kho tin Báo Hà Tĩnh", "", "tim"), count, Format.number(count),
                span, newest == null ? List.of() : hits(newest.hits(), SearchParams.Sort.RELEVANCE),
                categories, years);
    }

    static ResultsView results(SearchParams p, SearchResult r, List<FacetView> facets, Link suggestion,
            vn.khotin.web.view.TimelineView timeline) {
        String title = (p.q().isEmpty() ? "Tất cả bài" : p.q()) + " – " + SITE;
        List<Link> active = new ArrayList<>();
        for (String c : p.categories()) {
            active.add(Link.of("Chuyên mục: " + c, p.withoutCategory(c).href()));
        }
        if (p.from() != null || p.to() != null) {
            active.add(Link.of("Thời gian: " + range(p), p.withDates(null, null).href()));
        }
        List<Link> sorts = new ArrayList<>();
        for (SearchParams.Sort s : SearchParams.Sort.values()) {
            sorts.add(new Link(s.label(), s.param(), -1, s == p.sort()));
        }
        long reachable = Math.min(r.total(), SearchParams.MAX_WINDOW);
        int lastPage = (int) Math.max(1, (reachable + p.size() - 1) / p.size());
        List<Link> pages = new ArrayList<>();
        int first = Math.max(1, p.page() - 4);
        int last = Math.min(lastPage, first + 8);
        for (int i = first; i <= last; i++) {
            pages.add(new Link(Integer.toString(i), p.withPage(i).href(), -1, i == p.page()));
        }
        Link prev = p.page() > 1 ? Link.of("Trang trước", p.withPage(p.page() - 1).href()) : null;
        Link next = p.page() < lastPage ? Link.of("Trang sau", p.withPage(p.page() + 1).href()) : null;
        String qs = p.withPage(1).queryString();
        String api = "/api/v1/search" + (qs.isEmpty() ? "" : "?" + qs);
        String export = "/api/v1/export" + (qs.isEmpty() ? "?" : "?" + qs + "&");
        return new ResultsView(new PageView(title, p.q(), "tim"), p, r.total(),
                Format.number(r.total()) + " kết quả", r.tookMillis() + " ms", hits(r.hits(), p.sort()), facets,
                active, sorts, suggestion, timeline, pages.size() > 1 ? pages : List.of(), prev, next,
                export + "format=csv", export + "format=jsonl",
                "/api/v1/feed" + (p.q().isEmpty() ? "" : "?q=" + java.net.URLEncoder.encode(p.q(),
                        java.nio.charset.StandardCharsets.UTF_8)), api);
    }

    static List<HitView> hits(List<SearchHit> hits, SearchParams.Sort sort) {
        List<HitView> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            out.add(new HitView(h.id(), h.title().isEmpty() ? "(không có tiêu đề)" : h.title(), "/bai/" + h.id(),
                    Format.dateTime(h.published()), h.category(), Snippets.safe(h.snippet()), 0, null));
        }
        return out;
    }

    /**
     * The article page.
     *
     * @param capture when and where the raw page was captured, or null
     */
    static ArticleView article(Article a, String baseUrl, RawCaptures.Info capture, List<Article> editorial,
            List<Long> editorialMissing, List<RelatedView> computed) {
        List<ArticleView.Caption> captions = a.captions().stream()
                .map(c -> new ArticleView.Caption(c.text(), c.credit())).toList();
        List<Link> tags = a.tags().stream().map(t -> Link.of(t, new SearchParams("\"" + t + "\"", List.of(), null,
                null, SearchParams.Sort.NEWEST, 1, SearchParams.PAGE_SIZE).href())).toList();
        Link category = a.category().isEmpty() ? null : Link.of(a.category(), new SearchParams("", List.of(a.category()),
                null, null, SearchParams.Sort.NEWEST, 1, SearchParams.PAGE_SIZE).href());
        String permalink = baseUrl + "/bai/" + a.id();
        List<RelatedView> editorialViews = editorial.stream().map(e -> related(e, baseUrl, "")).toList();
        return new ArticleView(new PageView(a.title() + " – " + SITE, "", "tim"), a.id(), a.title(), a.sapo(),
                a.body(), captions, a.author(), Format.dateTime(a.published()),
                a.published() == null ? "" : a.published().toString(), category, tags, List.of(), a.url(),
                safeHref(a.url()), capture == null || capture.fetched() == null ? null
                        : Format.dateTime(capture.fetched()),
                capture == null || !capture.available() ? null : "/bai/" + a.id() + "/ban-luu",
                citation(a, permalink, capture), editorialViews, editorialMissing, computed,
                "/api/v1/articles/" + a.id());
    }

    static RelatedView related(Article a, String baseUrl, String reason) {
        return new RelatedView(a.id(), a.title(), "/bai/" + a.id(), baseUrl + "/bai/" + a.id(),
                Format.date(a.published()), reason);
    }

    /** "Tác giả, “Tiêu đề”, Báo Hà Tĩnh, 04/03/2026, URL (lưu tại …, truy cập …)". */
    static String citation(Article a, String permalink, RawCaptures.Info capture) {
        StringBuilder sb = new StringBuilder();
        if (!a.author().isEmpty()) {
            sb.append(a.author()).append(", ");
        }
        sb.append('“').append(a.title()).append("”, Báo Hà Tĩnh");
        if (a.published() != null) {
            sb.append(", ").append(Format.date(a.published()));
        }
        sb.append(", ").append(a.url()).append(" (bản lưu: ").append(permalink);
        if (capture != null && capture.fetched() != null) {
            sb.append(", thu thập ").append(Format.dateTime(capture.fetched()));
        }
        return sb.append(").").toString();
    }

    /** The URL itself when it is an http(s) link, else null, so no archived value can become a script link. */
    static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    static EditorView editor(String title, String text, boolean submitted, List<RelatedView> related,
            String message) {
        StringBuilder links = new StringBuilder();
        for (RelatedView r : related) {
            links.append(r.title()).append(" – ").append(r.permalink()).append('\n');
        }
        return new EditorView(new PageView("Công cụ biên tập – " + SITE, "", "bien-tap"), title, text, submitted,
                related, links.toString(), message);
    }

    static StatusView status(CrawlStatus s, int articles) {
        List<Link> failures = s.failuresByReason().entrySet().stream()
                .map(e -> new Link(e.getKey(), "", e.getValue(), false)).toList();
        return new StatusView(new PageView("Trạng thái thu thập – " + SITE, "", "trang-thai"), s.state().label(),
                s.state() != CrawlStatus.State.UNAVAILABLE, Format.number(articles), Format.dateTime(s.lastStarted()),
                Format.dateTime(s.lastFinished()), Format.number(s.pagesFetched()),
                Format.number(s.articlesIndexed()), Format.number(s.queued()), Format.number(s.failures()), failures);
    }

    static ErrorView error(int status, String message) {
        String heading = switch (status) {
            case 400 -> "Yêu cầu chưa hợp lệ";
            case 404 -> "Không tìm thấy trang";
            case 429 -> "Quá nhiều yêu cầu";
            case 503 -> "Máy chủ đang bận";
            default -> "Đã có lỗi xảy ra";
        };
        return new ErrorView(new PageView(heading + " – " + SITE, "", ""), status, heading, message);
    }

    static PageView help() {
        return new PageView("Cách tìm – " + SITE, "", "tro-giup");
    }

    private static String range(SearchParams p) {
        String from = p.from() == null ? "…" : p.from().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = p.to() == null ? "…" : p.to().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return from + " – " + to;
    }
}
