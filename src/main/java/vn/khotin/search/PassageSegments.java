package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Part of the highlight stage: the UnifiedHighlighter's passages as a {@link HighlightedText} instead of HTML.
 * It cuts the text where Lucene's {@code DefaultPassageFormatter} puts its tags and ellipses (overlapping matches
 * joined into one mark, a match cut at its passage's end, an ellipsis between passages that do not touch), so
 * that the web layer, escaping each segment as that formatter escapes, renders byte for byte the HTML the search
 * layer used to return.
 */
final class PassageSegments extends PassageFormatter {

    /** Between two passages that are not next to each other. */
    static final String ELLIPSIS = " … ";

    @Override
    public HighlightedText format(Passage[] passages, String content) {
        Segments out = new Segments();
        int pos = 0;
        for (Passage passage : passages) {
            if (out.written && passage.getStartOffset() != pos) {
                out.plain(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = starts[i];
                out.plain(content, pos, start);
                int end = ends[i];
                while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
                    end = Math.max(end, ends[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                out.marked(content, start, end);
                pos = end;
            }
            out.plain(content, pos, passage.getEndOffset());
            pos = passage.getEndOffset();
        }
        return new HighlightedText(out.segments);
    }

    /** The segments so far; {@code written} is whether the HTML form would have any character yet. */
    private static final class Segments {
        final List<HighlightedText.Segment> segments = new ArrayList<>();
        boolean written;

        void plain(String content, int from, int to) {
            if (to > from) {
                plain(content.substring(from, to));
            }
        }

        void plain(String text) {
            int last = segments.size() - 1;
            if (last >= 0 && !segments.get(last).marked()) {
                segments.set(last, new HighlightedText.Segment(segments.get(last).text() + text, false));
            } else {
                segments.add(new HighlightedText.Segment(text, false));
            }
            written = true;
        }

        /** A mark is kept even when empty: its tags alone were output. */
        void marked(String content, int from, int to) {
            segments.add(new HighlightedText.Segment(to > from ? content.substring(from, to) : "", true));
            written = true;
        }
    }
}
