package vn.khotin.replica;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The site's article ID sequence against publication dates (reference §3.2), interpolated, so generated
 * IDs and dates look like real ones and fall into the right era.
 */
public final class IdDates {

    /** Vietnam time, used for every time the replica shows. */
    public static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private static final long[] IDS = {59127, 99720, 161718, 180796, 185523, 197242, 200381, 210554, 214343,
        220459, 226385, 236593, 245886, 249043, 252330, 261008, 273494, 275550, 284835, 306011, 307334, 317598};
    private static final LocalDate[] DATES = {
        LocalDate.of(2012, 1, 15), LocalDate.of(2015, 7, 29), LocalDate.of(2018, 9, 28), LocalDate.of(2019, 10, 17),
        LocalDate.of(2020, 1, 25), LocalDate.of(2020, 8, 18), LocalDate.of(2020, 10, 19), LocalDate.of(2021, 4, 15),
        LocalDate.of(2021, 6, 15), LocalDate.of(2021, 10, 15), LocalDate.of(2022, 1, 26), LocalDate.of(2022, 8, 15),
        LocalDate.of(2023, 3, 15), LocalDate.of(2023, 6, 15), LocalDate.of(2023, 8, 15), LocalDate.of(2024, 1, 29),
        LocalDate.of(2024, 9, 12), LocalDate.of(2024, 10, 15), LocalDate.of(2025, 3, 25), LocalDate.of(2026, 2, 17),
        LocalDate.of(2026, 3, 13), LocalDate.of(2026, 8, 15)};
    /** IDs per day beyond the table's ends (≈1,800 a month). */
    private static final double PER_DAY = 60.0;

    private IdDates() {
    }

    /** A plausible publication time for an ID: the interpolated day, a time of day derived from the ID. */
    public static OffsetDateTime dateFor(long id) {
        double day = dayFor(id);
        long epochDay = (long) Math.floor(day);
        int minuteOfDay = 6 * 60 + (int) Math.floorMod(id * 37L, 15 * 60); // 06:00–20:59, when news is posted
        return LocalDateTime.of(LocalDate.ofEpochDay(epochDay), java.time.LocalTime.MIN)
                .plusMinutes(minuteOfDay).atOffset(VN);
    }

    /** The ID the sequence had reached on a date. */
    public static long idFor(LocalDate date) {
        long d = date.toEpochDay();
        if (d <= DATES[0].toEpochDay()) {
            return Math.max(1, IDS[0] - Math.round((DATES[0].toEpochDay() - d) * 10.0));
        }
        for (int i = 1; i < IDS.length; i++) {
            long d0 = DATES[i - 1].toEpochDay();
            long d1 = DATES[i].toEpochDay();
            if (d <= d1) {
                return IDS[i - 1] + Math.round((IDS[i] - IDS[i - 1]) * (double) (d - d0) / (d1 - d0));
            }
        }
        return IDS[IDS.length - 1] + Math.round((d - DATES[DATES.length - 1].toEpochDay()) * PER_DAY);
    }

    private static double dayFor(long id) {
        if (id <= IDS[0]) {
            return DATES[0].toEpochDay() - (IDS[0] - id) / 10.0;
        }
        for (int i = 1; i < IDS.length; i++) {
            if (id <= IDS[i]) {
                double d0 = DATES[i - 1].toEpochDay();
                double d1 = DATES[i].toEpochDay();
                return d0 + (d1 - d0) * (id - IDS[i - 1]) / (double) (IDS[i] - IDS[i - 1]);
            }
        }
        return DATES[DATES.length - 1].toEpochDay() + (id - IDS[IDS.length - 1]) / PER_DAY;
    }
}
