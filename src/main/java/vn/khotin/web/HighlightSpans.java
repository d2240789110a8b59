package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;
import vn.khotin.search.HighlightedText;

/**
 * A highlight as plain text and the spans of its matches, for API clients that do not render HTML: {@code text}
 * is the text without marks; each span is {@code [start, end)} in Unicode code points of {@code text}.
 *
 * @param text the plain text
 * @param spans the highlighted ranges, in order, as two-element arrays
 */
record HighlightSpans(String text, List<int[]> spans) {

    /** The spans of a search highlight; empty text and no spans for null. Empty marks have no span. */
    static HighlightSpans of(HighlightedText highlight) {
        if (highlight == null) {
            return new HighlightSpans("", List.of());
        }
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int codePoints = 0;
        for (HighlightedText.Segment s : highlight.segments()) {
            int length = s.text().codePointCount(0, s.text().length());
            if (s.marked() && length > 0) {
                spans.add(new int[] {codePoints, codePoints + length});
            }
            text.append(s.text());
            codePoints += length;
        }
        return new HighlightSpans(text.toString(), List.copyOf(spans));
    }
}
