package vn.khotin.search;

import java.util.List;

/**
 * Text with its matches marked: a hit's title or its best passages, as the highlight stage found them. Plain text
 * in order, cut into segments that are matches or not; how to show them (HTML with {@code <mark>}, plain text and
 * ranges) is for the layer that shows them, so nothing here is escaped.
 *
 * <p>Matches that touch stay separate segments (two words, two marks); plain segments are never empty.
 *
 * @param segments the text in order
 */
public record HighlightedText(List<Segment> segments) {

    /** One piece of the text, a match or not. */
    public record Segment(String text, boolean marked) {}

    public HighlightedText {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** Text without any match. */
    public static HighlightedText plain(String text) {
        return new HighlightedText(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** The whole text, without marks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** Whether any part of the text is marked as a match. */
    public boolean hasMatch() {
        return segments.stream().anyMatch(Segment::marked);
    }
}
