package vn.khotin.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the compile stage ({@link QueryCompiler}): the optional boost for a query's words occurring together, the
 * body phrase the collect stage adds to the best candidates in a second pass, and the highlighter's form of a
 * query without the boost's phrases. Thread-safe.
 */
final class ProximityBoost {

    static final float PHRASE_BOOST = 2f;
    static final float WORDS_BOOST = 1f;
    static final int PROXIMITY_SLOP = 3;
    /** How many of the first pass's hits the body phrase reorders at a time (TopHits#inBlocks: the best ones first). */
    static final int RESCORE_WINDOW = 50;

    /** With the abbreviation synonyms. */
    private final QueryBuilder synonyms;
    /** The word fields stack overlapping units at one position; they are only ever OR-ed, never as a graph. */
    private final QueryBuilder wordsBuilder;

    ProximityBoost(TextAnalysis analysis, QueryBuilder synonyms) {
        this.synonyms = synonyms;
        this.wordsBuilder = new QueryBuilder(analysis.queryAnalyzer());
        this.wordsBuilder.setEnableGraphQueries(false);
    }

    /**
     * Optional boost for the words occurring together: a sloppy phrase over title and sapo, and the word
     * (multi-syllable unit, bigram) fields, where "thành phố Hà Tĩnh" scores as units rather than syllables.
     * {@code folded}: at least one word was typed without accents, so the folded fields are used.
     */
    Query proximity(String words, boolean folded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String base : UnitQueries.TEXT_BASES) {
            float w = UnitQueries.WEIGHTS.get(base);
            String f = folded ? Role.FOLDED.field(base) : base;
            // A sloppy phrase over the long body costs more than it adds: the body's word field covers it.
            Query p = base.equals(ArticleSchema.BODY) ? null : synonyms.createPhraseQuery(f, words, PROXIMITY_SLOP);
            if (p != null) {
                b.add(new BoostQuery(p, w * PHRASE_BOOST), Occur.SHOULD);
                n++;
            }
            Role wordsRole = folded ? Role.WORDS_FOLDED : Role.WORDS;
            if (TextAnalysis.has(base, wordsRole)) {
                Query u = wordsBuilder.createBooleanQuery(wordsRole.field(base), words, Occur.SHOULD);
                if (u != null) {
                    b.add(new BoostQuery(u, w * WORDS_BOOST), Occur.SHOULD);
                    n++;
                }
            }
        }
        return n == 0 ? null : b.build();
    }

    /**
     * The words as a sloppy phrase in the body, weighted as the proximity boost weights the title's and sapo's:
     * applied to the best candidates only ({@link #RESCORE_WINDOW}), as a second pass. Scoring it on every match
     * made a search almost half again as costly; on the top candidates it finds nearly all of the same articles.
     */
    Query bodyPhrase(String words, boolean folded) {
        String field = folded ? Role.FOLDED.field(ArticleSchema.BODY) : ArticleSchema.BODY;
        Query p = synonyms.createPhraseQuery(field, words, PROXIMITY_SLOP);
        return p == null ? null : new BoostQuery(p, UnitQueries.WEIGHTS.get(ArticleSchema.BODY) * PHRASE_BOOST);
    }

    /** The query without the proximity boost, whose syllable terms are added back as single terms. */
    static Query highlightQuery(Query q, Query proximity) {
        if (proximity == null || !(q instanceof BooleanQuery bq)) {
            return q;
        }
        BooleanQuery.Builder h = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
            if (c.query() != proximity) {
                h.add(c);
            }
        }
        Set<Term> terms = new LinkedHashSet<>();
        proximity.visit(QueryVisitor.termCollector(terms));
        for (Term t : terms) {
            if (Role.ofField(t.field()) == Role.EXACT || Role.ofField(t.field()) == Role.FOLDED) {
                h.add(new TermQuery(t), Occur.SHOULD);
            }
        }
        return h.build();
    }
}
