package vn.khotin.web.view;

import java.util.List;

/**
 * An inline SVG bar chart of hits over time; every bar with hits is a link that narrows the date range.
 *
 * @param unit "tháng" or "năm"
 * @param width chart width in SVG units
 * @param height chart height in SVG units
 * @param bars the bars, left to right
 * @param firstLabel label under the left end, or null when every tick is labelled (bars are years)
 * @param lastLabel label under the right end, or null likewise
 * @param max the largest bar's count, for the axis label
 * @param ticks year labels along the axis between the two ends
 * @param undatedNote how many of the results have no date and so no bar ("388 bài không có ngày đăng …"), or
 *     null when none (or when counts are estimates)
 */
public record TimelineView(String unit, int width, int height, List<Bar> bars, String firstLabel,
        String lastLabel, long max, List<Tick> ticks, String undatedNote) {

    /** The same chart with a note on the results it cannot show. */
    public TimelineView withUndatedNote(String note) {
        return new TimelineView(unit, width, height, bars, firstLabel, lastLabel, max, ticks, note);
    }

    /**
     * A bar; {@code title} is its accessible name and tooltip ("03/2024: 12 bài"), {@code countText} the number
     * shown above it on hover or focus, at {@code labelX}/{@code labelY}.
     */
    public record Bar(double x, double y, double w, double h, String href, String title, long count,
            String label, String countText, double labelX, double labelY) {}

    /** A label on the axis at {@code x} ("2024"). */
    public record Tick(double x, String label) {}
}
