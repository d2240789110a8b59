package vn.khotin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article as a reader sees the page without the profile: the first heading, the main content block
 * ({@link MainContent}) stripped of page furniture, dates shown in the page, and links under a "Tin liên quan"
 * heading. The fallback when the profile's selectors and the page's structured data give no text, and the source
 * of a date the profile misses.
 */
final class HeuristicSource {

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:tin liên quan|bài liên quan|đọc thêm|tin cùng chuyên mục)\\s*:?");
    private static final Pattern BODY_FURNITURE = Pattern.compile(
            "(?i)comment|binh-?luan|share|social|relate|\\bads?\\b|ads[_-]|advert|banner|breadcrumb|weather"
                    + "|\\btags?\\b|widget|sidebar|footer|\\bnav|menu|__meta|\\bmeta\\b|__author|byline|popup");

    private HeuristicSource() {
    }

    /** The first non-empty {@code h1}, else the OpenGraph title, else the document title (site suffix removed). */
    static String title(Page page) {
        for (Element h1 : page.doc.select("h1")) {
            String t = Page.valueOf(h1);
            if (!t.isEmpty()) {
                return t;
            }
        }
        String og = StructuredData.stripSuffix(page, StructuredData.meta(page, "og:title"));
        if (!og.isEmpty()) {
            return og;
        }
        return StructuredData.stripSuffix(page, Texts.normalize(page.doc.title()));
    }

    /**
     * The main content block read like a profile's body, after its headings, navigation, forms, dates and
     * furniture-named elements are removed from the page's tree; its date lines are dropped from the text.
     */
    static Draft body(Page page) {
        Draft d = new Draft();
        Element main = MainContent.find(page);
        if (main == null) {
            return d;
        }
        for (Element e : main.select("h1, nav, header, footer, aside, form, time")) {
            if (e != main) {
                e.remove();
            }
        }
        for (Element e : main.select("[class], [id]")) {
            page.deadline.tick();
            if (e != main && e.parent() != null && BODY_FURNITURE.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
        BodyReader.Content content = new BodyReader(page).read(main);
        for (String p : content.paragraphs()) {
            if (!isDateLine(p)) {
                d.body.add(p);
            }
        }
        d.quotes = new ArrayList<>(content.quotes());
        d.captions = new ArrayList<>(content.captions());
        d.imageUrls = new ArrayList<>(content.images());
        d.relatedIds = new ArrayList<>(content.relatedIds());
        return d;
    }

    /** Dates a reader sees without the profile: {@code time} elements and date-like classes. */
    static Draft visibleMetadata(Page page) {
        Draft d = new Draft();
        for (Element e : page.doc.select("time, [itemprop=datePublished], [class*=date], [class*=time]")) {
            page.deadline.tick();
            String value = e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content") : e.ownText();
            var parsed = VietnameseDates.parse(value);
            if (parsed.isPresent()) {
                d.published = parsed.get();
                break;
            }
        }
        return d;
    }

    /** Links under a "Tin liên quan" / "Đọc thêm" heading, for pages the profile does not describe. */
    static List<Long> relatedByHeading(Page page) {
        List<Long> ids = new ArrayList<>();
        for (Element e : page.doc.select("h2, h3, h4, h5, div, span, strong, p")) {
            page.deadline.tick();
            String own = Texts.normalize(e.ownText());
            if (own.length() > 30 || !RELATED_HEADING.matcher(own).matches()) {
                continue;
            }
            Element box = e.parent();
            if (box != null) {
                ids.addAll(page.linkedIds(box));
            }
            if (ids.size() > 24) {
                break;
            }
        }
        return ids;
    }

    private static boolean isDateLine(String p) {
        return p.length() <= 60 && VietnameseDates.parse(p).isPresent();
    }
}
