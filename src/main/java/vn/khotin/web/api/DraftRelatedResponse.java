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
 * @param warnings notes on parts of the request that were ignored, such as a field of the draft the API does not
 *     read ({@code "titel"}) (Vietnamese); empty when everything was read
 * @param accentsRestored true when the draft was typed without diacritics and compared with them restored
 */
public record DraftRelatedResponse(List<RelatedItem> related, int copiesExcluded, boolean fallback,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message, List<String> warnings, boolean accentsRestored)
        implements ApiBody {

    public DraftRelatedResponse {
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
    }
}
