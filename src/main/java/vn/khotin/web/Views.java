package vn.khotin.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.Fields;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.Facet;
import vn.khotin.search.RelatedResult;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;
import vn.khotin.search.Suggestion;
import vn.khotin.search.TimelineBucket;
import vn.khotin.web.view.ArticleView;
import vn.khotin.web.view.EditorView;
import vn.khotin.web.view.ErrorView;
import vn.khotin.web.view.FacetView;
import vn.khotin.web.view.HitView;
import vn.khotin.web.view.HomeView;
import vn.khotin.web.view.Link;
import vn.khotin.web.view.PageView;
import vn.khotin.web.view.QueryView;
import vn.khotin.web.view.RelatedView;
import vn.khotin.web.view.ResultsView;
import vn.khotin.web.view.TimelineView;

/** Turns search results and articles into the view records the templates render. Pure functions. */
final class Views {

    static final String SITE = "Khotin";
    /** The mark of a hit with a word's syllables apart ({@link SearchResult#syllablesApart()}). */
    private static final String SYLLABLES_APART = "tiếng ở rời nhau";

    private Views() {}

    static HomeView home(int count, SearchResult newest, List<Link> categories, List<Link> years, String span) {
        return new HomeView(new PageView(SITE + " – kho tin Báo Hà Tĩnh", "", "tim"), count, Format.number(count),
                span, newest == null ? List.of() : hits(newest.hits(), null, null),
                categories, years);
    }

    /** The Vietnamese heading of a facet field ({@link Fields}), for active filters. */
    static String facetTitle(String field) {
        return Fields.facet(field).map(Fields.FieldSpec::label).orElse(field);
    }

    /**
     * What a feed follows, for its title: the words, then each filter and the dates ("lũ lụt · Chuyên mục: Xã hội ·
     * Thời gian: từ 01/01/2024"), so that two feeds of one query with other filters read apart in a reader; empty for
     * the newest of the whole archive.
     */
    static String feedTopic(SearchParams p) {
        List<String> parts = new ArrayList<>();
        if (!p.q().isBlank()) {
            parts.add(p.q().strip());
        }
        p.filters().forEach((field, values) -> {
            if (!values.isEmpty()) {
                parts.add(facetTitle(field) + ": " + String.join(", ", values.stream()
                        .map(v -> facetLabel(field, v)).toList()));
            }
        });
        if (p.from() != null || p.to() != null) {
            parts.add("Thời gian: " + range(p));
        }
        return String.join(" · ", parts);
    }

    static ResultsView results(SearchParams p, SearchResult r) {
        String title = (p.q().isEmpty() ? "Tất cả bài" : p.q()) + " – " + SITE;
        List<Link> active = new ArrayList<>();
        p.filters().forEach((field, values) -> values.forEach(v -> active.add(
                Link.of(facetTitle(field) + ": " + v, p.withoutFilter(field, v).href()))));
        if (p.from() != null || p.to() != null) {
            active.add(Link.of("Thời gian: " + range(p), p.withDates(null, null).href()));
        }
        List<Link> sorts = new ArrayList<>();
        // without words to rank by, "relevance" lists the newest first (SearchPlan#sort): say so
        SearchParams.Sort listed = p.q().isBlank() && p.sort() == SearchParams.Sort.RELEVANCE
                ? SearchParams.Sort.NEWEST : p.sort();
        for (SearchParams.Sort s : SearchParams.Sort.values()) {
            sorts.add(new Link(s.label(), s.param(), -1, s == listed));
        }
        Pager pager = Pager.of(p, r.total(), r.hits().isEmpty() && r.total() > 0);
        // the exports, the feed and the API link give what the page shows: a correction's results are its query's
        SearchParams shown = r.correctedQuery() == null ? p : p.withQuery(r.correctedQuery());
        String qs = shown.withPage(1).queryString();
        String api = "/api/v1/search" + (qs.isEmpty() ? "" : "?" + qs);
        // all the rows: an export reads size as a limit on them, not as the page's length
        String exportQs = shown.withSize(SearchParams.PAGE_SIZE).queryString();
        String export = "/api/v1/export" + (exportQs.isEmpty() ? "?" : "?" + exportQs + "&");
        String feedQs = shown.withPage(1).withSort(SearchParams.Sort.RELEVANCE).queryString();
        Link suggestion = r.suggestion() == null ? null
                : new Link(r.suggestion().query(), p.withQuery(r.suggestion().query()).href(), r.suggestion().hits(),
                        false);
        boolean anyDuplicates = r.hits().stream().anyMatch(h -> h.duplicates() > 0);
        Link correction = r.correctedQuery() == null ? null
                : Link.of(r.correctedQuery(), p.exactly(r.typedQuery()).href());
        QueryView query = new QueryView(p.q(), p.filters(), p.from() == null ? null : p.from().toString(),
                p.to() == null ? null : p.to().toString());
        return new ResultsView(new PageView(title, p.q(), "tim"), query, r.total(),
                countLabel(r), Format.took(r.tookMillis()), hits(r.hits(), p, partialMark(r)), facets(p, r),
                active, sorts, suggestion, timeline(p, r), pager.pages(), pager.prev(),
                pager.next(), pager.lastPage(), pager.emptyNote(), export + "format=csv", export + "format=jsonl",
                "/api/v1/feed" + (feedQs.isEmpty() ? "" : "?" + feedQs), api, r.warnings(),
                anyDuplicates && p.collapse() ? p.withCollapse(false).href() : null, correction, r.typedQuery(),
                relaxedNote(r, p.sort() != SearchParams.Sort.RELEVANCE), correction == null ? null : p.withQuery(correction.label()).href(),
                r.suggestion() != null && r.suggestion().kind() == Suggestion.Kind.WITHOUT_MISSING_WORDS,
                QueryDatesLine.of(p.q()));
    }

