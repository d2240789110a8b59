package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted snippet as plain text and the spans of its matches, for API clients that do not render HTML:
 * {@code text} is the snippet with every entity decoded and no tags; each span is {@code [start, end)} in
 * Unicode code points of {@code text}.
 *
 * @param text the plain text
 * @param spans the highlighted ranges, in order, as two-element arrays
 */
record HighlightSpans(String text, List<int[]> spans) {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    /** Reads the search layer's snippet HTML: escaped text with only {@code <mark>} tags. */
    static HighlightSpans parse(String html) {
        if (html == null || html.isEmpty()) {
            return new HighlightSpans("", List.of());
        }
        StringBuilder text = new StringBuilder(html.length());
        List<int[]> spans = new ArrayList<>();
        int codePoints = 0;
        int open = -1;
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith(OPEN, i)) {
                open = open < 0 ? codePoints : open;
                i += OPEN.length();
            } else if (html.startsWith(CLOSE, i)) {
                if (open >= 0 && codePoints > open) {
                    spans.add(new int[] {open, codePoints});
                }
                open = -1;
                i += CLOSE.length();
            } else if (html.charAt(i) == '&') {
                int semi = html.indexOf(';', i);
                int cp = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : -1;
                if (cp < 0) {
                    text.append('&');
                    codePoints++;
                    i++;
                } else {
                    text.appendCodePoint(cp);
                    codePoints++;
                    i = semi + 1;
                }
            } else {
                int cp = html.codePointAt(i);
                text.appendCodePoint(cp);
                codePoints++;
                i += Character.charCount(cp);
            }
        }
        if (open >= 0 && codePoints > open) {
            spans.add(new int[] {open, codePoints});
        }
        return new HighlightSpans(text.toString(), List.copyOf(spans));
    }

    /** The code point of an entity name ("amp", "#39", "#x2F"), or -1 when it is not one we know. */
    private static int entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> -1;
        };
    }
}
