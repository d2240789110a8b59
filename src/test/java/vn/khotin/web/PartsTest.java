package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import vn.khotin.web.view.TimelineView;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.search.ArchivedArticle;
import vn.khotin.search.HighlightedText;
import vn.khotin.model.CrawlStatus;

/** The plain classes behind the handlers. */
class PartsTest {

    @Test
    void anEstimatedTotalSaysItIsAnEstimate() {
        vn.khotin.search.SearchResult exact = new vn.khotin.search.SearchResult(1234, List.of(), 3);
        vn.khotin.search.SearchResult sampled = new vn.khotin.search.SearchResult(74300, List.of(), 3, List.of(),
                List.of(), null, List.of(), null, null, false, 74300, true);
        assertThat(Views.countLabel(exact)).isEqualTo("1.234 kết quả");
        assertThat(Views.countLabel(sampled)).isEqualTo("≈ 74.300 kết quả (ước lượng)");
    }

    @Test
    void theApiRefusesAPageBeyondTheFirst10000ResultsOnlyWhereResultsStand() {
        SearchParams lua = SearchParams.of("lúa", SearchParams.Sort.RELEVANCE);
        var few = new vn.khotin.search.SearchResult(35, List.of(), 3);
        var many = new vn.khotin.search.SearchResult(50_000, List.of(), 3);
        assertThat(Backend.refuseUnreadable(lua.withPage(600), few)).as("past the last result").isSameAs(few);
        assertThat(Backend.refuseUnreadable(lua.withPage(500), many)).as("results 9,981-10,000").isSameAs(many);
        assertThatThrownBy(() -> Backend.refuseUnreadable(lua.withPage(600), many)).isInstanceOf(BadRequest.class)
                .hasMessage("Chỉ xem được 10000 kết quả đầu tiên; hãy thu hẹp tìm kiếm.");
        // page 501 of 20 starts at result 10,001: refused while it exists, past the end when it does not
        var exactly10000 = new vn.khotin.search.SearchResult(10_000, List.of(), 3);
        var one10001 = new vn.khotin.search.SearchResult(10_001, List.of(), 3);
        assertThat(Backend.refuseUnreadable(lua.withPage(501), exactly10000)).isSameAs(exactly10000);
        assertThatThrownBy(() -> Backend.refuseUnreadable(lua.withPage(501), one10001))
                .isInstanceOf(BadRequest.class);
    }

    @Test
    void aSitePagePastTheLastResultSaysSoAndLinksToTheLastPage() {
        SearchParams page600 = SearchParams.of("lúa", SearchParams.Sort.RELEVANCE).withPage(600);
        String page = Templates.results(Views.results(page600, new vn.khotin.search.SearchResult(35, List.of(), 3)));
        assertThat(page).contains("35 kết quả", "<p class=\"empty\">Trang này nằm sau kết quả cuối cùng. "
                + "<a href=\"/?q=l%C3%BAa&amp;page=2\">Về trang cuối (trang 2)</a></p>",
                "<a href=\"/?q=l%C3%BAa&amp;page=2\" rel=\"prev\">");
        assertThat(page).doesNotContain("Chỉ xem được", "rel=\"next\"", "page=3", "page=600");
    }

    @Test
    void aSitePageBeyondTheFirst10000ResultsSaysWhyAndLinksToTheLastReadablePage() {
        SearchParams page600 = SearchParams.of("lúa", SearchParams.Sort.RELEVANCE).withPage(600);
        String page = Templates.results(Views.results(page600,
                new vn.khotin.search.SearchResult(50_000, List.of(), 3)));
        assertThat(page).contains("50.000 kết quả", "<p class=\"empty\">Chỉ xem được 10.000 kết quả đầu tiên; "
                + "trang này nằm sau đó. Hãy thu hẹp tìm kiếm (thêm từ, bộ lọc hoặc khoảng thời gian) để xem các bài "
                + "còn lại. <a href=\"/?q=l%C3%BAa&amp;page=500\">Về trang cuối (trang 500)</a></p>");
        assertThat(page).doesNotContain("Trang này nằm sau kết quả cuối cùng", "Không tìm thấy", "rel=\"next\"",
                "page=501", "page=600");
        String nothing = Templates.results(Views.results(page600, new vn.khotin.search.SearchResult(0, List.of(), 3)));
        assertThat(nothing).contains("Không tìm thấy bài nào khớp").doesNotContain("Về trang cuối", "Chỉ xem được",
                "Trang này nằm sau");
    }

