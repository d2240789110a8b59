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
            bars.add(new TimelineView.Bar(round(i * slot + gap / 2), round(HEIGHT - h), round(slot - gap),
                    round(h), narrow.apply(p.first(), p.last()), p.label() + ": " + Format.number(p.count()) + " bài",
                    p.count()));
        }
        return new TimelineView(unit, WIDTH, HEIGHT, bars, periods.getFirst().label(), periods.getLast().label(), max);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
