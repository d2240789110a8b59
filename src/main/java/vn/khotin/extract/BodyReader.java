package vn.khotin.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.khotin.extract.ExtractionRules.Css;
import vn.khotin.model.Article;

/**
 * Reads a body container into paragraphs, captions, image URLs and inline related links.
 *
 * <p>Figures and inline related boxes are taken out first (captions must never become body text); furniture
 * selected by the profile's {@code drop} is removed; then the remaining tree is walked in document order.
 * Block elements ({@code p}, headings, list items, blockquote children) each give a paragraph; loose text
 * separated by {@code <br>} gives one paragraph per line; a data table gives one paragraph per row, cells
 * joined by {@code " | "}, while a layout table (cells holding blocks) is walked like any container.
 */
final class BodyReader {

    /** What a body container holds. */
    record Content(List<String> paragraphs, List<Article.Caption> captions, List<String> images,
                   List<Long> relatedIds) {}

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "figure", "figcaption", "header", "footer", "main", "aside", "center", "dl", "dd", "dt", "pre",
            "address", "hr", "nav", "form", "fieldset", "details", "summary", "caption", "body", "html");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "canvas", "video", "audio", "select", "button", "input", "textarea", "head",
            "title", "meta", "link");

    private final Page page;

    BodyReader(Page page) {
        this.page = page;
    }

    /** Reads {@code body}; the element is modified (figures and furniture are removed from it). */
    Content read(Element body) {
        List<Long> related = new ArrayList<>();
        for (Css css : page.rules.inlineRelated()) {
            for (Element box : css.select(body)) {
                if (box == body) {
                    continue;
                }
                related.addAll(page.linkedIds(box));
                box.remove();
            }
        }
        for (Css css : page.rules.drop()) {
            page.deadline.check();
            for (Element e : css.select(body)) {
                if (e != body) {
                    e.remove();
                }
            }
        }
        List<Article.Caption> captions = new ArrayList<>();
        Set<String> images = new LinkedHashSet<>();
        for (Element figure : figures(body)) {
            page.deadline.tick();
            String firstImage = "";
            for (Element img : figure.select("img, amp-img")) {
                String url = page.imageUrl(img);
                if (!url.isEmpty()) {
                    images.add(url);
                    if (firstImage.isEmpty()) {
                        firstImage = url;
                    }
                }
            }
            Element cap = page.first(figure, page.rules.caption());
            if (cap != null) {
                Article.Caption c = caption(Texts.normalize(cap.text()), firstImage);
                if (!c.text().isEmpty() || !c.credit().isEmpty()) {
                    captions.add(c);
                }
            }
            figure.remove();
        }
        for (Element img : body.select("img, amp-img")) {
            String url = page.imageUrl(img);
            if (!url.isEmpty()) {
                images.add(url);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        walk(body, paragraphs, run, 0);
        flush(run, paragraphs);
        return new Content(paragraphs, captions, new ArrayList<>(images), related);
    }

    /** Figures in document order, outermost only (a figure nested in a figure-like table is one figure). */
    private List<Element> figures(Element body) {
        List<Element> found = new ArrayList<>();
        for (Css css : page.rules.figure()) {
            found.addAll(css.select(body));
        }
        List<Element> outer = new ArrayList<>();
        Set<Element> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(found);
        for (Element e : body.getAllElements()) {
            page.deadline.tick();
            if (all.contains(e) && e != body && noAncestorIn(e, all, body)) {
                outer.add(e);
            }
        }
        return outer;
    }

    private static boolean noAncestorIn(Element e, Set<Element> set, Element stop) {
        for (Element p = e.parent(); p != null && p != stop; p = p.parent()) {
            if (set.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** Splits a caption into its text and the photo credit ("… Ảnh: Sỹ Ngọ", "(Ảnh: …)", "Ảnh Đặng …"). */
    Article.Caption caption(String text, String imageUrl) {
        if (text.length() <= 1000) {
            Matcher m = page.rules.captionCredit().matcher(text);
            if (m.find()) {
                String credit = Texts.normalize(m.group(1));
                String before = stripSeparators(text.substring(0, m.start()));
                return new Article.Caption(before, credit, imageUrl);
            }
        }
        return new Article.Caption(text, "", imageUrl);
    }

    private static String stripSeparators(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '-' || c == '–' || c == '—' || c == ',' || c == ';' || c == '|') {
                end--;
            } else {
                break;
            }
        }
        return s.substring(0, end).trim();
    }

    private void walk(Element el, List<String> out, StringBuilder run, int depth) {
        for (Node node : el.childNodes()) {
            page.deadline.tick();
            if (node instanceof TextNode t) {
                run.append(t.getWholeText());
                continue;
            }
            if (!(node instanceof Element e)) {
                continue;
            }
            String name = e.normalName();
            if (SKIP.contains(name)) {
                continue;
            }
            if (name.equals("br")) {
                flush(run, out);
                continue;
            }
            if (!BLOCKS.contains(name)) {
                walk(e, out, run, depth + 1); // inline: its text continues the current line
                continue;
            }
            flush(run, out);
            if (name.equals("table") && isDataTable(e)) {
                for (Element row : e.select("tr")) {
                    page.deadline.tick();
                    List<String> cells = new ArrayList<>();
                    for (Element cell : row.children()) {
                        String c = Texts.normalize(cell.text());
                        if (!c.isEmpty()) {
                            cells.add(c);
                        }
                    }
                    if (!cells.isEmpty()) {
                        out.add(String.join(" | ", cells));
                    }
                }
            } else {
                walk(e, out, run, depth + 1);
                flush(run, out);
            }
        }
    }

    /** A table whose cells hold only inline content is data; one whose cells hold blocks is layout. */
    private static boolean isDataTable(Element table) {
        return table.selectFirst("td p, td div, td table, th p, th div, td ul, td blockquote") == null;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (!run.isEmpty()) {
            String text = Texts.normalize(run.toString());
            if (!text.isEmpty()) {
                out.add(text);
            }
            run.setLength(0);
        }
    }
}