    /** "1.234 kết quả"; an estimate from a sample as "≈ 74.300 kết quả (ước lượng)". */
    static String countLabel(SearchResult r) {
        return r.approximate() ? "≈ " + Format.number(r.total()) + " kết quả (ước lượng)"
                : Format.number(r.total()) + " kết quả";
    }

    /**
     * The line over a relaxed search's results, or over those of a search that fell back to a word's syllables apart
     * ({@link SearchResult#syllablesApart()}). Relaxed, in date order the articles with every word come first; in
     * relevance order they only rank higher (a rare word's articles may come before them), so it says no more than
     * that. Fallen back to syllables, the articles with the words whole come first in either order.
     */
    static String relaxedNote(SearchResult r, boolean byDate) {
        if (r.syllablesApart()) {
            // not "viết liền" (written without a space, as "ôtô"); nor that the others have every syllable: a
            // syllable read as a function word ("voi" as "với") is not required apart
            // "đủ mọi từ": strictTotal counts the articles with every word so, not with one of them ("tham nhung ha
            // tinh": 23 demo articles write "tham nhũng", none of them also "Hà Tĩnh")
            return (r.strictTotal() == 0
                    ? "Không bài nào có đủ mọi từ mà các tiếng của mỗi từ đều đứng liền nhau; ở các bài dưới đây,"
                    : "Chỉ " + Format.number(r.strictTotal())
                            + " bài có đủ mọi từ mà các tiếng của mỗi từ đều đứng liền nhau (xếp trước); ở các bài khác,")
                    + " các tiếng ấy không đứng liền nhau (ghi “" + SYLLABLES_APART + "”).";
        }
        if (!r.relaxed()) {
            return null;
        }
        if (r.strictTotal() == 0) {
            return "Không có bài chứa đủ mọi từ; đang hiển thị bài chứa hầu hết các từ.";
        }
        return "Chỉ " + Format.number(r.strictTotal()) + " bài chứa đủ mọi từ" + (byDate ? " (xếp trước)" : "")
                + "; các bài khác chỉ chứa hầu hết các từ (ghi “không đủ mọi từ”).";
    }

    static List<FacetView> facets(SearchParams p, SearchResult r) {
        Map<String, Facet> byField = new LinkedHashMap<>();
        r.facets().forEach(f -> byField.put(f.field(), f));
        List<FacetView> out = new ArrayList<>();
        for (Fields.FieldSpec field : Fields.sidebar()) {
            Facet f = byField.get(field.name());
            if (f == null || f.values().isEmpty()) {
                continue;
            }
            List<FacetView.Value> values = new ArrayList<>();
            List<String> chosen = p.filters().getOrDefault(f.field(), List.of());
            for (Facet.FacetValue v : f.values()) {
                boolean selected = v.selected() || chosen.contains(v.value());
                // a click shows what the count says: this value alone ("Xe 13" led to 22, Xe or the chosen one)
                Link link = new Link(facetLabel(f.field(), v.value()), selected
                        ? p.withoutFilter(f.field(), v.value()).href() : p.withOnlyFilter(f.field(), v.value()).href(),
                        v.count(), selected);
                boolean addable = !selected && !chosen.isEmpty() && !v.nested();
                values.add(new FacetView.Value(link, addable ? p.withFilter(f.field(), v.value()).href() : null));
            }
            // the page lists a few values of each facet; a researcher may want every place or category
            // (on the first page: the facets are the same on every page, and a page past the end has no hits)
            String first = p.withPage(1).href();
            // (at most the largest facet size: "232 more" where 192 more could ever be listed was a false promise)
            int room = SearchRequest.MAX_FACET_SIZE - f.values().size();
            int listable = Math.min(f.otherValues(), room);
            // an estimated facet may have values its sample missed: its number of others is no promise either
            boolean mayHaveMore = f.approximate() && room > 0 && f.values().size() >= SiteHandlers.PAGE_FACET_SIZE;
            String more = listable > 0 || mayHaveMore
                    ? first + (first.contains("?") ? "&" : "?") + "facetSize=" + SearchRequest.MAX_FACET_SIZE
                    : null;
            out.add(new FacetView(field.label(), values, f.approximate() ? -1 : listable, more, f.approximate()));
        }
        return out;
    }

