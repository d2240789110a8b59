package vn.khotin.web.view;

import java.util.List;

/**
 * An inline SVG bar chart of hits over time; every bar is a link that narrows the date range.
 *
 * @param unit "tháng" or "năm"
 * @param width chart width in SVG units
 * @param height chart height in SVG units
 * @param bars the bars, left to right
 * @param firstLabel label under the left end
 * @param lastLabel label under the right end
 * @param max the largest bar's count, for the axis label
 */
public record TimelineView(String unit, int width, int height, List<Bar> bars, String firstLabel,
        String lastLabel, long max) {

    /** A bar; {@code title} is its accessible name ("03/2024: 12 bài"). */
    public record Bar(double x, double y, double w, double h, String href, String title, long count) {}
}
