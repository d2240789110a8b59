package vn.khotin.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import vn.khotin.model.VietnamTime;

/** How pages show numbers and times: Vietnamese conventions, times in Hà Nội time. */
final class Format {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Seconds always written, fractions never (the times are truncated to seconds first). */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Format() {}

    /** How long a search took, as shown: an answer from the cache takes under a millisecond, not "0 ms". */
    static String took(long millis) {
        return millis < 1 ? "dưới 1 ms" : number(millis) + " ms";
    }

    /** "12.345" (Vietnamese thousands separator). */
    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    static String dateTime(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(VietnamTime.ZONE));
    }

    /**
     * A publication time: "dd/MM/yyyy HH:mm", or the date alone when the time is midnight in Vietnam, which is how
     * a date without a time of day is stored (an imported "2017-05-03"); "00:00" would claim a time nobody gave.
     */
    static String published(OffsetDateTime t) {
        if (t == null) {
            return "";
        }
        java.time.ZonedDateTime local = t.atZoneSameInstant(VietnamTime.ZONE);
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DATE.format(local) : DATE_TIME.format(local);
    }

    static String date(OffsetDateTime t) {
        return t == null ? "" : DATE.format(t.atZoneSameInstant(VietnamTime.ZONE));
    }

    /**
     * ISO 8601 with seconds and the Vietnam offset ("2026-03-04T09:30:00+07:00"), or null when unknown: the one
     * form every time takes in the API, the exports and the feed.
     */
    static String iso(OffsetDateTime t) {
        return t == null ? null : ISO.format(t.atZoneSameInstant(VietnamTime.ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    /** An instant in the same form as {@link #iso(OffsetDateTime)}. */
    static String iso(Instant t) {
        return t == null ? null : ISO.format(t.atZone(VietnamTime.ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    static String dateTime(Instant t) {
        return t == null ? "–" : DATE_TIME.format(t.atZone(VietnamTime.ZONE));
    }

    /** "45 giây", "12 phút", "2 giờ 5 phút". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " giây";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " phút";
        }
        return (seconds / 3600) + " giờ " + (seconds % 3600 / 60) + " phút";
    }

    /** "1,5 MiB" (binary units, Vietnamese decimal comma). */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(VI, "%.1f %s", v, units[u]);
    }
}
