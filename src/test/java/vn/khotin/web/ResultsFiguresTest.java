package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.search.SearchResult;
import vn.khotin.search.TimelineBucket;
import vn.khotin.web.view.TimelineView;

/**
 * The figures of a results page say what they are: the timeline how many results it cannot show (an archive of
 * imported national news holds many undated articles, and a chart of the few dated ones must not pass for all of
 * them), the time taken "under a millisecond" for an answer from the cache rather than "0 ms", and the line over
 * the results how many write every word when the others have a word's syllables apart.
 */
class ResultsFiguresTest {

    private static final List<TimelineBucket> BUCKETS = List.of(new TimelineBucket("2020-01", 10, "2020-01-01"),
            new TimelineBucket("2020-02", 16, "2020-02-01"));
    private static final SearchParams P = SearchParams.of("lũ", SearchParams.Sort.RELEVANCE);

    private static SearchResult result(long total, boolean approximate) {
        return new SearchResult(total, List.of(), 1, List.of(), BUCKETS, null, List.of(), null, null, false, total,
                approximate);
    }

    @Test
    void undatedResultsAreCountedUnderTheChart() {
        TimelineView v = Views.timeline(P, result(1_414, false));
        assertThat(v.undatedNote()).isEqualTo("1.388 bài không có ngày đăng nên không có trên biểu đồ.");
    }

    @Test
    void noNoteWhenEveryResultIsDatedOrCountsAreEstimates() {
        assertThat(Views.timeline(P, result(26, false)).undatedNote()).isNull();
        assertThat(Views.timeline(P, result(5_000, true)).undatedNote()).isNull();
    }

    @Test
    void aBarLinksToItsPeriodWithinTheRangeChosen() {
        // the researchers' check: a range of 10/01–10/02 showed "01/2020" and linked to the whole of January
        SearchParams ranged = P.withDates(java.time.LocalDate.of(2020, 1, 10), java.time.LocalDate.of(2020, 2, 10));

        List<TimelineView.Bar> bars = Views.timeline(ranged, result(26, false)).bars();

        assertThat(bars.get(0).href()).contains("since=2020-01-10").contains("until=2020-01-31");
        assertThat(bars.get(1).href()).contains("since=2020-02-01").contains("until=2020-02-10");
        assertThat(Views.timeline(P, result(26, false)).bars().get(0).href())
                .contains("since=2020-01-01").contains("until=2020-01-31");
    }

    @Test
    void aFallBackToSyllablesApartSaysHowManyWriteTheWords() {
        SearchResult apart = new SearchResult(7, List.of(), 1, List.of(), List.of(), null, List.of(), null, null,
                false, 3, false);
        SearchResult none = new SearchResult(7, List.of(), 1, List.of(), List.of(), null, List.of(), null, null,
                false, 0, false);

        String together = "có đủ mọi từ mà các tiếng của mỗi từ đều đứng liền nhau";
        assertThat(Views.relaxedNote(apart, true)).isEqualTo("Chỉ 3 bài " + together
                + " (xếp trước); ở các bài khác, các tiếng ấy không đứng liền nhau (ghi “tiếng ở rời nhau”).");
        assertThat(Views.relaxedNote(apart, false)).as("first by relevance too")
                .startsWith("Chỉ 3 bài " + together + " (xếp trước);");
        assertThat(Views.relaxedNote(none, false)).startsWith("Không bài nào " + together + "; ở các bài dưới đây,");
        assertThat(Views.partialMark(apart)).isEqualTo("tiếng ở rời nhau");
        assertThat(Views.partialMark(result(26, false))).isEqualTo("không đủ mọi từ");
        assertThat(Views.relaxedNote(result(26, false), false)).as("every match writes every word").isNull();
    }

    @Test
    void aCachedAnswerTookUnderAMillisecondNotZero() {
        assertThat(Format.took(0)).isEqualTo("dưới 1 ms");
        assertThat(Format.took(1_234)).isEqualTo("1.234 ms");
    }

    @Test
    void datesTypedInTheQuerySayWhichDaysTheyCover() {
        // the researchers' check: "từ:tháng trước" searched some month the page never named
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.YearMonth last = java.time.YearMonth.from(today).minusMonths(1);
        String first = String.format("01/%02d/%d", last.getMonthValue(), last.getYear());

        assertThat(QueryDatesLine.of("lũ từ:03/2026")).isEqualTo("Khoảng thời gian trong câu tìm: 01/03/2026 – …");
        assertThat(QueryDatesLine.of("lũ đến:2020")).isEqualTo("Khoảng thời gian trong câu tìm: … – 31/12/2020");
        assertThat(QueryDatesLine.of("mưa từ:tháng trước")).startsWith("Khoảng thời gian trong câu tìm: " + first);
        assertThat(QueryDatesLine.of("lũ lụt")).isNull();
    }
}
