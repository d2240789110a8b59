/**
 * Article extraction: from a raw {@link vn.khotin.model.Capture} to an {@link vn.khotin.model.Article}.
 *
 * <p>One entry point: {@code new ArticleExtractor(ExtractionRules.from(profile)).extract(capture)}, returning an
 * {@link vn.khotin.extract.ExtractionResult} (an article, a page that is not an article, or a failure with a
 * reason code). {@link vn.khotin.extract.ArticleExtractor#extractDetailed} adds notes (body cut at the size
 * limit, declared charset overridden) and the time taken; an {@link vn.khotin.extract.ExtractionReport} counts
 * outcomes for the crawl report.
 *
 * <p>Where each field lives is the site profile's business ({@code extract.*} keys of
 * {@code crawler-config/<site>.properties}), not the code's. When the profile's selectors find nothing, the
 * extractor falls back to JSON-LD, then OpenGraph/meta tags, then a main-content heuristic, and says so in
 * {@link vn.khotin.model.Article#method()}.
 *
 * <p>Stages, in order: {@code CaptureParser} (status, type, size limit, charset, parse), {@code DraftSources} (the
 * fields from each source, strongest first: {@code ProfileSource}, {@code StructuredData}, {@code
 * HeuristicSource}), {@code ArticleAssembly} (normalized fields, cleaned body, {@code Byline} as author, the verdict).
 * Pieces they share: {@code CharsetDetector} (bytes to text), {@code BodyReader} (a body container to paragraphs,
 * captions, images), {@code MainContent} (the heuristic's content block), {@link vn.khotin.extract.VietnameseDates}
 * (every date form of the site, as Vietnam time), {@code Texts} (NFC and whitespace normalization).
 */
package vn.khotin.extract;
