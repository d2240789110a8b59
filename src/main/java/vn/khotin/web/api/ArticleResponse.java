package vn.khotin.web.api;

import java.util.List;

/**
 * {@code GET /api/v1/articles/{id}}: an archived article in full, then what the index derived from it.
 *
 * @param id the newspaper's article ID
 * @param url the original address on baohatinh.vn
 * @param permalink the article's absolute address in this archive ({@code /bai/{id}}), to cite
 * @param sapo the lead paragraph
 * @param source the source mark before the sapo ("Baohatinh.vn"), or empty
 * @param body the body paragraphs in reading order
 * @param captions the figure captions
 * @param author the byline, or empty
 * @param published publication time, ISO 8601 with seconds and the Vietnam offset, or null
 * @param updated last-modified time in the same form, or null
 * @param category the category label, or empty
 * @param breadcrumb the breadcrumb labels, top level first
 * @param tags the newsroom's tags
 * @param relatedIds IDs of the articles the newsroom linked as related
 * @param imageUrls the images' addresses, lead image first
 * @param method how the article was extracted: {@code PROFILE}, {@code JSON_LD}, {@code META} or {@code HEURISTIC}
 * @param quotes the body paragraphs the page set as quotations, in order
 * @param places gazetteer places the article mentions, most mentioned first
 */
public record ArticleResponse(long id, String url, String permalink, String title, String sapo, String source, List<String> body,
        List<Caption> captions, String author, String published, String updated, String category,
        List<String> breadcrumb, List<String> tags, List<Long> relatedIds, List<String> imageUrls, String method,
        List<String> quotes, List<String> places) implements ApiBody {

    public ArticleResponse {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
        breadcrumb = List.copyOf(breadcrumb);
        tags = List.copyOf(tags);
        relatedIds = List.copyOf(relatedIds);
        imageUrls = List.copyOf(imageUrls);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    /**
     * A figure caption.
     *
     * @param credit the photographer or source, or empty
     * @param imageUrl the image's address, or empty
     */
    public record Caption(String text, String credit, String imageUrl) {}
}
