/**
 * The records the pipeline's stages hand each other, with no dependency on any other package of the project:
 * {@link vn.khotin.model.Capture} and {@link vn.khotin.model.Exchange} (crawl → archive, extract),
 * {@link vn.khotin.model.CaptureRef} (where the archive keeps a capture), {@link vn.khotin.model.Article} and
 * {@link vn.khotin.model.ExtractionMethod} (extract → index, search, web), and
 * {@link vn.khotin.model.CrawlStatus} (the pipeline's crawl controller → the web status page); and
 * {@link vn.khotin.model.VietnamTime}, the one time zone every stage dates and shows times in.
 *
 * <p>Immutable; a helper that needs another package lives in the stage that uses it.
 */
package vn.khotin.model;
