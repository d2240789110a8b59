/**
 * Copying the archive to an OpenSearch cluster, for when one machine is no longer enough (see
 * {@code src/docs/scale-out.md}): {@link vn.khotin.sync.OpenSearchSync} creates the index with Khotin's mapping
 * ({@code opensearch-index.json} beside this package's classes, on the analyzers of the {@code analysis-khotin}
 * plugin), then bulk-sends the committed articles in the order a crawl adds them and keeps a checkpoint, so a
 * stopped or killed run resumes where it was and a later run sends only what crawls added since. Documents are
 * indexed by article ID with the fetch time as an external version: sending one twice never duplicates it, and an
 * older capture never replaces a newer one.
 *
 * <p>Reads the index through {@link vn.khotin.index.CommittedArticles} (no lock: a crawl may run meanwhile) and
 * speaks HTTP with the JDK's client; depends on {@code index} and {@code model} only.
 */
package vn.khotin.sync;
