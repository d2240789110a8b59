package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The site in a real headless Chromium: search, facet and timeline clicks, an article, related stories, the
 * editor's tool, keyboard access, and hostile content that must never run. Screenshots go to
 * {@code target/screenshots/} for review. Skipped when the machine has no Chromium (CI installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private WebFixture web;
    private Chromium browser;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Chromium.binary().isPresent(),
                "Chromium không có trên máy này (/usr/bin/chromium): bỏ qua kiểm thử trình duyệt; CI cài nó qua .ci/run");
        web = new WebFixture();
        browser = new Chromium(Chromium.binary().get(), 1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void searchFromTheHomePageWithTheKeyboard() throws Exception {
        browser.navigate(web.base() + "/");
        assertThat(browser.text("h1")).isEqualTo("Tìm trong kho tin Báo Hà Tĩnh");
        assertThat(browser.text("main")).contains("Bài mới nhất", "Theo chuyên mục", "Theo năm");
        browser.screenshot(SHOTS.resolve("01-home.png"));

        browser.pressTab();
        assertThat(browser.eval("document.activeElement.className").asText()).as("first Tab: skip link").isEqualTo("skip");

        browser.type("#q", "bão Hương Khê");
        browser.andWaitForLoad(browser::pressEnter);
        assertThat(URLDecoder.decode(browser.url(), StandardCharsets.UTF_8)).contains("q=bão Hương Khê");
        assertThat(browser.text(".count")).matches("\\d+ kết quả \\(\\d+ ms\\)");
        assertThat(browser.eval("document.querySelectorAll('ol.hits mark').length").asInt()).isPositive();
        browser.screenshot(SHOTS.resolve("02-results.png"));
    }

    @Test
    @Order(2)
    void facetClickNarrowsAndTheFilterCanBeRemoved() throws Exception {
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("Hà Tĩnh"));
        long before = count();
        browser.andWaitForLoad(() -> browser.click("aside.facets ul.facet li a"));
        assertThat(browser.text(".active-filters")).contains("Chuyên mục:");
        assertThat(count()).isLessThan(before);
        browser.screenshot(SHOTS.resolve("03-facet.png"));
        browser.andWaitForLoad(() -> browser.click(".active-filters a"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void timelineClickNarrowsTheDateRange() throws Exception {
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("lúa"));
        long before = count();
        assertThat(browser.eval("document.querySelectorAll('.timeline a.hit').length").asInt()).isGreaterThan(2);
        browser.andWaitForLoad(() -> browser.click(".timeline a.hit"));
        assertThat(browser.url()).contains("since=").contains("until=");
        assertThat(browser.text(".active-filters")).contains("Thời gian:");
        assertThat(count()).isLessThan(before).isPositive();
        browser.screenshot(SHOTS.resolve("04-timeline.png"));
    }

    @Test
    @Order(3)
    void timelineShowsCountsOnHoverAndFocusAndWorksFromTheKeyboard() throws Exception {
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("lúa"));
        assertThat(browser.eval("[...document.querySelectorAll('.timeline text.tick')].map(t => t.textContent).join(' ')")
                .asText()).isEqualTo("01/2023 12/2025 2024 2025");
        String countOf = "(a => getComputedStyle(a.querySelector('text.count')).visibility)";
        assertThat(browser.eval(countOf + "(document.querySelector('.timeline a.hit'))").asText())
                .as("counts stay hidden until asked for").isEqualTo("hidden");

        // hover: the bar under the mouse shows its count, and its tooltip names the period
        browser.hover(".timeline a.hit:nth-of-type(5) rect.bar");
        assertThat(browser.eval(countOf + "(document.querySelector('.timeline a.hit:hover'))").asText()).isEqualTo("visible");
        assertThat(browser.eval("document.querySelector('.timeline a.hit:hover title').textContent").asText())
                .matches("\\d{2}/\\d{4}: \\d+ bài");

        // keyboard: Tab reaches the bars (empty months are skipped), focus shows the count, Enter follows
        browser.eval("document.querySelector('form.sort button').focus()");
        String label = "";
        for (int i = 0; i < 40 && !label.contains(" bài"); i++) {
            browser.pressTab();
            label = browser.eval("document.activeElement.getAttribute('aria-label') || ''").asText();
        }
        assertThat(label).as("a bar named by its period and count").matches("\\d{2}/\\d{4}: [1-9]\\d* bài");
        assertThat(browser.eval(countOf + "(document.activeElement)").asText()).isEqualTo("visible");
        browser.screenshot(SHOTS.resolve("04a-timeline-focus.png"));
        String period = label.substring(0, 7);
        browser.andWaitForLoad(browser::pressEnter);
        String month = period.substring(3) + "-" + period.substring(0, 2);
        assertThat(browser.url()).contains("since=" + month + "-01").contains("until=" + month + "-");
    }

    @Test
    @Order(3)
    void dateFieldsNarrowTheResultsAndShowTheRangeBack() throws Exception {
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("lúa"));
        long before = count();
        assertThat(browser.text("label[for=since]")).isEqualTo("Từ ngày");
        assertThat(browser.text("label[for=until]")).isEqualTo("Đến ngày");
        assertThat(browser.eval("document.querySelector('#since').type").asText()).isEqualTo("date");
        browser.eval("document.querySelector('#since').value = '2024-01-01'");
        browser.eval("document.querySelector('#until').value = '2024-12-31'");
        browser.andWaitForLoad(() -> browser.click("form.sort button"));
        assertThat(browser.url()).contains("since=2024-01-01").contains("until=2024-12-31").contains("q=");
        assertThat(browser.text(".active-filters")).contains("Thời gian:");
        assertThat(count()).isLessThan(before).isPositive();
        assertThat(browser.eval("[...document.querySelectorAll('ol.hits time')].every(t => t.textContent.includes('/2024'))")
                .asBoolean()).as("every hit is from 2024").isTrue();
        assertThat(browser.eval("document.querySelector('#since').value").asText()).isEqualTo("2024-01-01");
        assertThat(browser.eval("document.querySelector('#until').value").asText()).isEqualTo("2024-12-31");
        browser.screenshot(SHOTS.resolve("04b-date-range.png"));

        // clearing a field widens the range again
        browser.eval("document.querySelector('#since').value = ''");
        browser.eval("document.querySelector('#until').value = ''");
        browser.andWaitForLoad(() -> browser.click("form.sort button"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void articleViewWithRelatedStories() throws Exception {
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("cầu ngư"));
        browser.andWaitForLoad(() -> browser.click("ol.hits h3 a"));
        assertThat(browser.url()).contains("/bai/");
        assertThat(browser.text("article h1")).contains("cầu ngư");
        assertThat(browser.text(".provenance")).contains("Bài gốc", "Trích dẫn");
        assertThat(browser.eval("document.querySelector('#cite').value").asText()).contains("Báo Hà Tĩnh", "/bai/");
        assertThat(browser.eval("document.querySelectorAll('.related-block ul.related li').length").asInt())
                .isPositive();
        browser.screenshot(SHOTS.resolve("05-article.png"));
        String first = browser.url();
        browser.andWaitForLoad(() -> browser.click("#goi-y ~ ul.related a"));
        assertThat(browser.url()).contains("/bai/").isNotEqualTo(first);
    }

    @Test
    @Order(4)
    void articleShowsQuotationsAsSuchAndCaptionsWithTheirImage() throws Exception {
        browser.navigate(web.base() + "/bai/" + WebFixture.QUOTED_ID);
        assertThat(browser.eval("document.querySelectorAll('article blockquote').length").asInt()).isEqualTo(1);
        assertThat(browser.text("article blockquote")).isEqualTo(WebFixture.QUOTE);
        assertThat(browser.eval("getComputedStyle(document.querySelector('article blockquote')).fontStyle").asText())
                .as("a quotation looks like one").isEqualTo("italic");
        assertThat(browser.eval("[...document.querySelectorAll('article > p')].some(p => p.textContent.includes('bà con'))")
                .asBoolean()).as("the quotation is not also an ordinary paragraph").isFalse();
        assertThat(browser.text(".captions figure figcaption")).contains("Quang cảnh tại", "(Ảnh: Thành Chung)");
        assertThat(browser.eval("document.querySelector('.captions figcaption a.image-link').href").asText())
                .isEqualTo(WebFixture.photo(WebFixture.QUOTED_ID));
        assertThat(browser.text(".captions a.image-link")).isEqualTo("Xem ảnh trên trang gốc");
        browser.screenshot(SHOTS.resolve("05b-article-quote.png"));

        browser.navigate(web.base() + "/bai/" + WebFixture.HOSTILE_ID);
        assertThat(browser.eval("document.querySelectorAll('.captions a.image-link').length").asInt())
                .as("a javascript: image address is never a link").isZero();
    }

    @Test
    @Order(5)
    void editorToolListsStoriesToCite() throws Exception {
        browser.navigate(web.base() + "/bien-tap");
        browser.type("#title", "Xã Kỳ Ninh diễn tập phòng chống cháy rừng");
        browser.type("#text", "Người dân xã Kỳ Ninh cùng lực lượng kiểm lâm diễn tập phòng chống cháy rừng trước mùa khô.");
        browser.andWaitForLoad(() -> browser.click("form.editor button"));
        assertThat(browser.eval("document.querySelectorAll('ul.related li').length").asInt()).isPositive();
        assertThat(browser.text("ul.related .reason")).isNotBlank();
        // Editors paste the original article's address, not the archive's.
        assertThat(browser.eval("document.querySelector('#links').value").asText())
                .contains("– https://baohatinh.vn/").doesNotContain(web.base());
        browser.screenshot(SHOTS.resolve("06-editor.png"));
    }

    @Test
    @Order(6)
    void hostileContentNeverRunsAndNoPageBreaksThePolicy() throws Exception {
        browser.navigate(web.base() + "/bai/" + WebFixture.HOSTILE_ID);
        browser.navigate(web.base() + "/?q=" + WebServerTest.q("\"><script>alert(1)</script><img src=x onerror=alert(2)> bão"));
        assertThat(browser.eval("document.querySelectorAll('script').length").asInt()).isZero();
        browser.screenshot(SHOTS.resolve("07-hostile-query.png"));
        browser.navigate(web.base() + "/khong-co-trang-nay");
        assertThat(browser.text("h1")).isEqualTo("Không tìm thấy trang");
        browser.screenshot(SHOTS.resolve("08-not-found.png"));
        assertThat(browser.errors).as("dialogs, script errors, CSP violations")
                .allMatch(e -> e.contains("404") && e.contains("khong-co-trang-nay"));
    }

    private long count() throws Exception {
        return Long.parseLong(browser.text(".count").replaceAll("[^0-9 ]", " ").strip().split("\\s+")[0]);
    }
}
