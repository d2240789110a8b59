package vn.khotin.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Part of the compile stage of a search: the date range of a query ({@code từ:}, {@code đến:}) as
 * {@link QueryParser} reads it, each bound the whole period its expression names. One instance per query.
 */
final class QueryDates {

    private LocalDate from;
    private LocalDate to;
    /** The last day the "from" expression covers and the first the "to" one covers: a reversed range swaps them. */
    private LocalDate fromEnd;
    private LocalDate toStart;

    /** Sets the bound {@code name} ("from" or "to") to the period {@code range} (first and last day). */
    void set(String name, LocalDate[] range) {
        if (name.equals("from")) {
            from = range[0];
            fromEnd = range[1];
        } else {
            to = range[1];
            toStart = range[0];
        }
    }

    /** Swaps a reversed range, saying so in {@code warnings}. */
    void finish(List<String> warnings) {
        if (from != null && to != null && from.isAfter(to)) {
            // "đến:01/2026 từ:03/2026" means January to March: each expression keeps the whole period it names
            LocalDate start = toStart;
            to = fromEnd;
            from = start;
            warnings.add("Khoảng thời gian bị ngược, đã đổi chỗ ngày bắt đầu và ngày kết thúc.");
        }
    }

    /** The first day, or null. */
    LocalDate from() {
        return from;
    }

    /** The last day, or null. */
    LocalDate to() {
        return to;
    }
}
