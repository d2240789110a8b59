package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.search.HighlightedText;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;

/** A feed reader sees an entry as new only when it is: an undated article is not new at every poll. */
class AtomFeedTest {

    private static SearchHit hit(long id, OffsetDateTime published) {
        return new SearchHit(id, "https://baohatinh.vn/bai-" + id + ".html", "Bài " + id, "", published, "Xã hội",
                HighlightedText.plain(""), null, "", List.of(), List.of(), 1f, 0, List.of(), null, true);
    }

    private static String feed(SearchResult r, Instant captured) {
        return AtomFeed.write("http://localhost", "/api/v1/feed?q=x", "/?q=x", "x", r, id -> id == 2 ? captured : null);
    }

    @Test
    void anUndatedArticleIsUpdatedWhenTheArchiveCapturedIt() {
        // it carried the feed's own time, "now" when no entry had a date: new at every poll of a feed reader
        SearchResult r = new SearchResult(3, List.of(hit(1, OffsetDateTime.parse("2024-10-20T09:30:00+07:00")),
                hit(2, null), hit(3, null)), 1);
        String xml = feed(r, Instant.parse("2024-03-01T01:00:00Z"));

        assertThat(xml).contains("<updated>2024-10-20T09:30:00+07:00</updated>",
                "<updated>2024-03-01T08:00:00+07:00</updated>", "<updated>1970-01-01T08:00:00+08:00</updated>"); // Vietnam was UTC+8 then
        assertThat(feed(r, Instant.parse("2024-03-01T01:00:00Z"))).as("the same at every poll").isEqualTo(xml);
    }
}