    @Test
    void aClientClosingTheConnectionIsNotAServerFailure() {
        assertThat(ErrorPages.clientWentAway(new RuntimeException(new org.eclipse.jetty.io.EofException()))).isTrue();
        assertThat(ErrorPages.clientWentAway(new java.io.UncheckedIOException(new java.io.IOException("Broken pipe"))))
                .isTrue();
        assertThat(ErrorPages.clientWentAway(new IllegalStateException("index closed"))).isFalse();
        assertThat(ErrorPages.clientWentAway(new java.io.IOException("No space left on device"))).isFalse();
    }

    @Test
    void urlEncodingFindsTheFirstBrokenEscapeOrNonUtf8Run() {
        assertThat(UrlEncoding.brokenPart(null)).isNull();
        assertThat(UrlEncoding.brokenPart("q=l%C5%A9+l%E1%BB%A5t&size=5")).isNull();
        assertThat(UrlEncoding.brokenPart("q=100%25&x=%F0%9F%98%80")).isNull();
        assertThat(UrlEncoding.brokenPart("q=lũ")).isNull();
        assertThat(UrlEncoding.brokenPart("q=%zz")).isEqualTo("%zz");
        assertThat(UrlEncoding.brokenPart("q=a%")).isEqualTo("%");
        assertThat(UrlEncoding.brokenPart("q=a%2")).isEqualTo("%2");
        assertThat(UrlEncoding.brokenPart("q=%C5%A9%FF%FE&x=1")).isEqualTo("%C5%A9%FF%FE");
        assertThat(UrlEncoding.brokenPart("q=%E1%BB+")).isEqualTo("%E1%BB");
        assertThat(UrlEncoding.brokenPart("q=%ED%A0%80")).as("a surrogate is not UTF-8").isEqualTo("%ED%A0%80");
        assertThat(UrlEncoding.brokenPart("q=\uFFFD")).isEqualTo("\uFFFD");
    }

    @Test
    void aWrongMethodListsWhatTheAddressTakes() {
        assertThat(WrongMethod.allowed(Map.of("availableMethods", "POST, OPTIONS"))).containsExactly("POST", "OPTIONS");
        assertThat(WrongMethod.allowed(Map.of("Available methods", "OPTIONS, GET")))
                .containsExactly("GET", "HEAD", "OPTIONS");
        assertThat(WrongMethod.allowed(Map.of("availableMethods", "OPTIONS"))).as("only the CORS preflight").isEmpty();
        assertThat(WrongMethod.message("DELETE", "/api/v1/articles/1", List.of("GET", "HEAD", "OPTIONS")))
                .isEqualTo("Địa chỉ này không nhận phương thức DELETE; hãy dùng GET.");
        assertThat(WrongMethod.message("GET", "/api/v1/related", List.of("POST", "OPTIONS"))).contains("POST", "JSON");
    }

