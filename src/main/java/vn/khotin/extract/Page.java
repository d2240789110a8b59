package vn.khotin.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.khotin.extract.ExtractionRules.Css;
import vn.khotin.model.Article;

/** One parsed page with the profile and the time budget: the lookups every extraction method shares. */
final class Page {

    final Document doc;
    final ExtractionRules rules;
    final Deadline deadline;

    Page(Document doc, ExtractionRules rules, Deadline deadline) {
        this.doc = doc;
        this.rules = rules;
        this.deadline = deadline;
    }

    /** The first element matched by the first selector that matches anything. */
    Element first(Element root, List<Css> selectors) {
        for (Css css : selectors) {
            deadline.check();
            Element e = css.selectFirst(root);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** All elements matched by the first selector that matches anything. */
    List<Element> all(Element root, List<Css> selectors) {
        for (Css css : selectors) {
            deadline.check();
            List<Element> found = css.select(root);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The normalized value of the first matching element ({@link #valueOf}), or empty. */
    String firstValue(List<Css> selectors) {
        for (Css css : selectors) {
            deadline.check();
            for (Element e : css.select(doc)) {
                String v = valueOf(e);
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return "";
    }

    /** Distinct non-empty normalized values of the elements of the first selector that yields any. */
    List<String> values(List<Css> selectors) {
        for (Css css : selectors) {
            deadline.check();
            Set<String> out = new LinkedHashSet<>();
            for (Element e : css.select(doc)) {
                String v = valueOf(e);
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        return List.of();
    }

    /** Text of an element; for {@code meta} its {@code content}. */
    static String valueOf(Element e) {
        if (e.normalName().equals("meta")) {
            return Texts.normalize(e.attr("content"));
        }
        return Texts.normalize(e.text());
    }

    /** The real URL of an image (or of a meta/link element), skipping inline placeholders; empty if none. */
    String imageUrl(Element e) {
        if (e.normalName().equals("meta")) {
            return absolute(e, "content");
        }
        if (e.normalName().equals("link")) {
            return absolute(e, "href");
        }
        for (String attribute : rules.imageAttributes()) {
            String raw = e.attr(attribute).trim();
            if (raw.isEmpty() || raw.regionMatches(true, 0, "data:", 0, 5) || raw.startsWith("#")) {
                continue;
            }
            String abs = absolute(e, attribute);
            if (!abs.isEmpty()) {
                return abs;
            }
        }
        return "";
    }

    private static String absolute(Element e, String attribute) {
        String abs = e.absUrl(attribute);
        if (abs.isEmpty()) {
            abs = e.attr(attribute).trim();
        }
        return abs.startsWith("http://") || abs.startsWith("https://") || abs.startsWith("//") ? abs : "";
    }

    /** The article ID in a URL, per the profile's pattern. */
    OptionalLong articleId(String url) {
        return articleId(rules.articleIdPattern(), url);
    }

    static OptionalLong articleId(java.util.regex.Pattern pattern, String url) {
        if (url == null || url.isEmpty() || url.length() > 2000) {
            return OptionalLong.empty();
        }
        Matcher m = pattern.matcher(url);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String s = m.group(g);
                if (s != null && !s.isEmpty() && s.length() <= 18) {
                    return OptionalLong.of(Long.parseLong(s));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Article IDs of the links inside {@code root}, in order, without duplicates. */
    List<Long> linkedIds(Element root) {
        List<Long> ids = new ArrayList<>();
        List<Element> links = root.normalName().equals("a") ? List.of(root) : root.select("a[href]");
        for (Element a : links) {
            deadline.tick();
            articleId(a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href")).ifPresent(ids::add);
        }
        return ids;
    }
}
