package vn.khotin.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A generic main-content finder for pages the profile does not describe (a redesign): the container whose
 * paragraphs hold the most text, discounted for links and for class/id names of page furniture.
 *
 * <p>Each paragraph-like element with at least a sentence of text credits its parent fully and its grandparent
 * by half; the best-scoring container wins. Link-heavy containers (menus, related lists, "other news") score
 * low, so the post-body list of other articles loses to the body.
 */
final class MainContent {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)comment|binh-?luan|footer|sidebar|side-bar|menu|nav|related|relate|share|social|ads|advert|banner"
                    + "|widget|header|breadcrumb|tag|weather|thoi-?tiet|popup|modal|cookie|promo|sponsor|story|list");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|content|body|detail|main|entry|post|text");
    private static final int MIN_PARAGRAPH = 25;

    private MainContent() {
    }

    /** The main content container, or null when the page has no paragraph of text. */
    static Element find(Page page) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        Element declared = body.selectFirst("[itemprop=articleBody]");
        if (declared != null && Texts.normalize(declared.text()).length() >= MIN_PARAGRAPH) {
            return declared;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, blockquote, pre, li, td, div:not(:has(p, div, table, ul))")) {
            page.deadline.tick();
            int length = Texts.normalize(p.ownText()).length();
            if (p.normalName().equals("p") || p.normalName().equals("blockquote")) {
                length = Math.max(length, Texts.normalize(p.text()).length());
            }
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + Math.min(length, 1000) / 100.0 + commas(p.ownText());
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            page.deadline.tick();
            Element c = e.getKey();
            double s = e.getValue() * (1 - linkDensity(c)) * nameWeight(c);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < 10; i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static double nameWeight(Element e) {
        String names = e.className() + " " + e.id();
        double w = 1;
        if (names.isBlank()) {
            return w;
        }
        if (POSITIVE.matcher(names).find()) {
            w *= 1.5;
        }
        if (FURNITURE.matcher(names).find()) {
            w *= 0.2;
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            w *= 1.2;
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }
}
