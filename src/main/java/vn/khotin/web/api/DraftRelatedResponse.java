package vn.khotin.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code POST /api/v1/related}: archived stories related to a draft.
 *
 * @param related the stories found, best first
 * @param copiesExcluded candidates left out as copies of a suggestion
 * @param fallback true when the draft was too short to compare and the stories are search results for its text
 * @param message the line to show when there are no stories; left out otherwise
 */
public record DraftRelatedResponse(List<RelatedItem> related, int copiesExcluded, boolean fallback,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message) implements ApiBody {

    public DraftRelatedResponse {
        related = List.copyOf(related);
    }
}
