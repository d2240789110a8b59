package vn.khotin.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a {@link LineChart}: a value range mapped to a pixel range, logarithmic or linear, and the ticks to
 * label. A logarithmic axis spans whole decades around the data (ticks at 1, 2 and 5 × 10^k when it spans few
 * decades); a linear one starts at 0 and ends at a round number above the largest value.
 */
record ChartAxis(boolean log, double min, double max, List<Double> ticks) {

    /** A logarithmic axis for positive values, padded by {@code pad} decades so no point sits on the edge. */
    static ChartAxis logarithmic(double lo, double hi, double pad, boolean intermediateTicks) {
        double from = Math.floor(Math.log10(lo) - pad);
        double to = Math.ceil(Math.log10(hi) + pad);
        List<Double> ticks = new ArrayList<>();
        for (double decade = from; decade <= to; decade++) {
            double base = Math.pow(10, decade);
            ticks.add(base);
            if (intermediateTicks && decade < to) {
                ticks.add(2 * base);
                ticks.add(5 * base);
            }
        }
        double min = Math.log10(lo) - pad;
        double max = Math.log10(hi) + pad;
        List<Double> inside = ticks.stream().filter(t -> Math.log10(t) >= min - 1e-9 && Math.log10(t) <= max + 1e-9)
                .toList();
        return new ChartAxis(true, min, max, inside);
    }

    /** A linear axis from 0 to a round number at or above {@code hi}, with about five ticks. */
    static ChartAxis linear(double hi) {
        double top = hi <= 0 ? 1 : hi * 1.1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(top / 5)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (top / step <= 6) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        double end = Math.ceil(top / step) * step;
        for (int i = 0; i * step <= end + 1e-9; i++) {
            ticks.add(i * step);
        }
        return new ChartAxis(false, 0, end, ticks);
    }

    /** Where {@code value} falls between {@code from} (the axis minimum) and {@code to} (its maximum) in pixels. */
    double pixel(double value, double from, double to) {
        double v = log ? Math.log10(value) : value;
        return from + (v - min) / (max - min) * (to - from);
    }
}
