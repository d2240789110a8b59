package vn.khotin.replica;

/** Text escaping for the replica's pages, in the three styles CMSs of this family produce. */
final class Html {

    /** A 1×1 transparent GIF: the lazy-loading placeholder the CMS puts in {@code src}. */
    static final String PLACEHOLDER_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    private Html() {
    }

    /** Escapes text for an element body or a double-quoted attribute, minimal style. */
    static String esc(String s) {
        return esc(s, "minimal");
    }

    /**
     * Escapes text in one of the styles: "minimal" (markup characters only), "named" (also no-break space,
     * quotes, dashes and ellipsis as named entities) or "numeric" (also every non-ASCII code point as a
     * decimal reference, as old Vietnamese CMSs did).
     */
    static String esc(String s, String style) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        boolean named = style.equals("named");
        boolean numeric = style.equals("numeric");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (named) {
                        switch (cp) {
                            case 0xA0 -> b.append("&nbsp;");
                            case 0x201C -> b.append("&ldquo;");
                            case 0x201D -> b.append("&rdquo;");
                            case 0x2013 -> b.append("&ndash;");
                            case 0x2014 -> b.append("&mdash;");
                            case 0x2026 -> b.append("&hellip;");
                            case '\'' -> b.append("&#39;");
                            default -> b.appendCodePoint(cp);
                        }
                    } else if (numeric && cp > 127) {
                        b.append("&#").append(cp).append(';');
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Escapes for XML text (feeds, sitemaps). */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Makes a JSON string safe inside a {@code <script>} element. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/");
    }
}
