package vn.khotin.web.view;

import java.util.List;

/**
 * The article page.
 *
 * @param originalHref the original URL when it is a safe http(s) link, else null (shown as text only)
 * @param captureTime when the page was captured (or imported, said so), formatted, or null when unknown
 * @param rawHref link to the raw capture (for an imported article, the record of its import), or null when not
 *     available
 * @param citation a ready citation line
 * @param editorial the newsroom's own "Tin liên quan" found in the archive
 * @param editorialMissing editorial related IDs not (yet) in the archive
 * @param computed related stories we computed, with reasons
 */
public record ArticleView(PageView page, long id, String title, String sapo, List<Paragraph> body,
        List<Caption> captions, String author, String date, String isoDate, Link category, List<Link> tags,
        List<Link> places, String originalUrl, String originalHref, String captureTime, String rawHref,
        String citation, List<RelatedView> editorial, List<Long> editorialMissing, List<RelatedView> computed,
        String apiHref) {

    /** A body paragraph; {@code quote} when the page set it as a quotation. */
    public record Paragraph(String text, boolean quote) {}

    /**
     * A figure caption.
     *
     * @param imageHref the image on the original site when it is a safe http(s) link, else null
     */
    public record Caption(String text, String credit, String imageHref) {}
}
