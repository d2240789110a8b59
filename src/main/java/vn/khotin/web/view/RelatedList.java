package vn.khotin.web.view;

import java.util.List;

/**
 * The "Tin liên quan" suggestions of an article or draft.
 *
 * @param items the suggestions, best first
 * @param copiesExcluded candidates left out as copies of the article or of a suggestion
 * @param fallback true when the draft was too short to compare and the items are search results for its text
 * @param emptyMessage what to say when there are no (more) suggestions
 * @param accentsRestored true when the draft was typed without diacritics and compared with them restored
 */
public record RelatedList(List<RelatedView> items, int copiesExcluded, boolean fallback, String emptyMessage,
        boolean accentsRestored) {

    public RelatedList {
        items = List.copyOf(items);
    }
}
