package vn.khotin.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A news article as extracted from one captured page: the text a reader sees and the metadata a researcher
 * filters on, without any of the page's furniture (menus, ads, comment forms, related lists).
 *
 * <p>The {@code id} is the site's own numeric article ID (the number in {@code -post<ID>.html} or
 * {@code /<ID>.htm}), so it stays the same across URL schemes and re-crawls.
 *
 * @param id the site's article ID
 * @param url the canonical URL of the article
 * @param title the headline
 * @param sapo the lead paragraph, with the source mark such as "(Baohatinh.vn) - " removed
 * @param source the source mark found before the sapo ("Baohatinh.vn"), or empty
 * @param body the body paragraphs in reading order, without captions and without the byline
 * @param captions the figure captions, kept apart from the body
 * @param author the author(s) as written in the byline ("Lê Tuấn - Thành Chung"), or empty
 * @param published the publication time, with the site's offset (+07:00); null when unknown
 * @param updated the last-modified time when the page states one; null otherwise
 * @param category the article's category label ("Xã hội"), or empty
 * @param breadcrumb the breadcrumb labels from the top level down
 * @param tags the tags (keywords) the newsroom gave the article
 * @param relatedIds the IDs of the articles the editors linked as related ("Tin liên quan")
 * @param imageUrls the real URLs of the lead image and the figure images, lead image first
 * @param method how the record was produced (profile selectors, or one of the fallbacks)
 */
public record Article(
        long id,
        String url,
        String title,
        String sapo,
        String source,
        List<String> body,
        List<Caption> captions,
        String author,
        OffsetDateTime published,
        OffsetDateTime updated,
        String category,
        List<String> breadcrumb,
        List<String> tags,
        List<Long> relatedIds,
        List<String> imageUrls,
        ExtractionMethod method) {

    public Article {
        Objects.requireNonNull(url, "url");
        title = nullToEmpty(title);
        sapo = nullToEmpty(sapo);
        source = nullToEmpty(source);
        author = nullToEmpty(author);
        category = nullToEmpty(category);
        body = body == null ? List.of() : List.copyOf(body);
        captions = captions == null ? List.of() : List.copyOf(captions);
        breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
        tags = tags == null ? List.of() : List.copyOf(tags);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        method = method == null ? ExtractionMethod.PROFILE : method;
    }

    /** The body as one text, paragraphs separated by blank lines. */
    public String bodyText() {
        return String.join("\n\n", body);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * A figure caption.
     *
     * @param text the caption text without the photo credit
     * @param credit the photographer or source from "Ảnh: …", or empty
     * @param imageUrl the real URL of the image the caption belongs to, or empty
     */
    public record Caption(String text, String credit, String imageUrl) {
        public Caption {
            text = text == null ? "" : text;
            credit = credit == null ? "" : credit;
            imageUrl = imageUrl == null ? "" : imageUrl;
        }
    }
}
