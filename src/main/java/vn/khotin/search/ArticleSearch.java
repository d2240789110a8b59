package vn.khotin.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;

/**
 * Searches the article index: the one entry point for a search page or API. Plain Java, usable without the
 * web layer; thread-safe. Never throws for a malformed query ({@link QueryLanguage}).
 *
 * <p>One call gives ranked (or date-sorted) hits with highlighted snippets, near-duplicate copies folded into
 * their first hit, facet counts, the timeline and a query suggestion, as the {@link SearchRequest} asks.
 */
public final class ArticleSearch {

    /** Half-life of the optional recency boost. */
    public static final double RECENCY_HALF_LIFE_DAYS = 365;
    private static final double RECENCY_WEIGHT = 0.5;

    private final ArticleIndex index;
    private final TextAnalysis analysis;
    private final QueryCompiler compiler;
    private final Suggestions suggestions;
    private final SegmentValues segmentValues = new SegmentValues();
    private final FacetCounter facetCounter = new FacetCounter();

    public ArticleSearch(ArticleIndex index) {
        this.index = index;
        this.analysis = TextAnalysis.get();
        this.compiler = new QueryCompiler(analysis);
        this.suggestions = new Suggestions(index);
    }

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
        return index.withSearcher(s -> build(request, QueryLanguage.parse(request.query()), s.getIndexReader()));
    }

    private Query build(SearchRequest request, ParsedQuery parsed, IndexReader reader) {
        return compile(request, parsed, reader, false).query();
    }

    /**
     * What a request runs: the scored query, the highlighter's query, the text query (words and dates, before the
     * facet filters and the recency boost) from which the facet counts of a filtered field are taken, the body
     * phrase of the second pass, and how many plain units the query has.
     */
    private record Prepared(Query query, Query highlight, Query text, Query bodyPhrase, int plainUnits) {}

    /** The request's queries (see {@link QueryCompiler#compile(ParsedQuery, IndexReader, boolean)}). */
    private Prepared compile(SearchRequest request, ParsedQuery parsed, IndexReader reader, boolean relaxed) {
        LocalDate from = later(parsed.from(), request.dateFrom());
        LocalDate to = earlier(parsed.to(), request.dateTo());
        ParsedQuery p = new ParsedQuery(parsed.groups(), parsed.excluded(), from, to, parsed.warnings());
        QueryCompiler.Compiled compiled = compiler.compile(p, reader, relaxed);
        Query q = filtered(compiled.query(), request.filters(), null);
        if (request.recency()) {
            q = FunctionScoreQuery.boostByValue(q,
                    new RecencyBoost(System.currentTimeMillis(), RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT));
        }
        // Filters and the recency boost mark nothing in the text: the highlighter needs the text clauses only.
        return new Prepared(q, compiled.highlight(), compiled.query(), compiled.bodyPhrase(), compiled.plainUnits());
    }

    /**
     * The query restricted to the filters' values (any value of a field, every field), leaving out the filter on
     * {@code except} (null: none).
     */
    private static Query filtered(Query query, Map<String, List<String>> filters, String except) {
        if (filters.isEmpty() || (except != null && filters.size() == 1 && filters.containsKey(except))) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        for (Map.Entry<String, List<String>> e : filters.entrySet()) {
            if (e.getKey().equals(except)) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : e.getValue()) {
                any.add(new TermQuery(new Term(e.getKey(), v)), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
        }
        return b.build();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** Runs a search. */
    public SearchResult search(SearchRequest request) {
        return search(request, null);
    }

    /** A query whose words all occur in fewer articles than this is relaxed to most of its words. */
    static final int RELAX_BELOW = 10;

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
            Attempt typed = run(request, parsed, searcher, false, stages, start);
            SearchResult result = typed.result();
            if (parsed.hasNoText()) {
                return result;
            }
            if (request.lenient() && correctionWins(result)) {
                String corrected = result.suggestion().query();
                SearchRequest instead = request.toBuilder().query(corrected).suggest(false).build();
                ParsedQuery correctedParsed = QueryLanguage.parse(corrected);
                Attempt c = run(instead, correctedParsed, searcher, false, stages, start);
                c = relaxIfFew(instead, correctedParsed, searcher, c, stages, start);
                return c.result().corrected(corrected, request.query());
            }
            return relaxIfFew(request, parsed, searcher, typed, stages, start).result();
        });
    }

    /**
     * Whether a result is better replaced by its suggestion's: the typed query finds nothing and the correction
     * finds something, or it finds almost nothing ({@link #CORRECT_AT_MOST}) and the correction ten times as much.
     * Restored accents never replace results: an unaccented query already finds the accented text.
     */
    private static boolean correctionWins(SearchResult typed) {
        Suggestion s = typed.suggestion();
        if (s == null || s.kind() == Suggestion.Kind.ACCENTS) {
            return false;
        }
        return typed.total() == 0 ? s.hits() > 0
                : typed.total() < RELAX_BELOW && s.hits() >= 10 * typed.total();
    }

    /** The search again with most words instead of all, when fewer articles than a page have every word. */
    private Attempt relaxIfFew(SearchRequest request, ParsedQuery parsed, IndexSearcher searcher, Attempt strict,
            SearchStages stages, long start) throws IOException {
        if (!request.lenient() || strict.result().total() >= RELAX_BELOW
                || strict.plainUnits() < QueryCompiler.MIN_RELAXED_UNITS) {
            return strict;
        }
        Attempt relaxed = run(request.toBuilder().suggest(false).build(), parsed, searcher, true, stages, start);
        if (relaxed.result().total() <= strict.result().total()) {
            return strict;
        }
        SearchResult r = relaxed.result();
        r = new SearchResult(r.total(), r.hits(), r.tookMillis(), r.facets(), r.timeline(), strict.result().suggestion(),
                r.warnings());
        return new Attempt(r.relaxedFrom(strict.result().total()), relaxed.plainUnits());
    }

    /** One run of a search and how many plain units its query had. */
    private record Attempt(SearchResult result, int plainUnits) {}

    private Attempt run(SearchRequest asked, ParsedQuery parsed, IndexSearcher searcher, boolean relaxedMode,
            SearchStages stages, long start) throws IOException {
            Lap lap = new Lap(stages, System.nanoTime());
            // Filter values as typed ("xa hoi", "Kỳ Anh") become the values the archive stores.
            FilterValues.Resolved resolved = FilterValues.resolve(searcher.getIndexReader(), asked.filters());
            SearchRequest request = resolved.filters().equals(asked.filters()) ? asked
                    : asked.toBuilder().filters(resolved.filters()).build();
            List<String> warnings = new ArrayList<>(parsed.warnings());
            warnings.addAll(resolved.warnings());
            Prepared compiled = compile(request, parsed, searcher.getIndexReader(), relaxedMode);
            Query query = compiled.query();
            SearchRequest.Sort sortOrder = request.sort() == SearchRequest.Sort.RELEVANCE && parsed.hasNoText()
                    ? SearchRequest.Sort.NEWEST : request.sort();
            Sort sort = switch (sortOrder) {
                case RELEVANCE -> null;
                case NEWEST -> byDate(true);
                case OLDEST -> byDate(false);
            };
            int window = request.from() + request.size();
            int fetch = request.collapseDuplicates() ? Math.min(SearchRequest.MAX_WINDOW + SearchRequest.MAX_SIZE,
                    window * 2 + 10) : window;
            Set<String> facetFields = new java.util.LinkedHashSet<>(request.facets());
            if (request.timeline() == SearchRequest.Timeline.MONTH) {
                facetFields.add(ArticleSchema.MONTH);
            } else if (request.timeline() == SearchRequest.Timeline.YEAR) {
                facetFields.add(ArticleSchema.YEAR);
            }
            lap.end(SearchStages.Stage.PARSE);
            // Two passes: the top hits with scores, where Lucene skips documents that cannot make the top
            // (block-max scoring), then the count and facets without scores, where it skips the optional
            // proximity clauses. One pass doing both had to score every match in full.
            boolean rescore = sort == null && compiled.bodyPhrase() != null;
            int candidates = rescore ? Math.max(fetch, QueryCompiler.RESCORE_WINDOW) : fetch;
            TopDocs top = sort == null
                    ? searcher.search(query, new TopScoreDocCollectorManager(candidates, null, candidates))
                    : searcher.search(query, new TopFieldCollectorManager(sort, fetch, null, fetch));
            if (rescore) {
                top = rescoreWithBodyPhrase(searcher, top, compiled.bodyPhrase(), fetch);
            }
            lap.end(SearchStages.Stage.SEARCH);
            long total;
            List<Facet> facets = new ArrayList<>();
            List<TimelineBucket> timeline = List.of();
            if (!facetFields.isEmpty()) {
                FacetCounter.Tally tally = searcher.search(query,
                        facetCounter.counting(searcher.getIndexReader(), facetFields));
                total = tally.total();
                Map<String, FacetCounter.Counts> counts = tally.counts();
                // A field with a selection is counted without its own filter (the other filters still apply),
                // so its other values keep their counts and can be added to the selection.
                Map<String, FacetCounter.Counts> shown = new java.util.HashMap<>(counts);
                for (String f : request.facets()) {
                    if (request.filters().containsKey(f)) {
                        Query sideways = filtered(compiled.text(), request.filters(), f);
                        shown.put(f, searcher.search(sideways,
                                facetCounter.counting(searcher.getIndexReader(), Set.of(f))).counts().get(f));
                    }
                }
                lap.end(SearchStages.Stage.FACETS);
                for (String f : ArticleSchema.FACET_FIELDS) {
                    if (request.facets().contains(f)) {
                        facets.add(FacetCounter.facet(f, shown.get(f), request.facetSize(),
                                request.filters().getOrDefault(f, List.of())));
                    }
                }
                if (request.timeline() != SearchRequest.Timeline.NONE) {
                    boolean byYear = request.timeline() == SearchRequest.Timeline.YEAR;
                    timeline = FacetCounter.timeline(counts.get(byYear ? ArticleSchema.YEAR : ArticleSchema.MONTH),
                            byYear);
                }
                lap.end(SearchStages.Stage.TIMELINE);
            } else {
                total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                        : searcher.count(query);
                lap.end(SearchStages.Stage.FACETS);
            }
            SegmentValues.View values = segmentValues.view(searcher);
            List<Group> groups = request.collapseDuplicates() ? collapse(values, top.scoreDocs)
                    : Arrays.stream(top.scoreDocs).map(sd -> new Group(sd, new ArrayList<>())).toList();
            int end = Math.min(groups.size(), window);
            List<Group> page = request.from() >= end ? List.of() : groups.subList(request.from(), end);
            int[] docIds = page.stream().mapToInt(g -> g.first.doc).toArray();
            List<List<Long>> duplicates = new ArrayList<>();
            for (Group g : page) {
                duplicates.add(duplicateIds(values, g));
            }
            lap.end(SearchStages.Stage.DEDUPE);
            StoredFields storedFields = searcher.storedFields();
            Article[] articles = new Article[docIds.length];
            String[][] places = new String[docIds.length][];
            for (int i = 0; i < docIds.length; i++) {
                Document d = storedFields.document(docIds[i], HIT_FIELDS);
                articles[i] = source(d);
                places[i] = d.getValues(ArticleSchema.PLACE);
            }
            lap.end(SearchStages.Stage.LOAD);
            HighlightedText[][] snippets = parsed.hasNoText() ? new HighlightedText[docIds.length][2]
                    : Snippets.highlight(searcher, analysis, compiled.highlight(), docIds, articles);
            lap.end(SearchStages.Stage.HIGHLIGHT);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                Group g = page.get(i);
                hits.add(hit(searcher, g, articles[i], places[i], duplicates.get(i), snippets[i],
                        sort == null ? g.first.score : 0f, request.explain() ? query : null,
                        rescore ? compiled.bodyPhrase() : null));
            }
            lap.end(SearchStages.Stage.LOAD);
            Suggestion suggestion = null;
            if (request.suggest() && !parsed.hasNoText()) {
                suggestion = suggestions.didYouMean(searcher, request.query(), total, this::countFor);
            }
            lap.end(SearchStages.Stage.SUGGEST);
            return new Attempt(new SearchResult(total, hits, (System.nanoTime() - start) / 1_000_000, facets, timeline,
                    suggestion, warnings), compiled.plainUnits());
    }

    /** Adds the time since the previous lap to a stage. */
    private static final class Lap {
        private final SearchStages stages;
        private long last;

        Lap(SearchStages stages, long start) {
            this.stages = stages;
            this.last = start;
        }

        void end(SearchStages.Stage stage) {
            if (stages != null) {
                long now = System.nanoTime();
                stages.add(stage, now - last);
                last = now;
            }
        }
    }

    /**
     * Every match of a request (its filters resolved as a search resolves them), in its order, a page at a time:
     * for exports of any size in constant memory ({@link ResultStream}). Relevance order is the first pass's;
     * near-duplicates are not folded; from, size, facets and suggestions are ignored.
     *
     * @return the number of rows handed to the sink
     */
    public long stream(SearchRequest request, long max, ResultStream.Sink sink) {
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        return index.withSearcher(searcher -> {
            FilterValues.Resolved resolved = FilterValues.resolve(searcher.getIndexReader(), request.filters());
            SearchRequest r = request.toBuilder().filters(resolved.filters()).build();
            Query query = compile(r, parsed, searcher.getIndexReader(), false).query();
            Sort sort = switch (r.sort() == SearchRequest.Sort.RELEVANCE && parsed.hasNoText()
                    ? SearchRequest.Sort.NEWEST : r.sort()) {
                case RELEVANCE -> null;
                case NEWEST -> byDate(true);
                case OLDEST -> byDate(false);
            };
            return ResultStream.run(searcher, query, sort, max, sink);
        });
    }

    /** Number of matches of a query text (used to qualify suggestions). */
    private long countFor(IndexSearcher searcher, String text) throws IOException {
        return searcher.count(compiler.compile(QueryLanguage.parse(text), searcher.getIndexReader()));
    }

    private static Sort byDate(boolean newest) {
        SortField f = new SortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, newest);
        f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(f, new SortField(ArticleSchema.ID, SortField.Type.LONG, newest));
    }

    /** A hit and the near-duplicate copies folded into it. */
    private record Group(ScoreDoc first, List<Integer> copies) {}

    /**
     * Folds into an earlier hit the hits that copy it: a SimHash within the duplicate distance, or the same title
     * and a SimHash within {@link #SAME_TITLE_MAX_DISTANCE} (a republished copy with an edited paragraph).
     */
    private static List<Group> collapse(SegmentValues.View values, ScoreDoc[] docs) throws IOException {
        List<Group> groups = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Long> titles = new ArrayList<>();
        for (ScoreDoc sd : docs) {
            Long h = values.simhash(sd.doc);
            long title = values.titleHash(sd.doc);
            boolean folded = false;
            if (h != null) {
                for (int k = 0; k < groups.size(); k++) {
                    Long other = hashes.get(k);
                    if (other != null && (NearDuplicates.same(h, other) || (title != 0 && title == titles.get(k)
                            && vn.khotin.index.ArticleFeatures.distance(h, other) <= SAME_TITLE_MAX_DISTANCE))) {
                        groups.get(k).copies().add(sd.doc);
                        folded = true;
                        break;
                    }
                }
            }
            if (!folded) {
                groups.add(new Group(sd, new ArrayList<>()));
                hashes.add(h);
                titles.add(title);
            }
        }
        return groups;
    }

    /** Two articles with the same title are copies when their SimHashes differ in at most this many bits. */
    static final int SAME_TITLE_MAX_DISTANCE = 16;

    /** The IDs of a hit's near-duplicate copies: those folded into it and any others in the archive. */
    private static List<Long> duplicateIds(SegmentValues.View values, Group g) throws IOException {
        List<Long> dupIds = new ArrayList<>();
        java.util.TreeSet<Integer> copies = new java.util.TreeSet<>(g.copies());
        Long h = values.simhash(g.first.doc);
        if (h != null) {
            copies.addAll(values.copies(h, g.first.doc));
        }
        for (int doc : copies) {
            dupIds.add(values.id(doc));
        }
        return dupIds;
    }

    /** Stored fields a hit shows besides what the source JSON has. */
    private static final Set<String> HIT_FIELDS = Set.of(ArticleSchema.SOURCE, ArticleSchema.PLACE);

    private SearchHit hit(IndexSearcher searcher, Group g, Article a, String[] places, List<Long> dupIds,
            HighlightedText[] snippets, float score, Query explainQuery, Query bodyPhrase) throws IOException {
        HighlightedText snippet = snippets[1] != null ? snippets[1]
                : HighlightedText.plain(a.sapo().isEmpty() ? abbreviate(a.bodyText()) : a.sapo());
        HighlightedText title = snippets[0] != null ? snippets[0] : HighlightedText.plain(a.title());
        String explanation = null;
        if (explainQuery != null) {
            Explanation first = searcher.explain(explainQuery, g.first.doc);
            explanation = (bodyPhrase == null ? first
                    : explainWithBodyPhrase(searcher, first, bodyPhrase, g.first.doc)).toString();
        }
        int count = dupIds.size();
        return new SearchHit(a.id(), a.url(), a.title(), a.sapo(), a.published(), a.category(), snippet, title,
                a.author(), a.tags(), Arrays.asList(places), score, count,
                dupIds.size() > 20 ? dupIds.subList(0, 20) : dupIds, explanation);
    }

    /**
     * The second pass: adds the body phrase's score to each candidate where the phrase occurs (positions
     * checked), re-sorts and keeps the best {@code n}. Written out rather than with Lucene's QueryRescorer, which
     * took a phrase's approximation (all words present anywhere) for a match.
     */
    private static TopDocs rescoreWithBodyPhrase(IndexSearcher searcher, TopDocs top, Query bodyPhrase, int n)
            throws IOException {
        ScoreDoc[] byDoc = top.scoreDocs.clone();
        Arrays.sort(byDoc, java.util.Comparator.comparingInt(sd -> sd.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(bodyPhrase), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        TwoPhaseIterator twoPhase = null;
        DocIdSetIterator approximation = null;
        for (int i = 0; i < byDoc.length; i++) {
            ScoreDoc sd = byDoc[i];
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                scorer = weight.scorer(leaf);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
            }
            float score = sd.score;
            int local = sd.doc - leaf.docBase;
            if (approximation != null && approximation.docID() < local && approximation.advance(local) == local
                    && (twoPhase == null || twoPhase.matches())) {
                score += scorer.score();
            }
            rescored[i] = new ScoreDoc(sd.doc, score);
        }
        Arrays.sort(rescored, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                : Integer.compare(a.doc, b.doc));
        return new TopDocs(top.totalHits, Arrays.copyOf(rescored, Math.min(n, rescored.length)));
    }

    /** The first pass's explanation plus the body phrase's, as {@link #rescoreWithBodyPhrase} adds them. */
    private static Explanation explainWithBodyPhrase(IndexSearcher searcher, Explanation first, Query bodyPhrase,
            int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Explanation second = searcher.createWeight(searcher.rewrite(bodyPhrase), ScoreMode.COMPLETE, 1f)
                .explain(leaf, doc - leaf.docBase);
        if (!second.isMatch()) {
            return first;
        }
        return Explanation.match(first.getValue().floatValue() + second.getValue().floatValue(),
                "sum of the first pass and the body phrase (second pass, best candidates only):", first, second);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    static long idOf(IndexSearcher searcher, int doc) throws IOException {
        return Long.parseLong(searcher.storedFields().document(doc, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID));
    }

    static Article article(IndexSearcher searcher, int doc) throws IOException {
        return source(searcher.storedFields().document(doc, Set.of(ArticleSchema.SOURCE)));
    }

    private static Article source(Document stored) {
        BytesRef source = stored.getBinaryValue(ArticleSchema.SOURCE);
        return ArticleJson.read(source.bytes, source.offset, source.length);
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
            return Optional.of(new ArchivedArticle(source(d), Arrays.asList(d.getValues(ArticleSchema.PLACE))));
        });
    }

    /** Number of articles in the archive. */
    public int count() {
        return index.count();
    }
}
