package vn.khotin.search;

import java.util.List;

/**
 * The related stories of an article or draft.
 *
 * @param stories the suggestions above the relatedness cut-off, best first, at most as many as asked
 * @param copiesExcluded candidates left out as copies of the source or of a suggestion (same title, or
 *     near-identical text)
 * @param fallback true when the source had too few words to compare (a title, one word): the suggestions are the
 *     search results for its text
 */
public record RelatedResult(List<RelatedStory> stories, int copiesExcluded, boolean fallback) {

    public RelatedResult {
        stories = List.copyOf(stories);
    }

    /** The line to show when nothing (more) is related enough. */
    public static final String NOTHING_MORE = "Không tìm thấy thêm tin đủ liên quan";
}
