package vn.khotin.web.view;

import java.util.List;

/**
 * The editor's tool: a draft in, related archive stories out.
 *
 * @param submitted whether a draft was sent (so "nothing found" can be told apart from the empty form)
 * @param linkList the related stories as a plain list to copy, one "title – link" a line
 * @param message an error with the draft itself (too long, empty), shown instead of results
 * @param emptyMessage what to say when a draft was read and nothing is related (why, when known)
 * @param note how the draft was read, when not as typed (its diacritics restored); null otherwise
 */
public record EditorView(PageView page, String title, String text, boolean submitted, List<RelatedView> related,
        String linkList, String message, String emptyMessage, String note) {}
