package vn.khotin.extract;

import vn.khotin.model.Article;

/**
 * What the extractor made of one capture: an article, a page that is not an article (a listing, a tag page,
 * a video or tool page), or a failure with its reason. Failures keep the capture in the archive for a later
 * re-extraction; nothing is thrown for bad HTML.
 */
public sealed interface ExtractionResult {

    /** The page is an article. */
    record Extracted(Article article) implements ExtractionResult {}

    /**
     * The page is a valid page but not an article.
     *
     * @param kind what it is: a profile page kind ("tag", "topic", "tool", "tv", "video", "listing"), or
     *     "page" (no article ID and no known kind), "no-text" (an article URL with no text), "redirect",
     *     "http-error", "non-html"
     * @param reason a human-readable detail
     */
    record NotArticle(String kind, String reason) implements ExtractionResult {}

    /**
     * Extraction failed.
     *
     * @param reason a short, stable, machine-countable code ("empty-body", "timeout", "too-complex",
     *     "no-title", "exception"), then ": " and a detail
     */
    record Failed(String reason) implements ExtractionResult {
        /** The reason's code, without the detail. */
        public String code() {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
    }
}
