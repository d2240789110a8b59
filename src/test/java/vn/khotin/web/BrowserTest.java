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
                .contains("https://baohatinh.vn/").doesNotContain(web.base());
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
