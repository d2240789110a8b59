package vn.khotin.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeVisitor;
import vn.khotin.analysis.VietnameseText;

/**
 * A draft's title or text as the editor meant it. Editors paste from the CMS, so a draft may be HTML: then it is
 * reduced to its text before anything reads it ("h1" of {@code <h1>} matched "Real vs Sevilla (2-0, H1)"). Block
 * elements and {@code <br>} become line breaks (the paragraphs stay apart), scripts and styles are dropped,
 * entities decoded ({@code &nbsp;} is a space). Text without markup is left exactly as it is: only a draft with a
 * tag of HTML ({@code <p>}, {@code </h1>}, {@code <br/>}) is read as HTML, never "a < b" or "<3 tỷ đồng".
 */
final class DraftText {

    /** Something shaped like a start or end tag: '<', an optional '/', a name, attributes, '>'. */
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title");

    private DraftText() {}

    /**
     * The text of a draft part, in NFC: its text if it is HTML, else the part as given (null is empty). A draft
     * written on a Mac often comes decomposed: its words were found, but the reasons shown to the editor came back
     * in that form, and a law's name was not recognised.
     */
    static String plain(String draft) {
        if (draft == null) {
            return "";
        }
        return VietnameseText.nfc(isHtml(draft) ? text(Jsoup.parse(draft)) : draft);
    }

    /** Whether the text has at least one tag of HTML (a known element's name). */
    static boolean isHtml(String s) {
        if (s.indexOf('<') < 0) {
            return false;
        }
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            if (Tag.isKnownTag(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Document doc) {
        doc.select(String.join(", ", DROPPED)).remove();
        StringBuilder sb = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        });
        // as a browser shows it: runs of spaces are one, each block a line, no empty lines
        return sb.toString().replace('\u00A0', ' ').replaceAll(" +", " ")
                .replaceAll(" ?\\n ?", "\n").replaceAll("\\n{2,}", "\n").strip();
    }
}
