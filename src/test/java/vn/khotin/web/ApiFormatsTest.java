package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.khotin.model.CrawlStatus;
import vn.khotin.search.HighlightedText;

/**
 * One time format everywhere a machine reads times (the API, both exports, the feed), and snippets a client can
 * use without rendering HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFormatsTest {

    /** ISO 8601 with seconds and an offset, no fractions: "2024-03-01T07:30:00+07:00". */
    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
    private static final Pattern ANY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;

    @BeforeAll
    void start() {
        CrawlControl crawl = CrawlControl.statusOnly(() -> {
            Instant started = Instant.parse("2026-03-01T00:00:00.123456789Z");
            return new CrawlStatus(CrawlStatus.State.IDLE, started, started.plusSeconds(57), 10, 3, 0, Map.of(), 0,
                    null, new CrawlStatus.RunSummary(1, started, started.plusSeconds(57), true, 57, 11, 10, 3, 0),
                    null, null, null);
        });
        web = new WebFixture(WebFixture.config(), crawl, RawCaptures.none());
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void everyTimeInApiExportAndFeedIsIsoWithSecondsAndOffset() {
        String q = WebServerTest.q("lúa");
        List<String> bodies = List.of(
                web.get("/api/v1/search?q=" + q).body(),
                web.get("/api/v1/articles/300001").body(),
                web.get("/api/v1/articles/300002/related").body(),
                web.get("/api/v1/crawl").body(),
                web.get("/api/v1/export?format=jsonl&q=" + q).body(),
                web.get("/api/v1/export?format=csv&q=" + q).body(),
                web.get("/api/v1/feed?q=" + q).body());
        int seen = 0;
        for (String body : bodies) {
            Matcher m = ANY_TIME.matcher(body);
            while (m.find()) {
                seen++;
                assertThat(m.group()).as("a time in %s", body.substring(0, Math.min(80, body.length())))
                        .matches(ISO);
            }
        }
        assertThat(seen).isGreaterThan(20);
        assertThat(web.get("/api/v1/crawl").body()).contains("\"lastStarted\":\"2026-03-01T07:00:00+07:00\"");
    }

    @Test
    void aFeedWithNoEntriesWasUpdatedWhenAskedNotIn1970() {
        String body = web.get("/api/v1/feed?q=" + WebServerTest.q("xyzzyq khôngcóđâu")).body();
        assertThat(body).doesNotContain("<entry>");
        Matcher m = java.util.regex.Pattern.compile("<updated>([^<]+)</updated>").matcher(body);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).matches(ISO).endsWith("+07:00");
        assertThat(java.time.OffsetDateTime.parse(m.group(1)).getYear()).isGreaterThanOrEqualTo(2026);
    }

    @Test
    void snippetsComeAsPlainTextWithHighlightSpans() throws Exception {
        JsonNode hits = JSON.readTree(web.get("/api/v1/search?q=" + WebServerTest.q("bão") + "&size=50").body())
                .get("hits");
        boolean hostileSeen = false;
        for (JsonNode h : hits) {
            String text = h.get("snippetText").asText();
            assertThat(text).doesNotContain("<mark>", "&lt;", "&amp;", "&quot;", "&#");
            JsonNode spans = h.get("snippetHighlights");
            assertThat(spans.size()).as("spans of %s", text).isPositive();
            List<String> marked = new ArrayList<>();
            int[] cps = text.codePoints().toArray();
            for (JsonNode s : spans) {
                marked.add(new String(cps, s.get(0).asInt(), s.get(1).asInt() - s.get(0).asInt()));
            }
            assertThat(marked).allMatch(w -> w.equalsIgnoreCase("bão"), "every span is the word searched");
            if (h.get("id").asLong() == WebFixture.HOSTILE_ID) {
                hostileSeen = true;
                assertThat(text).contains("</p><script>alert(3)</script>bão");
            }
            JsonNode titleSpans = h.get("titleHighlights");
            int[] title = h.get("title").asText().codePoints().toArray();
            for (JsonNode s : titleSpans) {
                assertThat(new String(title, s.get(0).asInt(), s.get(1).asInt() - s.get(0).asInt()))
                        .isEqualToIgnoringCase("bão");
            }
        }
        assertThat(hostileSeen).as("the hostile article's text comes back as the text it is").isTrue();
    }

    @Test
    void highlightSpansCountCodePointsOfThePlainText() {
        HighlightSpans s = HighlightSpans.of(new HighlightedText(List.of(segment("a <b> / ' ", false),
                segment("Bão", true), segment(" & ", false), segment("lũ", true), segment(" \uD83C\uDF0A ", false),
                segment("", true), segment("mưa", true))));
        assertThat(s.text()).isEqualTo("a <b> / ' Bão & lũ \uD83C\uDF0A mưa");
        assertThat(s.spans()).extracting(a -> a[0] + "-" + a[1]).containsExactly("10-13", "16-18", "21-24");
    }

    private static HighlightedText.Segment segment(String text, boolean marked) {
        return new HighlightedText.Segment(text, marked);
    }
}
