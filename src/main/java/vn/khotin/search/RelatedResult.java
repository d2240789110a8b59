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
 * @param emptyReason why there are no suggestions when the source had nothing to search for (only function words,
 *     no letters); null otherwise, and then {@link #NOTHING_MORE} is said when there are none
 * @param accentsRestored true when the draft was typed without diacritics and compared with them restored
 */
public record RelatedResult(List<RelatedStory> stories, int copiesExcluded, boolean fallback, String emptyReason,
        boolean accentsRestored) {

    public RelatedResult {
        stories = List.copyOf(stories);
    }

    public RelatedResult(List<RelatedStory> stories, int copiesExcluded, boolean fallback) {
        this(stories, copiesExcluded, fallback, null, false);
    }

    public RelatedResult(List<RelatedStory> stories, int copiesExcluded, boolean fallback, String emptyReason) {
        this(stories, copiesExcluded, fallback, emptyReason, false);
    }

    /** The same result, marked as found for a draft whose diacritics were restored. */
    RelatedResult withAccentsRestored() {
        return new RelatedResult(stories, copiesExcluded, fallback, emptyReason, true);
    }

    /** Said of a draft typed without diacritics, compared with them restored. */
    public static final String ACCENTS_RESTORED = "Bản thảo gõ không dấu: Khotin đã thêm dấu trước khi so sánh với "
            + "các bài trong kho, nên gợi ý có thể kém chính xác hơn với bản có dấu.";

    /** Said of a draft whose every word is a function word: nothing in it can be searched for. */
    public static final String ONLY_FUNCTION_WORDS =
            "Bản thảo chỉ có từ chức năng (và, của, là…), không đủ để tìm tin liên quan.";

    /** Said of a draft without a word to search for: digits, signs or punctuation only. */
    public static final String NO_WORDS =
            "Bản thảo không có chữ nào để tìm (chỉ có số, ký hiệu hoặc dấu câu), không đủ để tìm tin liên quan.";

    /** The line to show when there are no suggestions: why, when known, or {@link #NOTHING_MORE}. */
    public String emptyMessage() {
        return emptyReason != null ? emptyReason : NOTHING_MORE + ".";
    }

    /** The line to show when nothing (more) is related enough. */
    public static final String NOTHING_MORE = "Không tìm thấy thêm tin đủ liên quan";
}
