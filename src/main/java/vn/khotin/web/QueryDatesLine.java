package vn.khotin.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.khotin.search.ParsedQuery;
import vn.khotin.search.QueryLanguage;

/**
 * The line of a results page that says which days the dates typed in the query cover ({@code từ:03/2026},
 * {@code đến:tháng trước}), as the chip of a date range chosen on the page says its days: a researchers' check found
 * {@code từ:tháng trước} searching a month the page never named. Stateless.
 */
final class QueryDatesLine {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private QueryDatesLine() {}

    /** The line for query {@code q}, or null when it names no date. */
    static String of(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        ParsedQuery parsed = QueryLanguage.parse(q);
        if (parsed.from() == null && parsed.to() == null) {
            return null;
        }
        return "Khoảng thời gian trong câu tìm: " + day(parsed.from()) + " – " + day(parsed.to());
    }

    private static String day(LocalDate date) {
        return date == null ? "…" : date.format(DAY);
    }
}