    @Test
    void rateLimiterAllowsABurstThenRefillsAtTheRate() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(60, 2, now::get); // one a second, two at once
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.acquire("b").allowed()).as("other clients unaffected").isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void rateLimiterForgetsQuietClients() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(60, 1, now::get);
        for (int i = 0; i < 5000; i++) {
            limiter.acquire("client-" + i);
        }
        now.addAndGet(10_000_000_000L);
        for (int i = 0; i < 5000; i++) {
            limiter.acquire("late-" + (i % 10));
        }
        assertThat(limiter.tracked()).isLessThan(100);
    }

    @Test
    void metricsWritePrometheusText() {
        Metrics m = new Metrics(() -> 42, () -> new CrawlStatus(CrawlStatus.State.RUNNING, null, null, 5, 3, 9,
                Map.of("dns", 1L)));
        m.record("GET", "/api/v1/search", 200, 0.003);
        m.record("GET", "/api/v1/search", 200, 0.2);
        m.record("GET", "/x\"y", 404, 0.001);
        String text = m.scrape();
        assertThat(text).contains(
                "khotin_http_requests_total{method=\"GET\",route=\"/api/v1/search\",status=\"200\"} 2",
                "khotin_http_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.005\"} 1",
                "khotin_http_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.25\"} 2",
                "khotin_http_request_duration_seconds_count{route=\"/api/v1/search\"} 2",
                "route=\"/x\\\"y\"", "khotin_index_articles 42", "khotin_crawl_state{state=\"running\"} 1",
                "khotin_crawl_state{state=\"idle\"} 0", "khotin_crawl_queued 9", "khotin_crawl_failures{reason=\"dns\"} 1");
    }

    @Test
    void searchGateAnswersOverloadedWhenASearchOverrunsItsDeadline() throws Exception {
        AtomicInteger timeouts = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (SearchGate gate = new SearchGate(1, Duration.ofMillis(100), timeouts::incrementAndGet)) {
            assertThat(gate.run(() -> 7)).isEqualTo(7);
            long start = System.nanoTime();
            assertThatThrownBy(() -> gate.run(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            })).isInstanceOf(SearchGate.Overloaded.class).hasMessageContaining("quá nhiều thời gian");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
            assertThat(timeouts.get()).isEqualTo(1);
            assertThatThrownBy(() -> gate.run(() -> {
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
        } finally {
            release.countDown();
        }
    }

    @Test
    void snippetsEscapeTheTextAndMarkOnlyMatches() {
        assertThat(Snippets.html(highlight("a ", "b", " & c"))).isEqualTo("a <mark>b</mark> &amp; c");
        assertThat(Snippets.html(highlight("<script>x</script>", "y", "")))
                .isEqualTo("&lt;script&gt;x&lt;&#x2F;script&gt;<mark>y</mark>");
        assertThat(Snippets.html(highlight("</mark><mark onclick=x>", "", "")))
                .isEqualTo("&lt;&#x2F;mark&gt;&lt;mark onclick=x&gt;<mark></mark>");
        assertThat(Snippets.html(null)).isEmpty();
    }

    @Property(tries = 300)
    void snippetsNeverContainOtherTags(@ForAll String text, @ForAll String marked) {
        String safe = Snippets.html(highlight(text, marked, text)).replace("<mark>", "").replace("</mark>", "");
        assertThat(safe).doesNotContain("<", ">", "\"");
    }

    /** Plain text, a match, plain text. */
    private static HighlightedText highlight(String before, String match, String after) {
        return new HighlightedText(List.of(new HighlightedText.Segment(before, false),
                new HighlightedText.Segment(match, true), new HighlightedText.Segment(after, false)));
    }

    @Test
    void csvCellsAreQuotedAndDefused() {
        assertThat(ExportWriter.csvCell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(ExportWriter.csvCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(ExportWriter.csvCell("Hà Tĩnh")).isEqualTo("\"Hà Tĩnh\"");
    }

    @Test
    void atomDropsCharactersXmlCannotCarry() {
        assertThat(AtomFeed.xmlSafe("a\u0000b\u0007c\nd")).isEqualTo("abc\nd");
    }

    @Test
    void searchParamsMakeShortLinks() {
        SearchParams p = new SearchParams("lễ hội", Map.of("category", List.of("Xã hội")), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), SearchParams.Sort.NEWEST, 2, SearchParams.PAGE_SIZE, true, false);
        assertThat(p.href()).isEqualTo("/?q=l%E1%BB%85+h%E1%BB%99i&category=X%C3%A3+h%E1%BB%99i&since=2024-01-01"
                + "&until=2024-12-31&sort=newest&page=2");
        assertThat(p.withoutFilter("category", "Xã hội").withDates(null, null).withSort(SearchParams.Sort.RELEVANCE).href())
                .isEqualTo("/?q=l%E1%BB%85+h%E1%BB%99i");
        assertThat(p.offset()).isEqualTo(20);
        assertThat(p.withFilter("place", "Kỳ Anh").withCollapse(false).href()).contains("&place=K%E1%BB%B3+Anh")
                .endsWith("&collapse=false").doesNotContain("page=");
    }

    @Test
    void timelineBarsLinkToTheirPeriod() {
        List<TimelineChart.Period> periods = List.of(
                new TimelineChart.Period("01/2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), 10),
                new TimelineChart.Period("02/2024", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 0),
                new TimelineChart.Period("03/2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 5));
        var view = TimelineChart.layout("tháng", periods, (f, t) -> "/?since=" + f + "&until=" + t);
        assertThat(view.bars()).hasSize(3);
        assertThat(view.bars().get(0).h()).isEqualTo(TimelineChart.HEIGHT);
        assertThat(view.bars().get(1).h()).isZero();
        assertThat(view.bars().get(2).h()).isEqualTo(TimelineChart.HEIGHT / 2.0);
        assertThat(view.bars().get(2).href()).isEqualTo("/?since=2024-03-01&until=2024-03-31");
        assertThat(view.bars().get(0).title()).isEqualTo("01/2024: 10 bài");
        assertThat(TimelineChart.layout("tháng", periods.subList(0, 1), (f, t) -> "")).isNull();
    }

    @Test
    void timelineAxisNamesTheYearsAndBarsShowTheirCount() {
        List<TimelineChart.Period> months = new java.util.ArrayList<>();
        for (java.time.YearMonth ym = java.time.YearMonth.of(2023, 7); !ym.isAfter(java.time.YearMonth.of(2025, 6));
                ym = ym.plusMonths(1)) {
            months.add(new TimelineChart.Period(ym.getMonthValue() + "/" + ym.getYear(), ym.atDay(1), ym.atEndOfMonth(),
                    ym.getMonthValue() == 3 ? 1500 : 2));
        }
        var byMonth = TimelineChart.layout("tháng", months, (f, t) -> "");
        assertThat(byMonth.firstLabel()).isEqualTo("7/2023");
        assertThat(byMonth.lastLabel()).isEqualTo("6/2025");
        assertThat(byMonth.ticks()).extracting(TimelineView.Tick::label).containsExactly("2024", "2025");
        assertThat(byMonth.ticks().get(0).x()).as("at the first January").isEqualTo(6 * TimelineChart.WIDTH / 24.0);
        TimelineView.Bar march = byMonth.bars().get(8);
        assertThat(march.title()).isEqualTo("3/2024: 1.500 bài");
        assertThat(march.countText()).isEqualTo("1.500");
        assertThat(march.labelY()).as("above its bar").isLessThan(march.y());

        List<TimelineChart.Period> years = new java.util.ArrayList<>();
        for (int y = 2001; y <= 2026; y++) {
            years.add(new TimelineChart.Period(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), y % 7));
        }
        var byYear = TimelineChart.layout("năm", years, (f, t) -> "");
        assertThat(byYear.firstLabel()).isNull();
        assertThat(byYear.ticks()).extracting(TimelineView.Tick::label).startsWith("2001", "2003").contains("2025");
        for (int i = 1; i < byYear.ticks().size(); i++) {
            assertThat(byYear.ticks().get(i).x() - byYear.ticks().get(i - 1).x()).as("labels never crowd")
                    .isGreaterThanOrEqualTo(40);
        }
        assertThat(byYear.ticks()).allMatch(t -> t.x() >= 15 && t.x() <= TimelineChart.WIDTH - 15);
    }

    @Test
    void articlePlacesAreEscapedLinksAndAbsentWhenNone() {
        Article a = new Article(7, "https://baohatinh.vn/x-post7.html", "Tiêu đề", "", "", List.of("Đoạn một."),
                List.of(), "", null, null, "", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
        String hostile = "<script>alert(9)</script>\" onmouseover=\"alert(10)";
        String page = Templates.article(Views.article(new ArchivedArticle(a, List.of("Thị xã Kỳ Anh", hostile)),
                "http://127.0.0.1", null, List.of(), List.of(), List.of()));
        assertThat(page).contains("Địa danh: ",
                "<a href=\"/?place=Th%E1%BB%8B+x%C3%A3+K%E1%BB%B3+Anh&amp;sort=newest\">Thị xã Kỳ Anh</a>",
                "&lt;script&gt;alert(9)&lt;/script&gt;");
        assertThat(page).doesNotContain("<script>alert(9)", "Từ khóa:");
        // parsed as a browser would: the hostile label stays one link's text, adding no element or attribute
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(page);
        assertThat(dom.select("script, [onmouseover]")).isEmpty();
        var links = dom.select("p.tags a");
        assertThat(links).extracting(org.jsoup.nodes.Element::text).containsExactly("Thị xã Kỳ Anh", hostile);
        assertThat(links.get(1).attr("href")).startsWith("/?place=%3Cscript%3E").doesNotContain("\"", "<");
        String none = Templates.article(Views.article(new ArchivedArticle(a, List.of()), "http://127.0.0.1", null,
                List.of(), List.of(), List.of()));
        assertThat(none).doesNotContain("Địa danh:", "class=\"tags\"");
    }

    @Test
    void configReadsTheAdminTokenFromTheEnvironment() {
        assertThat(WebConfig.fromEnvironment("127.0.0.1", 0, Map.of(WebConfig.ADMIN_TOKEN_ENV, " s3cret ")).adminToken())
                .isEqualTo("s3cret");
        assertThat(WebConfig.fromEnvironment("127.0.0.1", 0, Map.of()).adminToken()).isNull();
        assertThat(WebConfig.defaults(null, 0).host()).isEqualTo("127.0.0.1");
    }
}
