package vn.khotin.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.model.VietnamTime;

/**
 * Parses the date-times Vietnamese news pages show, as Vietnam time.
 *
 * <p>Accepted, anywhere inside the given text (so "PV - 07/03/2026 15:42" works):
 * <ul>
 *   <li>ISO 8601 with offset or {@code Z} ({@code 2026-03-04T07:30:00+07:00}), or without (read as Vietnam time);</li>
 *   <li>{@code yyyy-mm-dd HH:MM[:SS]} (old tag and topic listings);</li>
 *   <li>{@code dd/mm/yyyy HH:MM[:SS]}, with {@code -}, {@code |}, {@code ,}, "lúc" or a space between date and time,
 *       with an optional leading weekday ({@code Thứ Hai} … {@code Thứ Bảy}, {@code Thứ 2} … {@code Thứ 7},
 *       {@code Chủ nhật}, {@code CN}) and "ngày"; hours as {@code 07:30} or {@code 07h30};</li>
 *   <li>{@code HH:MM dd/mm/yyyy} (time first);</li>
 *   <li>{@code dd/mm/yyyy} or {@code dd-mm-yyyy} alone (midnight);</li>
 *   <li>RFC 1123 as in RSS {@code pubDate} ({@code Wed, 04 Mar 2026 07:30:00 +0700}).</li>
 * </ul>
 * A weekday that contradicts the date is ignored: the date wins. Results are always at offset +07:00
 * (Asia/Ho_Chi_Minh); an ISO time in another offset is converted to the same instant in Vietnam time.
 */
public final class VietnameseDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d:])");
    private static final String DMY = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
    private static final String HM = "(\\d{1,2})\\s*[:hH]\\s*(\\d{2})(?::(\\d{2}))?";
    private static final Pattern DMY_HM = Pattern.compile(
            "(?<!\\d)" + DMY + "(?:\\s*(?:[-|,–]|lúc)\\s*|\\s+)" + HM + "(?!\\d)");
    private static final Pattern HM_DMY = Pattern.compile(
            "(?<![\\d/])" + HM + "(?:\\s*(?:[-|,–]|ngày)\\s*|\\s+)(?:ngày\\s+)?" + DMY + "(?!\\d)");
    private static final Pattern DMY_ONLY = Pattern.compile("(?<![\\d/.-])" + DMY + "(?![\\d/])");
    private static final Pattern RFC = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s+(?:[+-]\\d{4}|GMT|UT|Z)");

    private VietnameseDates() {
    }

    /** The first date-time found in {@code text}, in Vietnam time; empty when there is none or it is invalid. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Long inputs cannot be dates; bounding them keeps the regexes linear and cheap.
        String s = text.length() > 300 ? text.substring(0, 300) : text;
        s = s.replace('\u00A0', ' ');
        try {
            Matcher m = ISO.matcher(s);
            if (m.find()) {
                return iso(m);
            }
            m = DMY_HM.matcher(s);
            if (m.find()) {
                return local(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
            }
            m = HM_DMY.matcher(s);
            if (m.find()) {
                return local(m.group(6), m.group(5), m.group(4), m.group(1), m.group(2), m.group(3));
            }
            m = RFC.matcher(s);
            if (m.find()) {
                return Optional.of(ZonedDateTime.parse(m.group().replaceAll("\\s+", " "),
                        DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime());
            }
            m = ISO_DATE.matcher(s);
            if (m.find()) {
                return local(m.group(1), m.group(2), m.group(3), "0", "0", null);
            }
            m = DMY_ONLY.matcher(s);
            if (m.find()) {
                return local(m.group(3), m.group(2), m.group(1), "0", "0", null);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // An impossible date (31/02) or a malformed zone: treat as no date rather than a guess.
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> iso(Matcher m) {
        LocalDateTime local = LocalDateTime.of(
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        String zone = m.group(7);
        if (zone == null) {
            return Optional.of(local.atZone(VietnamTime.ZONE).toOffsetDateTime());
        }
        java.time.ZoneOffset offset;
        if (zone.equals("Z")) {
            offset = java.time.ZoneOffset.UTC;
        } else {
            String z = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
            try {
                offset = java.time.ZoneOffset.of(z);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(local.atOffset(offset).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime());
    }

    private static Optional<OffsetDateTime> local(String y, String mo, String d, String h, String mi, String sec) {
        LocalDateTime t = LocalDateTime.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d),
                Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
        return Optional.of(t.atZone(VietnamTime.ZONE).toOffsetDateTime());
    }
}
