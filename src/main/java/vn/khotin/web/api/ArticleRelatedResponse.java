package vn.khotin.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/articles/{id}/related}: the newsroom's links and the stories Khotin finds.
 *
 * @param id the article's ID
 * @param editorial the newsroom's "Tin liên quan" links, in the page's order
 * @param related the stories found, best first
 * @param copiesExcluded candidates left out as copies of the article or of a suggestion
 * @param fallback true when the article was too short to compare and the stories are search results
 * @param message the line to show when there are no stories; left out otherwise
 */
public record ArticleRelatedResponse(long id, List<Editorial> editorial, List<RelatedItem> related,
        int copiesExcluded, boolean fallback, @JsonInclude(JsonInclude.Include.NON_NULL) String message)
        implements ApiBody {

    public ArticleRelatedResponse {
        editorial = List.copyOf(editorial);
        related = List.copyOf(related);
    }

    /**
     * One of the newsroom's links.
     *
     * @param title the linked article's title; left out when it is not in the archive
     * @param permalink its absolute address in this archive; left out when it is not in the archive
     * @param inArchive whether the archive holds it
     */
    public record Editorial(long id, @JsonInclude(JsonInclude.Include.NON_NULL) String title,
            @JsonInclude(JsonInclude.Include.NON_NULL) String permalink, boolean inArchive) {}
}
