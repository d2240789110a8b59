/**
 * The ingest pipeline: what moves a fetched page crawl → archive → extract → index, over one opened data
 * directory ({@link vn.khotin.pipeline.Workspace}).
 *
 * <ul>
 *   <li>{@link vn.khotin.pipeline.CrawlRun}: one crawl run (recover, crawl, commit, compact, report), telling a
 *       {@link vn.khotin.pipeline.CrawlListener} how it goes;</li>
 *   <li>{@code Ingest}: the crawler's sink, in the durability order (WARC, crawl store, extract, index);</li>
 *   <li>{@link vn.khotin.pipeline.Reindexer}: the index rebuilt from WARC alone;</li>
 *   <li>{@link vn.khotin.pipeline.CrawlController}: one background job at a time for a long-lived server, and
 *       its status;</li>
 *   <li>{@link vn.khotin.pipeline.SiteProfile}: a {@code crawler-config/*.properties} file, parsed once.</li>
 * </ul>
 *
 * Failures the user can act on are {@link vn.khotin.pipeline.PipelineException}s with a Vietnamese message; the
 * command line turns them into its exit codes. Nothing here prints: the console is a listener the CLI provides.
 */
package vn.khotin.pipeline;
