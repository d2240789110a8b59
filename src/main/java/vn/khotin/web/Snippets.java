package vn.khotin.web;

import vn.khotin.search.HighlightedText;

/**
 * Renders a search highlight ({@link HighlightedText}) as HTML: every character of the text escaped, each match
 * in {@code <mark>}. The search layer returns plain text, so this is the one place where a hit's text becomes
 * markup, and nothing in an article can become a tag.
 *
 * <p>The escaping is the one Lucene's highlighter used when the search layer still made the HTML ({@code & < > " '
 * /}), so pages and the API's {@code snippet} and {@code titleHtml} keep the exact strings they had.
 */
public final class Snippets {

    private Snippets() {}

    /** The HTML of a highlight; empty for null. */
    public static String html(HighlightedText text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (HighlightedText.Segment s : text.segments()) {
            if (s.marked()) {
                out.append("<mark>");
                escape(s.text(), out);
                out.append("</mark>");
            } else {
                escape(s.text(), out);
            }
        }
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
