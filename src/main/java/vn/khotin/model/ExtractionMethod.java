package vn.khotin.model;

/**
 * Which source of truth produced an {@link Article}. The crawl report counts these, so that a site redesign
 * that breaks the profile's selectors shows up as a jump in fallbacks instead of silently degrading.
 */
public enum ExtractionMethod {
    /** The site profile's CSS selectors found the article. */
    PROFILE,
    /** The page's JSON-LD {@code NewsArticle} block. */
    JSON_LD,
    /** OpenGraph and other meta tags. */
    META,
    /** A generic main-content heuristic. */
    HEURISTIC,
    /** Not extracted from a page: loaded from a JSON Lines file by {@code khotin import}. */
    IMPORT
}
