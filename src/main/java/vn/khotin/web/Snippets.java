package vn.khotin.web;

/**
 * Makes a search snippet safe to insert as HTML. The search layer already escapes the text and adds only
 * {@code <mark>} tags; this keeps exactly those two tags and escapes any other angle bracket, so a bug or a
 * change upstream can never turn article text into markup.
 */
public final class Snippets {

    private Snippets() {}

    public static String safe(String snippet) {
        if (snippet == null || snippet.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        int i = 0;
        boolean open = false;
        while (i < snippet.length()) {
            if (snippet.startsWith("<mark>", i) && !open) {
                out.append("<mark>");
                open = true;
                i += 6;
            } else if (snippet.startsWith("</mark>", i) && open) {
                out.append("</mark>");
                open = false;
                i += 7;
            } else {
                char c = snippet.charAt(i++);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#x27;");
                    default -> out.append(c);
                }
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
