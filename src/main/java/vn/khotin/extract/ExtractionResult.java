package vn.khotin.extract;

/**
 * What the extractor made of one capture: an article, a page that is not an article (a listing, a tag page,
 * a video or tool page), or a failure with its reason. Failures keep the capture in the archive for a later
 * re-extraction; nothing is thrown for bad HTML.
 */
public sealed interface ExtractionResult {

    /** The page is an article. */
    record Extracted(Article article) implements ExtractionResult {}

    /** The page is a valid page but not an article; {@code kind} names what it is ("listing", "tag", …). */
    record NotArticle(String kind, String reason) implements ExtractionResult {}

    /** Extraction failed; {@code reason} is a short, stable, machine-countable code plus detail. */
    record Failed(String reason) implements ExtractionResult {}
}
