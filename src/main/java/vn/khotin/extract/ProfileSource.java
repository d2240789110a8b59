package vn.khotin.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article as the site profile's selectors ({@code extract.*}) find it: the first source tried, and the one
 * that knows where the page keeps each field. Reading the body takes figures and furniture out of the page's tree.
 */
final class ProfileSource {

    private ProfileSource() {
    }

    /**
     * The draft the profile's selectors give; null when they find no title or no body (a redesign), or a body and
     * a sapo with no text.
     */
    static Draft read(Page page) {
        Element titleEl = page.first(page.doc, page.rules.title());
        Element bodyEl = page.first(page.doc, page.rules.body());
        if (titleEl == null || bodyEl == null) {
            return null;
        }
        Draft d = draft(page, titleEl, bodyEl);
        return d.body.isEmpty() && d.sapo.isEmpty() ? null : d;
    }

    private static Draft draft(Page page, Element titleEl, Element bodyEl) {
        ExtractionRules rules = page.rules;
        Draft d = new Draft();
        d.title = Page.valueOf(titleEl);
        d.sapo = page.firstValue(rules.sapo());
        d.author = String.join(" - ", page.values(rules.author()));
        d.published = date(page, rules.published());
        d.updated = date(page, rules.updated());
        d.breadcrumb = new ArrayList<>(page.values(rules.breadcrumb()));
        d.category = page.firstValue(rules.category());
        d.tags = new ArrayList<>(page.values(rules.tags()));
        Element lead = page.first(page.doc, rules.leadImage());
        if (lead != null) {
            Element img = lead.normalName().equals("img") || lead.normalName().equals("meta") ? lead
                    : lead.selectFirst("img");
            if (img != null && !page.imageUrl(img).isEmpty()) {
                d.imageUrls.add(page.imageUrl(img));
            }
        }
        BodyReader.Content content = new BodyReader(page).read(bodyEl);
        d.body = new ArrayList<>(content.paragraphs());
        d.quotes = new ArrayList<>(content.quotes());
        d.captions = new ArrayList<>(content.captions());
        d.imageUrls.addAll(content.images());
        d.relatedIds = new ArrayList<>(content.relatedIds());
        return d;
    }

    /** The first date an element of the selectors states, in its {@code datetime}, {@code content} or text. */
    private static OffsetDateTime date(Page page, List<ExtractionRules.Css> selectors) {
        for (ExtractionRules.Css css : selectors) {
            for (Element e : css.select(page.doc)) {
                page.deadline.tick();
                for (String value : List.of(e.attr("datetime"), e.attr("content"), e.text())) {
                    var parsed = VietnameseDates.parse(value);
                    if (parsed.isPresent()) {
                        return parsed.get();
                    }
                }
            }
        }
        return null;
    }
}
