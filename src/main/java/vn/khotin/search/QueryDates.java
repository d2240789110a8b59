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

    /** Whether a word that is no date and the word after it are one ("hôm" and "qua"). */
    static boolean joins(String word, String following) {
        return DateExpressions.range(word) == null && DateExpressions.range(word + " " + following) != null;
    }

    /**
     * Reads the date expression {@code text} of the bound {@code name} ("from" or "to"), which {@code how} (the
     * minus or NOT) asked to exclude if {@code excluding}: a date or a warning that names what was dropped and the
     * {@code following} word, searched as a word (none: empty).
     */
    void read(String name, String text, String following, boolean excluding, String how, List<String> warnings) {
        LocalDate[] range = DateExpressions.range(text);
        if (range == null) {
            String unreal = DateExpressions.unreal(text);
            String dropped = ": đã bỏ điều kiện " + WordOperators.typedName(name) + ":" + text;
            warnings.add(unreal != null ? unreal + dropped + "."
                    : "Không hiểu ngày \"" + text + "\" (dùng yyyy, mm/yyyy, dd/mm/yyyy hoặc "
                            + DateExpressions.RELATIVE_HINT + ")" + dropped
                            + (following.isEmpty() ? "." : ", còn \"" + following + "\" được tìm như từ thường."));
            return;
        }
        if (excluding) {
            warnings.add("Không loại trừ được một ngày bằng " + how + ": đã dùng \"" + text + "\" như giới hạn"
                    + " thời gian.");
        }
        set(name, range);
    }

    /** Sets the bound {@code name} ("from" or "to") to the period {@code range} (first and last day). */
    private void set(String name, LocalDate[] range) {
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