    /** "2024-06" reads as "06/2024" for people. */
    static String facetLabel(String field, String value) {
        if (field.equals("month") && value.matches("\\d{4}-\\d{2}")) {
            return value.substring(5) + "/" + value.substring(0, 4);
        }
        return value;
    }

    /**
     * The result's timeline, saying how many results it cannot show: an archive may hold many undated articles
     * (imports of national news), which a chart of a few dated ones would silently leave out.
     */
    static TimelineView timeline(SearchParams p, SearchResult r) {
        TimelineView chart = timeline(p, r.timeline());
        if (chart == null || r.approximate()) {
            return chart;
        }
        long undated = r.total() - r.timeline().stream().mapToLong(TimelineBucket::count).sum();
        return undated <= 0 ? chart : chart.withUndatedNote(Format.number(undated)
                + " bài không có ngày đăng nên không có trên biểu đồ.");
    }

    /**
     * The timeline chart from monthly buckets; more than five years of months are summed into years so the
     * bars stay wide enough to click.
     */
    static TimelineView timeline(SearchParams p, List<TimelineBucket> buckets) {
        List<TimelineChart.Period> periods = new ArrayList<>();
        boolean years = buckets.size() > 60 || buckets.stream().anyMatch(b -> b.period().length() == 4);
        for (TimelineBucket b : buckets) {
            String period = b.period();
            if (years) {
                String y = period.substring(0, 4);
                int year = Integer.parseInt(y);
                TimelineChart.Period last = periods.isEmpty() ? null : periods.getLast();
                if (last != null && last.label().equals(y)) {
                    periods.set(periods.size() - 1, new TimelineChart.Period(y, last.first(), last.last(),
                            last.count() + b.count()));
                } else {
                    periods.add(new TimelineChart.Period(y, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                            b.count()));
                }
            } else {
                YearMonth ym = YearMonth.parse(period);
                periods.add(new TimelineChart.Period(facetLabel("month", period), ym.atDay(1), ym.atEndOfMonth(),
                        b.count()));
            }
        }
        // a bar links to its period within the range already chosen: "03/2026: 468" of 10/03–10/04 is 468 articles
        return TimelineChart.layout(years ? "năm" : "tháng", periods,
                (f, t) -> p.withDates(later(f, p.from()), earlier(t, p.to())).href());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    /** How the page marks a hit without every word whole ({@link SearchHit#allWords()} false). */
    static String partialMark(SearchResult r) {
        return r.syllablesApart() ? SYLLABLES_APART : "không đủ mọi từ";
    }

    static List<HitView> hits(List<SearchHit> hits, SearchParams p, String partialMark) {
        List<HitView> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            String titleHtml = Snippets.html(h.titleHighlight());
            titleHtml = titleHtml.isBlank() ? "(không có tiêu đề)" : titleHtml;
            out.add(new HitView(h.id(), titleHtml, "/bai/" + h.id(), Format.published(h.published()), h.category(),
                    Snippets.html(h.snippet()), h.duplicates(),
                    h.duplicates() > 0 && p != null ? p.withCollapse(false).href() : null,
                    h.allWords() ? null : partialMark));
        }
        return out;
    }

