/**
 * The Lucene index of articles: schema, writing, near-real-time visibility and durability.
 *
 * <h2>Schema ({@link vn.khotin.index.ArticleSchema})</h2>
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>kind</th><th>use</th></tr>
 *   <tr><td>{@code id}</td><td>term, doc values, stored</td><td>key (upsert), tie-break sort</td></tr>
 *   <tr><td>{@code url}, {@code capture}, {@code fetched}</td><td>stored (+ doc values for fetched)</td>
 *       <td>display, link to the WARC capture</td></tr>
 *   <tr><td>{@code title}, {@code sapo}, {@code body}</td><td>text: exact role, offsets; title and sapo stored (the body only in {@code _source})</td>
 *       <td>search, display, highlighting</td></tr>
 *   <tr><td>{@code *.folded}</td><td>text without diacritics (offsets on title/sapo/body)</td>
 *       <td>unaccented queries; highlighted together with the exact field</td></tr>
 *   <tr><td>{@code *.words}, {@code title.words.folded}, {@code sapo.words.folded}</td>
 *       <td>multi-syllable words and bigrams</td><td>proximity boost, related stories (MLT)</td></tr>
 *   <tr><td>{@code captions}, {@code captions.folded}</td><td>text</td><td>search (weight 0.5)</td></tr>
 *   <tr><td>{@code all}, {@code all.folded}</td><td>every text field's distinct terms once, docs and frequencies
 *       only, each occurrence counted by its field's weight ({@link vn.khotin.index.CatchAllTerms}; analysis
 *       version 4)</td><td>matching, candidate ranking and counting ({@link vn.khotin.model.Fields#CATCH_ALL})</td></tr>
 *   <tr><td>{@code category}, {@code author}, {@code tag}, {@code place}</td>
 *       <td>term + sorted-set doc values + stored; {@code .folded} text</td>
 *       <td>facets and drill-down (exact value), query-language filters (folded text)</td></tr>
 *   <tr><td>{@code year}, {@code month}</td><td>term + sorted-set doc values (Vietnam time)</td>
 *       <td>facets, timeline</td></tr>
 *   <tr><td>{@code published}</td><td>point + doc values + stored</td><td>date range, sort, recency</td></tr>
 *   <tr><td>{@code updated}</td><td>point + stored</td><td></td></tr>
 *   <tr><td>{@code name}</td><td>term, stored</td><td>people/organisations, related stories</td></tr>
 *   <tr><td>{@code simhash}, {@code simhash.band}</td><td>doc values; six band terms</td>
 *       <td>near-duplicates</td></tr>
 *   <tr><td>{@code _source}</td><td>stored JSON of the {@link vn.khotin.model.Article}</td><td>display, API</td></tr>
 * </table>
 * The analysis roles per text field are declared in one place, the registry {@link vn.khotin.model.Fields#TEXT}
 * (read through {@link vn.khotin.index.ArticleSchema#roles}), and
 * the analyzers come from {@link vn.khotin.index.TextAnalysis} (the seam to {@code vn.khotin.analysis}).
 * {@code ArticleSchema} names the fields and says which values an article gives each; how each kind of field
 * (text, facet, date) becomes Lucene fields is {@code DocumentFields}'s, and {@code DuplicateKeys} computes the title
 * hash and the SimHash bands.
 *
 * <h2>Places</h2>
 * {@link vn.khotin.index.Gazetteer} reads {@code places-ha-tinh.tsv} (format in its header): Hà Tĩnh's
 * city, towns, districts, a selection of wards/communes before and after the 1/7/2025 reorganisation, economic
 * zones and landmarks, with short forms (TX Kỳ Anh, TP Hà Tĩnh, KKT Vũng Áng) and a certainty column.
 * {@code PlaceMatcher} finds their forms in text, longest first.
 *
 * <h2>Freshness and durability ({@link vn.khotin.index.IndexOptions})</h2>
 * A crawl calls {@link vn.khotin.index.ArticleIndex#upsert} per article and nothing else: a background thread
 * reopens searchers within {@code maxStale} (1 s) of a change, and the writer commits every
 * {@code commitEveryDocs} changes or when the oldest pending change is {@code commitInterval} old (one policy, in
 * {@code IndexCommitter}), recording the last committed article's capture reference in the commit
 * ({@link vn.khotin.index.ArticleIndex#lastCommitData()}). A writer that must act once its changes are durable
 * follows {@link vn.khotin.index.ArticleIndex#commits()} rather than keeping a policy of its own. After a crash,
 * re-extract and re-index the captures after that reference from the WARC archive/crawl store (upsert is
 * idempotent), and nothing is lost. Bulk loads use {@link vn.khotin.index.IndexOptions#BULK} and commit once.
 *
 * <h2>Parts</h2>
 * {@link vn.khotin.index.ArticleIndex} is the entry point; its parts know nothing of it. {@code IndexParts} opens
 * the parts together or not at all (one that fails leaves the others closed and the write lock free);
 * {@code ArticleWriter} turns articles into changes of the one writer, counted by {@code IndexCommitter}'s commit
 * policy, which owns the commit user-data keys; {@code IndexSearchers} keeps the searchers fresh;
 * {@code ArticleLookups} reads an article by ID, the first or last by date, every ID; {@code IndexFiles} opens the
 * directory and reads its last commit and size; {@code AnalysisMark} holds the oldest analysis version of the
 * articles. {@link vn.khotin.index.CaptureInfo} and {@link vn.khotin.index.SearcherFunction} are the entry point's
 * types.
 */
package vn.khotin.index;
