package vn.khotin.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/**
 * Numbers as the command line prints them for people, the Vietnamese way as on the web pages: "1.500" (a dot
 * between thousands), "2,5" (a decimal comma). Tables meant for machines keep plain numbers.
 */
final class Numbers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Numbers() {}

    /** "1.500". */
    static String integer(long n) {
        return format("#,##0", n);
    }

    /** "2,5": one decimal. */
    static String decimal(double d) {
        return format("#,##0.0", d);
    }

    /** "2,50": two decimals. */
    static String decimal2(double d) {
        return format("#,##0.00", d);
    }

    /** "4,8", "18,66", "1.000": at most two decimals, no trailing zeros (labels on a chart). */
    static String compact(double d) {
        return format("#,##0.##", d);
    }

    /** "6,0" with {@code decimals} = 1: a fixed number of decimals (0 to 3). */
    static String fixed(double d, int decimals) {
        return format("#,##0" + (decimals <= 0 ? "" : "." + "0".repeat(Math.min(decimals, 3))), d);
    }

    /** "0,4 giây" under a second, "45 giây", "3 phút 20 giây", "1 giờ 5 phút": a time a job took or has left. */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s == 0 && d.toMillis() > 0 ? decimal(d.toMillis() / 1000.0) + " giây" : s + " giây";
        }
        if (s < 3600) {
            return (s / 60) + " phút " + (s % 60) + " giây";
        }
        return (s / 3600) + " giờ " + (s % 3600 / 60) + " phút";
    }

    /** "764 B", "5,7 MiB", "1,25 GiB": a size on disk, in binary units as file managers show them. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return decimal(n / 1024.0) + " KiB";
        }
        if (n < 1024L * 1024 * 1024) {
            return decimal(n / (1024.0 * 1024)) + " MiB";
        }
        return decimal2(n / (1024.0 * 1024 * 1024)) + " GiB";
    }

    private static String format(String pattern, Object value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(VI);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