    /**
     * The article page.
     *
     * @param capture when and where the raw page was captured, or null
     */
    static ArticleView article(ArchivedArticle archived, String baseUrl, RawCaptures.Info capture,
            List<Article> editorial, List<Long> editorialMissing, List<RelatedView> computed) {
        Article a = archived.article();
        List<ArticleView.Caption> captions = a.captions().stream()
                .map(c -> new ArticleView.Caption(c.text(), c.credit(), safeHref(c.imageUrl()))).toList();
        List<ArticleView.Paragraph> body = a.body().stream()
                .map(text -> new ArticleView.Paragraph(text, a.isQuote(text))).toList();
        List<Link> tags = a.tags().stream().map(t -> Link.of(t, SearchParams.of("", SearchParams.Sort.NEWEST)
                .withFilter("tag", t).href())).toList();
        Link category = a.category().isEmpty() ? null : Link.of(a.category(), SearchParams.of("", SearchParams.Sort.NEWEST)
                .withFilter("category", a.category()).href());
        List<Link> places = archived.places().stream().map(place -> Link.of(place,
                SearchParams.of("", SearchParams.Sort.NEWEST).withFilter("place", place).href())).toList();
        String permalink = Requests.permalink(baseUrl, a.id());
        List<RelatedView> editorialViews = editorial.stream().map(e -> related(e, baseUrl, "")).toList();
        return new ArticleView(new PageView(a.title() + " – " + SITE, "", "tim"), a.id(), a.title(), a.sapo(),
                body, captions, a.author(), Format.published(a.published()),
                a.published() == null ? "" : Format.iso(a.published()), category, tags, places, a.url(),
                safeHref(a.url()), capture == null || capture.fetched() == null ? null
                        : Format.dateTime(capture.fetched()) + (imported(a) ? " (nhập từ tệp, không tải từ web)" : ""),
                capture == null || !capture.available() ? null : "/bai/" + a.id() + "/ban-luu",
                citation(a, permalink, capture), editorialViews, editorialMissing, computed,
                "/api/v1/articles/" + a.id());
    }

    static RelatedView related(Article a, String baseUrl, String reason) {
        return new RelatedView(a.id(), a.title(), "/bai/" + a.id(), a.url(), Requests.permalink(baseUrl, a.id()),
                Format.date(a.published()), Format.iso(a.published()), reason, null);
    }

    /** "Tác giả, “Tiêu đề”, Báo Hà Tĩnh (or the imported record's source), 04/03/2026, URL (lưu tại …, truy cập …)". */
    static String citation(Article a, String permalink, RawCaptures.Info capture) {
        StringBuilder sb = new StringBuilder();
        if (!a.author().isEmpty()) {
            sb.append(a.author()).append(", ");
        }
        sb.append('“').append(a.title()).append("”, ").append(publisher(a));
        if (a.published() != null) {
            sb.append(", ").append(Format.date(a.published()));
        }
        sb.append(", ").append(a.url()).append(" (bản lưu: ").append(permalink);
        if (capture != null && capture.fetched() != null) {
            sb.append(imported(a) ? ", nhập " : ", thu thập ").append(Format.dateTime(capture.fetched()));
        }
        return sb.append(").").toString();
    }

    private static boolean imported(Article a) {
        return a.method() == ExtractionMethod.IMPORT;
    }

    /**
     * Who published the article: Báo Hà Tĩnh for what the crawler read from its site (source mark "Baohatinh.vn" or
     * none), else the source an imported record names, so that a researcher never cites Báo Hà Tĩnh for another
     * paper's story.
     */
    static String publisher(Article a) {
        String source = a.source() == null ? "" : a.source().strip();
        return source.isEmpty() || source.toLowerCase(Locale.ROOT).replace(" ", "").contains("baohatinh")
                ? "Báo Hà Tĩnh" : source;
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
        return editor(title, text, submitted, related, message, null, null);
    }

    /**
     * The editor's page; {@code emptyMessage} says why nothing is related (null: nothing related enough), {@code
     * note} how the draft was read when not as typed (null: as typed).
     */
    static EditorView editor(String title, String text, boolean submitted, List<RelatedView> related,
            String message, String emptyMessage, String note) {
        String empty = emptyMessage == null || emptyMessage.equals(RelatedResult.NOTHING_MORE + ".")
                ? RelatedResult.NOTHING_MORE + ". Thử thêm tên người, địa danh hoặc sự kiện vào bản thảo." : emptyMessage;
        StringBuilder links = new StringBuilder();
        for (RelatedView r : related) {
            links.append(r.title()).append(" – ").append(r.url().isEmpty() ? r.permalink() : r.url()).append('\n');
        }
        return new EditorView(new PageView("Công cụ biên tập – " + SITE, "", "bien-tap"), title, text, submitted,
                related, links.toString(), message, empty, note);
    }

    static ErrorView error(int status, String message) {
        return error(status, message, List.of());
    }

    /** An error page offering the request put right ({@code fixes}), so that nothing typed is lost. */
    static ErrorView error(int status, String message, List<Link> fixes) {
        String heading = switch (status) {
            case 400 -> "Yêu cầu chưa hợp lệ";
            case 404 -> "Không tìm thấy trang";
            case 405 -> "Phương thức không được hỗ trợ";
            case 429 -> "Quá nhiều yêu cầu";
            case 503 -> "Máy chủ đang bận";
            default -> "Đã có lỗi xảy ra";
        };
        return new ErrorView(new PageView(heading + " – " + SITE, "", ""), status, heading, message, fixes);
    }

    private static String range(SearchParams p) {
        String from = p.from() == null ? "…" : p.from().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = p.to() == null ? "…" : p.to().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return from + " – " + to;
    }
}
