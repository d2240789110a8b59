package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;
import vn.khotin.search.SearchStages.Stage;

/**
 * Searches the article index: the one entry point for a search page or API. Plain Java, usable without the
 * web layer; thread-safe. Never throws for a malformed query ({@link QueryLanguage}).
 *
 * <p>One call gives ranked (or date-sorted) hits with highlighted snippets, near-duplicate copies folded into
 * their first hit, facet counts, the timeline and a query suggestion, as the {@link SearchRequest} asks. A search
 * is a pipeline of stages, each a small class of this package, run in the order of {@link SearchStages.Stage}
 * (see {@link #run}); a query that finds (almost) nothing is run again corrected or relaxed
 * ({@link ForgivingSearch}).
 */
public final class ArticleSearch {

    /** Half-life of the optional recency boost. */
    public static final double RECENCY_HALF_LIFE_DAYS = RequestQueries.RECENCY_HALF_LIFE_DAYS;

    private final ArticleIndex index;
    private final TextAnalysis analysis;
    private final QueryCompiler compiler;
    private final Suggestions suggestions;
    private final SegmentValues segmentValues = new SegmentValues();
    private final FacetCounter facetCounter = new FacetCounter();
    /** Null: every request is searched (benchmarks, evaluations, tests). */
    private final ResultCache cache;

    /** A search without a result cache: every request runs the pipeline (what benchmarks measure). */
    public ArticleSearch(ArticleIndex index) {
        this(index, 0);
    }

    /**
     * A search that keeps its last {@code cachedResults} results ({@link ResultCache}; 0 for none), as a server
     * does: a request asked again on an unchanged index is answered without searching.
     */
    public ArticleSearch(ArticleIndex index, int cachedResults) {
        this.index = index;
        this.analysis = TextAnalysis.get();
        this.compiler = new QueryCompiler(analysis, index::hasCatchAll, index::hasSoftBreakPairs);
        this.suggestions = new Suggestions(index);
        this.cache = cachedResults > 0 ? new ResultCache(cachedResults) : null;
    }

    /** The number of results a server keeps by default. */
    public static final int DEFAULT_CACHED_RESULTS = ResultCache.DEFAULT_ENTRIES;

    /** The help text of the query language (Vietnamese). */
    public static String helpText() {
        return QueryLanguage.helpText();
    }

    /** Suggestions (autocomplete, did-you-mean) over the same index. */
    public Suggestions suggestions() {
        return suggestions;
    }

    /** The Lucene query a request runs (for explanations and tests). */
    public Query query(SearchRequest request) {
        return index.withSearcher(s -> RequestQueries.compile(compiler, request, QueryLanguage.parse(request.query()),
                s.getIndexReader(), Strictness.WHOLE_WORDS).query());
    }

    /** Runs a search. */
    public SearchResult search(SearchRequest request) {
        return search(request, null);
    }

