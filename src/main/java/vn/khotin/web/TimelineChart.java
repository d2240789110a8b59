package vn.khotin.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.khotin.web.view.TimelineView;

/**
 * Lays out hits over time as SVG bars. Each bar links to the same search narrowed to its period, so the chart
 * works as a filter without any script.
 */
final class TimelineChart {

    /** One period and its hit count. */
    record Period(String label, LocalDate first, LocalDate last, long count) {}

    static final int WIDTH = 720;
    static final int HEIGHT = 90;
    /** Room kept free at each end for the first and last period labels ("01/2024"). */
    private static final double END_LABEL_ROOM = 56;
    private static final double MIN_TICK_SPACING = 40;
    /** Half the width of a year label at the tick font size, so a centred label never leaves the chart. */
    private static final double YEAR_HALF_WIDTH = 15;

    private TimelineChart() {}

    /**
     * @param unit "tháng" or "năm"
     * @param periods periods in time order, including empty ones (so gaps show)
     * @param narrow link to the search narrowed to a date range
     * @return null when there is nothing to draw
     */
    static TimelineView layout(String unit, List<Period> periods, BiFunction<LocalDate, LocalDate, String> narrow) {
        long max = periods.stream().mapToLong(Period::count).max().orElse(0);
        if (periods.size() < 2 || max == 0) {
            return null;
        }
        double slot = (double) WIDTH / periods.size();
        double gap = slot > 6 ? Math.min(2, slot * 0.15) : 0;
        List<TimelineView.Bar> bars = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            double h = p.count() == 0 ? 0 : Math.max(1.5, HEIGHT * (double) p.count() / max);
            String count = Format.number(p.count());
            bars.add(new TimelineView.Bar(round(i * slot + gap / 2), round(HEIGHT - h), round(slot - gap),
                    round(h), narrow.apply(p.first(), p.last()), p.label() + ": " + count + " bài", p.count(),
                    p.label(), count, round(i * slot + slot / 2), round(HEIGHT - h - 3)));
        }
        boolean months = !unit.equals("năm");
        // Year bars are labelled one by one below; month bars get their two ends and a label at each January.
        return new TimelineView(unit, WIDTH, HEIGHT, bars, months ? periods.getFirst().label() : null,
                months ? periods.getLast().label() : null, max, yearTicks(periods, slot, months), null);
    }

    /**
     * Year labels between the two end labels: at each January when bars are months, under every bar (or every
     * few, so labels never crowd) when bars are years.
     */
    static List<TimelineView.Tick> yearTicks(List<Period> periods, double slot, boolean months) {
        int step = months ? 1 : (int) Math.ceil(MIN_TICK_SPACING / slot);
        List<TimelineView.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            boolean due = months ? p.first().getMonthValue() == 1 : i % step == 0;
            double x = months ? i * slot : i * slot + slot / 2;
            if (due && (!months || x >= END_LABEL_ROOM && x <= WIDTH - END_LABEL_ROOM)) {
                ticks.add(new TimelineView.Tick(round(Math.clamp(x, YEAR_HALF_WIDTH, WIDTH - YEAR_HALF_WIDTH)),
                        String.valueOf(p.first().getYear())));
            }
        }
        return ticks;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
