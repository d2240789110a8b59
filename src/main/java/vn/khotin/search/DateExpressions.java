package vn.khotin.search;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.VietnamTime;

/**
 * Part of the compile stage of a search: the dates of {@link QueryLanguage} ({@code từ:}, {@code đến:}): a year, a
 * month or a day in the forms Vietnamese readers write them, or a day, week, month or year named from today in
 * Vietnam ({@code hôm qua}, {@code tháng trước}). Stateless.
 */
final class DateExpressions {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** The periods named from today (folded, lower case: accents may be left out), each from today to its days. */
    private static final Map<String, Function<LocalDate, LocalDate[]>> RELATIVE = Map.of(
            "hom nay", today -> day(today),
            "hom qua", today -> day(today.minusDays(1)),
            "hom kia", today -> day(today.minusDays(2)),
            "tuan nay", today -> week(today),
            "tuan truoc", today -> week(today.minusWeeks(1)),
            "thang nay", today -> month(YearMonth.from(today)),
            "thang truoc", today -> month(YearMonth.from(today).minusMonths(1)),
            "nam nay", today -> year(today.getYear()),
            "nam ngoai", today -> year(today.getYear() - 1),
            "nam truoc", today -> year(today.getYear() - 1));

    /** How the expressions named from today are written, for a warning. */
    static final String RELATIVE_HINT = "hôm nay, hôm qua, hôm kia, tuần này, tháng trước, năm nay, năm ngoái…";

    private DateExpressions() {}

    /**
     * The first and last day a date expression covers ("2024" → 1/1–31/12/2024; "6/2024" → June 2024;
     * "15/06/2024" → that day; "hôm qua" → yesterday in Vietnam), or null if it is not a date.
     */
    static LocalDate[] range(String text) {
        return range(text, LocalDate.now(VietnamTime.ZONE));
    }

    /** {@link #range(String)}, with the periods named from today counted from {@code today}. */
    static LocalDate[] range(String text, LocalDate today) {
        String t = text.strip();
        Function<LocalDate, LocalDate[]> relative =
                RELATIVE.get(VietnameseText.fold(t).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (relative != null) {
            return relative.apply(today);
        }
        try {
            Matcher m;
            if ((m = YMD.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                return new LocalDate[] {d, d};
            }
            if ((m = DMY.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(i(m, 3), i(m, 2), i(m, 1));
                return new LocalDate[] {d, d};
            }
            if ((m = YEAR_MONTH.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = MONTH_YEAR.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 2), i(m, 1));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = YEAR.matcher(t)).matches()) {
                int y = i(m, 1);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * What is wrong with a date written in one of the forms whose day or month does not exist, in Vietnamese
     * ("Ngày 31/02/2020 không có thật (tháng 2/2020 chỉ có 29 ngày)", "Tháng 13/2020 không có thật"); null for a
     * real date and for text in none of the forms.
     */
    static String unreal(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = YMD.matcher(t)).matches()) {
            return unrealDay(t, i(m, 1), i(m, 2), i(m, 3));
        }
        if ((m = DMY.matcher(t)).matches()) {
            return unrealDay(t, i(m, 3), i(m, 2), i(m, 1));
        }
        if ((m = YEAR_MONTH.matcher(t)).matches() && !realMonth(i(m, 2))
                || (m = MONTH_YEAR.matcher(t)).matches() && !realMonth(i(m, 1))) {
            return "Tháng " + t + " không có thật (tháng từ 1 đến 12)";
        }
        return null;
    }

    private static String unrealDay(String typed, int year, int month, int day) {
        if (!realMonth(month)) {
            return "Ngày " + typed + " không có thật (không có tháng " + month + ")";
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        return day >= 1 && day <= days ? null
                : "Ngày " + typed + " không có thật (tháng " + month + "/" + year + " chỉ có " + days + " ngày)";
    }

    private static boolean realMonth(int month) {
        return month >= 1 && month <= 12;
    }

    private static LocalDate[] day(LocalDate d) {
        return new LocalDate[] {d, d};
    }

    private static LocalDate[] week(LocalDate d) {
        LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    private static LocalDate[] month(YearMonth ym) {
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }

    private static LocalDate[] year(int y) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
