/**
 * Search over the article index, as plain Java for the web layer and the CLI.
 *
 * <ul>
 *   <li>{@link vn.khotin.search.ArticleSearch} with {@link vn.khotin.search.SearchRequest} (builder: sort,
 *       drill-down filters, dates, facets, timeline, duplicate collapsing, explain, recency, suggestions) →
 *       {@link vn.khotin.search.SearchResult}: hits with highlighted snippets, {@link vn.khotin.search.Facet}s,
 *       {@link vn.khotin.search.TimelineBucket}s, a {@link vn.khotin.search.Suggestion}. A highlight is a
 *       {@link vn.khotin.search.HighlightedText} (plain text in marked and unmarked segments): this package makes
 *       no HTML; the web layer renders it.</li>
 *   <li>The query language: {@link vn.khotin.search.QueryLanguage}; its Vietnamese help text is
 *       {@link vn.khotin.search.ArticleSearch#helpText()} (resource {@code vn/khotin/search/tro-giup-tim-kiem.txt}).</li>
 *   <li>{@link vn.khotin.search.Suggestions}: autocomplete, accent restoration, Telex repair, spelling; accents
 *       by the phrase-level model of {@code QueryAccents}, trained from the index (and its phrases,
 *       {@link vn.khotin.search.AccentPhrases}) on first use.</li>
 *   <li>{@link vn.khotin.search.RelatedStories}: "Tin liên quan" for an article or a draft, with reasons.</li>
 *   <li>{@link vn.khotin.search.NearDuplicates}: SimHash copies, folded into their first hit.</li>
 *   <li>{@code eval}: {@code khotin bench search} and {@code khotin eval related}.</li>
 * </ul>
 *
 * <p>Ranking: BM25; each word scores in the best of title (4), sapo (2), body (1), captions (0.5). A query typed
 * with diacritics matches the accent-keeping fields only (a word that does not exist as typed falls back to the
 * folded field at 0.1); a query without diacritics matches the folded fields. When the words occur together, a
 * sloppy phrase on title/sapo and the word/bigram fields add to the score. Sort by relevance, newest or oldest;
 * optional recency boost (half-life one year). Explanations: {@code SearchRequest.explain} or
 * {@link vn.khotin.search.ArticleSearch#explain(String, long)}.
 *
 * <p>A search is a pipeline of stages, each a package-private class, run in this order by
 * {@code ArticleSearch.run} and timed per {@link vn.khotin.search.SearchStages.Stage}:
 * <ol>
 *   <li>compile ({@code SearchPlan}): parse ({@code QueryLanguage}, {@code QueryParser}), filter values resolved
 *       ({@code FilterValues}), the query compiled ({@code QueryCompiler} with {@code IntendedAccents},
 *       {@code UnitQueries}, {@code RequiredUnits}, {@code ProximityBoost}; {@code RequestQueries} adds dates,
 *       filters and recency);</li>
 *   <li>collect ({@code TopHits}): the top hits, the best rescored with the body phrase;</li>
 *   <li>facets and timeline ({@code FacetsAndTimeline}: {@code FacetCounter}, {@code FacetListing});</li>
 *   <li>collapse ({@code DuplicateFolding});</li>
 *   <li>load ({@code StoredArticles});</li>
 *   <li>highlight ({@code Snippets}, {@code PassageSegments});</li>
 *   <li>the hits put together ({@code HitList});</li>
 *   <li>suggest ({@code Suggestions}: {@code WordForms}, {@code SpellingCorrection}, {@code RealWordCorrection},
 *       {@code QueryAccents}).</li>
 * </ol>
 * {@code ForgivingSearch} runs the pipeline again corrected, or relaxed to most words, when a query finds (almost)
 * nothing.
 *
 * <p>Cost of a search ({@code khotin bench search} prints it per stage, {@link vn.khotin.search.SearchStages}):
 * one pass collects the top documents and the matches; facets are counted by ordinal in one pass over the matches
 * for all fields, with global ordinals kept per reader; SimHashes and IDs for duplicate folding are read into
 * arrays once per segment; each hit's stored fields are read once (the source JSON, which also feeds the
 * highlighter: the body is not stored a second time); the highlighter gets the proximity boost as plain terms,
 * not sloppy phrases. These caches live in the {@code ArticleSearch} instance and are dropped with their
 * segment or reader.
 */
package vn.khotin.search;
