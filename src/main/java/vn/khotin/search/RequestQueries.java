package vn.khotin.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The compile stage's queries for one request: its parsed text compiled ({@link QueryCompiler}) with the request's
 * dates, drill-down filters and recency boost added.
 *
 * @param query the scored query the index runs
 * @param highlight the highlighter's query: the text clauses only, since filters and the recency boost mark
 *     nothing in the text
 * @param text the text query (words and dates, before the facet filters and the recency boost), from which the
 *     facet counts of a filtered field are taken
 * @param bodyPhrase the body phrase of the second pass, or null
 * @param plainUnits how many plain units the query has
 * @param matching the query's matching form ({@link CatchAllMatching}): the same matches, found and roughly ranked
 *     in the catch-all field; null when the query has no unit with such a form (then {@code query} does it all)
 * @param misreadPairs the word pairs the query was read as mistyped, as typed ({@link QueryCompiler.Compiled})
 * @param wholeWords whether words typed without diacritics or a place's name are required whole
 *     ({@link Strictness#WHOLE_WORDS}): the query with {@link Strictness#SYLLABLES} matches more
 * @param oneWord whether the query's text is one word of several syllables required whole ("động đất"): it falls
 *     back to its syllables apart only when no article writes it whole ({@link #fallsBack})
 * @param oneName whether the query's text is one name ("Đinh Nho Liêm"): it never falls back
 * @param allWords relaxed ({@link Strictness#MOST_WORDS}), what an article with every word has besides matching
 *     {@code query}; else null
 */
record RequestQueries(Query query, Query highlight, Query text, Query bodyPhrase, int plainUnits, Query matching,
        List<MisreadPairs.Pair> misreadPairs, boolean wholeWords, boolean oneWord, boolean oneName,
        Query allWords) {

    /** Half-life of the optional recency boost. */
    static final double RECENCY_HALF_LIFE_DAYS = 365;
    private static final double RECENCY_WEIGHT = 0.5;

    /** The request's queries (see {@link QueryCompiler#compile(ParsedQuery, IndexReader, Strictness)}). */
    static RequestQueries compile(QueryCompiler compiler, SearchRequest request, ParsedQuery parsed, IndexReader reader,
            Strictness strictness) {
        LocalDate from = later(parsed.from(), request.dateFrom());
        LocalDate to = earlier(parsed.to(), request.dateTo());
        ParsedQuery p = parsed.withDates(from, to);
        QueryCompiler.Compiled compiled = compiler.compile(p, reader, strictness);
        Query q = filtered(compiled.query(), request.filters(), null);
        if (request.recency()) {
            q = FunctionScoreQuery.boostByValue(q,
                    new RecencyBoost(System.currentTimeMillis(), RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT));
        }
        return new RequestQueries(q, compiled.highlight(), compiled.query(), compiled.bodyPhrase(),
                compiled.plainUnits(), CatchAllMatching.of(q), compiled.misreadPairs(), compiled.wholeWords(),
                compiled.oneWord(), compiled.oneName(), compiled.allWords());
    }

    /**
     * Whether the search falls back to every syllable anywhere ({@link Strictness#SYLLABLES}) when {@code whole}
     * articles have its words whole: when some word is required whole and fewer than {@code fewerThan} (a page,
     * {@link ForgivingSearch#relaxBelow}) have it so; a query of one word only when none does, a query of one name
     * never. Beside other words the articles with a word's syllables apart are often about the query ({@code ca voi
     * dat bo bien ha tinh}: whales, dolphins, oarfish washed ashore); alone, they are the chance meetings of its
     * syllables in long texts: {@code động đất} had 6 earthquakes on the 1,500-article demo and 175 articles of "lao
     * động … đất". A name's syllables scattered are other people.
     */
    boolean fallsBack(long whole, long fewerThan) {
        return wholeWords && !oneName && whole < fewerThan && (!oneWord || whole == 0);
    }

    /** The query that decides and counts the matches: the matching form when there is one. */
    Query counting() {
        return matching != null ? matching : query;
    }

    /** Relaxed, the matches that have every word ({@link #allWords}); else null. */
    Query countingAllWords() {
        return allWords == null ? null : new BooleanQuery.Builder().add(counting(), Occur.FILTER)
                .add(allWords, Occur.FILTER).build();
    }

    /**
     * The query a date order runs: relaxed, scoring 1 for an article with every word and 0 for the others, so that
     * ordering by score and then date ({@link SearchPlan#fullMatchesFirst}) lists the full matches first, as the page
     * says; else the counting query.
     */
    Query dateOrdered() {
        return allWords == null ? counting() : new BooleanQuery.Builder().add(counting(), Occur.FILTER)
                .add(new ConstantScoreQuery(allWords), Occur.SHOULD).build();
    }

    /** The text query's matching form, or the text query: counts a facet without its own filter. */
    Query textCounting() {
        Query m = CatchAllMatching.of(text);
        return m != null ? m : text;
    }

    /**
     * The query restricted to the filters' values (any value of a field, every field), leaving out the filter on
     * {@code except} (null: none).
     */
    static Query filtered(Query query, Map<String, List<String>> filters, String except) {
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
}