    /**
     * Runs a search, adding the time of each stage to {@code stages} (null: not measured). When the query as typed
     * finds (almost) nothing and a correction finds more, the correction's results are given instead
     * ({@link SearchResult#correctedQuery()}); when fewer articles than a page have every word, articles with most
     * of the words follow them ({@link SearchResult#relaxed()}).
     */
    public SearchResult search(SearchRequest request, SearchStages stages) {
        long start = System.nanoTime();
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        if (stages != null) {
            stages.countSearch();
        }
        return index.withSearcher(searcher -> {
            // Only a server's unmeasured searches are cached, and only while the suggestion statistics serve this
            // archive: a result made while they are missing or stale would keep its wrong "did you mean".
            Object key = cache != null && stages == null && suggestions.currentFor(searcher.getIndexReader().numDocs())
                    ? ResultCache.keyOf(searcher.getIndexReader(), suggestions.modelsInUse(), request) : null;
            SearchResult cached = key == null ? null : cache.get(key);
            if (cached != null) {
                return cached.tookAgain((System.nanoTime() - start) / 1_000_000);
            }
            SearchResult result = FilteredReading.search(request, parsed, searcher.getIndexReader().numDocs(),
                    (r, p, strictness) -> run(r, p, searcher, strictness, stages, start),
                    (r, p, strictness) -> searcher.count(
                            SearchPlan.of(compiler, r, p, searcher.getIndexReader(), strictness).queries().counting()),
                    new ForgivingSearch.TypedWords() {
                        @Override
                        public boolean onlyChanged(String typed, String corrected) {
                            return NamesAsTyped.changesOnlyWrittenNames(searcher.getIndexReader(), typed, corrected);
                        }

                        @Override
                        public boolean hasUnwrittenWord(String typed) {
                            try {
                                return SpellingCorrection.hasUnwrittenWord(searcher.getIndexReader(), typed);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }

                        @Override
                        public boolean explainsUnwrittenPairs(String typed, String corrected) {
                            try {
                                return TypedPhrases.correctionExplainsUnwrittenPairs(searcher, analysis, typed,
                                        corrected);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
            result = withNotes(searcher, request, parsed, result);
            if (key != null) {
                cache.put(key, result);
            }
            return result;
        });
    }

    /** The result cache's hits and misses so far ({0, 0} without a cache). */
    long[] cacheCounts() {
        return cache == null ? new long[2] : new long[] {cache.hits(), cache.misses()};
    }

    /** One run of the pipeline: the stages in order, each timed. */
    private ForgivingSearch.Attempt run(SearchRequest asked, ParsedQuery parsed, IndexSearcher searcher,
            Strictness strictness, SearchStages stages, long start) throws IOException {
        StageClock clock = new StageClock(stages, System.nanoTime());
        SearchPlan plan = SearchPlan.of(compiler, asked, parsed, searcher.getIndexReader(), strictness);
        clock.end(Stage.PARSE);
        TopDocs top = TopHits.collect(searcher, plan);
        clock.end(Stage.SEARCH);
        FacetsAndTimeline.Counted counted = FacetsAndTimeline.count(facetCounter, searcher, plan, top, clock);
        DuplicateFolding.Page page = DuplicateFolding.page(segmentValues.view(searcher), top.scoreDocs, plan);
        clock.end(Stage.DEDUPE);
        StoredArticles.Loaded loaded = StoredArticles.load(searcher, page.docIds());
        clock.end(Stage.LOAD);
        HighlightedText[][] highlights = parsed.hasNoText() ? new HighlightedText[page.docIds().length][2]
                : Snippets.highlight(searcher, analysis, plan.queries().highlight(), page.docIds(), loaded.articles());
        clock.end(Stage.HIGHLIGHT);
        List<SearchHit> hits = HitList.of(searcher, plan, page, loaded, highlights);
        clock.end(Stage.LOAD);
        Suggestion suggestion = null;
        if (plan.request().suggest() && !parsed.hasNoText()) {
            suggestion = suggestions.didYouMean(searcher, plan.request().query(), counted.total(),
                    (s, text) -> countFor(s, plan.request(), text), plan.queries().misreadPairs());
        }
        clock.end(Stage.SUGGEST);
        Query allWords = plan.queries().countingAllWords();
        long strictTotal = allWords == null ? counted.total() : searcher.count(allWords);
        clock.end(Stage.SEARCH);
        return new ForgivingSearch.Attempt(new SearchResult(counted.total(), hits,
                (System.nanoTime() - start) / 1_000_000, counted.facets(), counted.timeline(), suggestion,
                plan.warnings(), null, null, false, strictTotal, counted.approximate()),
                plan.queries().plainUnits(),
                plan.queries().fallsBack(counted.total(),
                        ForgivingSearch.relaxBelow(searcher.getIndexReader().numDocs())));
    }

    /**
     * Every match of a request (its filters resolved as a search resolves them), in its order, a page at a time:
     * for exports of any size in constant memory ({@link ResultStream}). Relevance order is the result pages' order;
     * near-duplicates are not folded; from, size, facets and suggestions are ignored.
     *
     * @return the number of rows handed to the sink
     */
    public long stream(SearchRequest request, long max, ResultStream.Sink sink) {
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        return index.withSearcher(searcher -> {
            FilterValues.Resolved resolved = FilterValues.resolve(searcher.getIndexReader(), request.filters());
            SearchRequest r = request.toBuilder().filters(resolved.filters()).build();
            SearchRequest unfiltered = r.toBuilder().filters(Map.of()).dates(null, null).build();
            RequestQueries queries = ForgivingSearch.streamQueries(searcher,
                    strictness -> RequestQueries.compile(compiler, r, parsed, searcher.getIndexReader(), strictness),
                    strictness -> RequestQueries.compile(compiler, unfiltered, parsed, searcher.getIndexReader(),
                            strictness));
            Sort sort = SearchPlan.fullMatchesFirst(SearchPlan.sort(r.sort(), parsed), queries);
            // every row matches the query: whether it has every word whole is the words' filter alone
            if (sort != null) {
                return ResultStream.run(searcher, queries.dateOrdered(), sort, null, queries.allWords(), max, sink);
            }
            // relevance: the order the result pages give (TopHits), block by block
            return ResultStream.run(searcher, queries.matching() != null ? queries.matching() : queries.query(), null,
                    hits -> TopHits.pageOrder(searcher, queries, hits, hits.length), queries.allWords(), max, sink);
        });
    }

    /**
     * The result with its notes: the words no article writes when it found nothing ({@link MissingWords#noted}), and
     * the author its words name ({@link AuthorHint}).
     */
    private SearchResult withNotes(IndexSearcher searcher, SearchRequest request, ParsedQuery parsed,
            SearchResult result) throws IOException {
        QueryCounter counter = (s, text) -> countFor(s, request, text);
        SearchResult noted = result.total() == 0 && !parsed.hasNoText() && result.correctedQuery() == null
                ? MissingWords.noted(searcher, request.query(), result, w -> TelexReading.keystrokes(analysis, w), counter)
                : result;
        return AuthorHint.noted(searcher, parsed, noted, counter);
    }

    /**
     * Number of matches of a query text within the request's dates and filters: a suggestion's count is what its
     * link (which keeps them) finds, and a correction is weighed against the typed query's filtered total. As the
     * link's search reads it, forgiving even when the request is exact: where fewer articles than
     * {@link ForgivingSearch#relaxBelow} have its words whole, the articles with its syllables apart ("bo bien? (3
     * bài)" offered a link that found 7). Not the most-words articles a relaxed link adds: those lack a word, and the
     * count says how many have them all.
     */
    private long countFor(IndexSearcher searcher, SearchRequest request, String text) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SearchRequest filtered = request.toBuilder().query(text)
                .filters(FilterValues.resolve(reader, request.filters()).filters()).build();
        ParsedQuery parsed = QueryLanguage.parse(text);
        RequestQueries whole = RequestQueries.compile(compiler, filtered, parsed, reader, Strictness.WHOLE_WORDS);
        long count = searcher.count(whole.counting());
        if (!whole.fallsBack(count, ForgivingSearch.relaxBelow(reader.numDocs()))) {
            return count;
        }
        return Math.max(count, searcher.count(
                RequestQueries.compile(compiler, filtered, parsed, reader, Strictness.SYLLABLES).counting()));
    }

    /** Lucene's explanation of an article's score for a query, or empty if the article is not in the index. */
    public Optional<String> explain(String queryText, long id) {
        Query q = query(SearchRequest.of(queryText, 1));
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleSchema.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.explain(q, top.scoreDocs[0].doc).toString());
        });
    }

    /** The article with this ID, if the index has it. */
    public Optional<Article> article(long id) {
        return index.source(id).map(ArticleJson::read);
    }

    /** Stored fields an archived article is read from. */
    private static final Set<String> ARCHIVED_FIELDS = Set.of(ArticleSchema.SOURCE, ArticleSchema.PLACE);

    /**
     * The article with this ID and what the index derived from it (its places), if the index has it. One lookup
     * reads both from the same document, so they always belong to the same version of the article.
     */
    public Optional<ArchivedArticle> archived(long id) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleSchema.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc, ARCHIVED_FIELDS);
            if (d.getBinaryValue(ArticleSchema.SOURCE) == null) {
                return Optional.empty();
            }
            return Optional.of(new ArchivedArticle(StoredArticles.source(d),
                    Arrays.asList(d.getValues(ArticleSchema.PLACE))));
        });
    }

    /** Number of articles in the archive. */
    public int count() {
        return index.count();
    }
}
