package vn.khotin.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Turns a {@link ParsedQuery} into a Lucene query: BM25 over the text fields with title and sapo weighted above
 * body, each word matched in the best of its fields (dis-max), the exact-diacritic preference (an accented word
 * scores on the accent-keeping field, with the folded field only as a weak fallback; an unaccented word uses the
 * folded field), and a proximity boost when the words occur together (a sloppy phrase and the word/bigram
 * fields). Thread-safe.
 */
final class QueryCompiler {

    /** Field weights: title and sapo above body. */
    static final Map<String, Float> WEIGHTS = weights();
    /** Weight of the folded field for an accented word: finds wrong accents, always below exact matches. */
    static final float FOLDED_FALLBACK = 0.1f;
    static final float TIE_BREAKER = 0.2f;
    static final float PHRASE_BOOST = 2f;
    static final float WORDS_BOOST = 1f;
    static final int PROXIMITY_SLOP = 3;

    private static Map<String, Float> weights() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(ArticleSchema.TITLE, 4f);
        m.put(ArticleSchema.SAPO, 2f);
        m.put(ArticleSchema.BODY, 1f);
        m.put(ArticleSchema.CAPTIONS, 0.5f);
        return m;
    }

    private final TextAnalysis analysis;
    private final QueryBuilder builder;
    /** The word fields stack overlapping units at one position; they are only ever OR-ed, never as a graph. */
    private final QueryBuilder wordsBuilder;

    QueryCompiler(TextAnalysis analysis) {
        this.analysis = analysis;
        this.builder = new QueryBuilder(analysis.queryAnalyzer());
        // An abbreviation stands for its whole expansion: "CSGT" matches "cảnh sát giao thông" as a phrase, not
        // the four words anywhere in an article (which found four times as many articles, most of them wrong).
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.wordsBuilder = new QueryBuilder(analysis.queryAnalyzer());
        this.wordsBuilder.setEnableGraphQueries(false);
    }

    /**
     * The scored query; never null (MatchAll for a query without text, MatchNone if nothing is searchable).
     *
     * @param reader the index, to tell whether an accented word exists as typed (if not, its folded form is
     *     searched instead, so a wrong accent still finds something); null to always add the weak fallback
     */
    Query compile(ParsedQuery parsed, IndexReader reader) {
        return compileWithHighlight(parsed, reader).query();
    }

    /**
     * A compiled query and the query the highlighter gets: the same with the optional proximity boost's sloppy
     * phrases replaced by their terms. As phrases they made the highlighter check phrase positions in every hit,
     * the costliest part of highlighting, while their words are required clauses of their own and marked anyway
     * (quoted phrases keep their strict check).
     */
    record Compiled(Query query, Query highlight, Query bodyPhrase) {}

    /** {@link #compile(ParsedQuery, IndexReader)}, with the highlighter's query. */
    Compiled compileWithHighlight(ParsedQuery parsed, IndexReader reader) {
        this.reader.set(reader);
        try {
            Query[] proximity = new Query[1];
            Query q = compile(parsed, proximity);
            Query bodyPhrase = proximity[0] == null ? null : bodyPhrase(parsed.plainWords());
            if (proximity[0] == null || !(q instanceof BooleanQuery bq)) {
                return new Compiled(q, q, bodyPhrase);
            }
            BooleanQuery.Builder h = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                if (c.query() != proximity[0]) {
                    h.add(c);
                }
            }
            // The boost's own terms (an abbreviation as typed, "TP", when only its expansion is required) are
            // still marked, as single terms.
            java.util.Set<Term> terms = new java.util.LinkedHashSet<>();
            proximity[0].visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
            for (Term t : terms) {
                if (Role.ofField(t.field()) == Role.EXACT || Role.ofField(t.field()) == Role.FOLDED) {
                    h.add(new org.apache.lucene.search.TermQuery(t), Occur.SHOULD);
                }
            }
            return new Compiled(q, h.build(), bodyPhrase);
        } finally {
            this.reader.remove();
        }
    }

    private final ThreadLocal<IndexReader> reader = new ThreadLocal<>();

    private Query compile(ParsedQuery parsed, Query[] proximityOut) {
        accented.set(queryIsAccented(parsed));
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int required = 0;
        for (List<Clause> group : parsed.groups()) {
            Query q;
            if (group.size() == 1) {
                q = clause(group.get(0));
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                int n = 0;
                for (Clause c : group) {
                    Query x = clause(c);
                    if (x != null) {
                        or.add(x, Occur.SHOULD);
                        n++;
                    }
                }
                q = n == 0 ? null : or.build();
            }
            if (q != null) {
                boolean filterOnly = group.stream().allMatch(c -> isFilter(c.target()));
                top.add(q, filterOnly ? Occur.FILTER : Occur.MUST);
                required++;
            }
        }
        int scoring = 0;
        for (List<Clause> group : parsed.groups()) {
            scoring += group.stream().anyMatch(c -> !isFilter(c.target())) ? 1 : 0;
        }
        for (Clause c : parsed.excluded()) {
            Query x = clause(c);
            if (x != null) {
                top.add(x, Occur.MUST_NOT);
            }
        }
        String words = parsed.plainWords();
        if (words.indexOf(' ') > 0) {
            Query proximity = proximity(words);
            if (proximity != null) {
                top.add(proximity, Occur.SHOULD);
                proximityOut[0] = proximity;
            }
        }
        Query dates = dateRange(parsed.from(), parsed.to());
        if (dates != null) {
            top.add(dates, Occur.FILTER);
        }
        if (required == 0) {
            if (!parsed.groups().isEmpty()) {
                return new MatchNoDocsQuery("only stopwords or punctuation");
            }
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (scoring == 0) {
            top.add(new MatchAllDocsQuery(), Occur.SHOULD);
        }
        return top.build();
    }

    private static boolean queryIsAccented(ParsedQuery parsed) {
        for (List<Clause> g : parsed.groups()) {
            for (Clause c : g) {
                if (vn.khotin.analysis.VietnameseText.hasDiacritics(c.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFilter(Target t) {
        return t == Target.AUTHOR || t == Target.CATEGORY || t == Target.TAG || t == Target.PLACE;
    }

    /** One clause, or null when it has no searchable terms (stopwords, punctuation). */
    Query clause(Clause c) {
        return switch (c.target()) {
            case TEXT -> text(WEIGHTS, c);
            case TITLE -> text(Map.of(ArticleSchema.TITLE, 1f), c);
            case AUTHOR -> keyword(ArticleSchema.AUTHOR, c.text());
            case CATEGORY -> keyword(ArticleSchema.CATEGORY, c.text());
            case TAG -> keyword(ArticleSchema.TAG, c.text());
            case PLACE -> keyword(ArticleSchema.PLACE, c.text());
        };
    }

    private Query keyword(String field, String text) {
        return builder.createPhraseQuery(Role.FOLDED.field(field), text, 0);
    }

    /**
     * A word clause: every word required, each in the best of its fields. A quoted clause: a phrase in any
     * field, within its slop.
     */
    private Query text(Map<String, Float> bases, Clause c) {
        if (c.phrase()) {
            return fields(bases, c.text(), true, c.slop());
        }
        String[] words = c.text().strip().split("\\s+");
        if (words.length == 1) {
            return fields(bases, words[0], false, 0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (String w : words) {
            Query q = fields(bases, w, false, 0);
            if (q != null) {
                all.add(q, Occur.MUST);
                n++;
            }
        }
        return n == 0 ? null : all.build();
    }

    /** Dis-max over the base fields' roles for one word or phrase, with the exact-diacritic preference. */
    private Query fields(Map<String, Float> bases, String text, boolean phrase, int slop) {
        boolean unaccented = !accented.get();
        boolean fallback = !unaccented && !existsExactly(text);
        List<Query> alternatives = new ArrayList<>();
        for (Map.Entry<String, Float> e : bases.entrySet()) {
            String base = e.getKey();
            float w = e.getValue();
            if (unaccented) {
                add(alternatives, Role.FOLDED.field(base), text, phrase, slop, w);
            } else {
                add(alternatives, Role.EXACT.field(base), text, phrase, slop, w);
                if (fallback) {
                    add(alternatives, Role.FOLDED.field(base), text, phrase, slop, w * FOLDED_FALLBACK);
                }
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** Whether the query as a whole was typed with diacritics (then every word is matched as typed). */
    private final ThreadLocal<Boolean> accented = ThreadLocal.withInitial(() -> false);

    /** True if every syllable of the text occurs as typed (accents kept) in some text field. */
    private boolean existsExactly(String text) {
        IndexReader r = reader.get();
        if (r == null) {
            return false;
        }
        try (TokenStream ts = analysis.queryAnalyzer(Role.EXACT).tokenStream(ArticleSchema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            boolean any = false;
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.indexOf(' ') >= 0) {
                    continue; // a synonym's multi-word side
                }
                boolean found = false;
                for (String base : TEXT_BASES) {
                    if (r.docFreq(new Term(base, t)) > 0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    ts.end();
                    return false;
                }
                any = true;
            }
            ts.end();
            return any;
        } catch (IOException e) {
            return false;
        }
    }

    private static final List<String> TEXT_BASES = List.of(ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY);

    private void add(List<Query> out, String field, String text, boolean phrase, int slop, float weight) {
        Query q = phrase ? builder.createPhraseQuery(field, text, slop)
                : builder.createBooleanQuery(field, text, Occur.MUST);
        if (q != null) {
            out.add(weight == 1f ? q : new BoostQuery(q, weight));
        }
    }

    /**
     * Optional boost for the words occurring together: a sloppy phrase over title and sapo, and the word
     * (multi-syllable unit, bigram) fields, where "thành phố Hà Tĩnh" scores as units rather than syllables.
     */
    Query proximity(String words) {
        boolean unaccented = !accented.get();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String base : List.of(ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY)) {
            float w = WEIGHTS.get(base);
            String f = unaccented ? Role.FOLDED.field(base) : base;
            // A sloppy phrase over the long body costs more than it adds: the body's word field covers it.
            Query p = base.equals(ArticleSchema.BODY) ? null : builder.createPhraseQuery(f, words, PROXIMITY_SLOP);
            if (p != null) {
                b.add(new BoostQuery(p, w * PHRASE_BOOST), Occur.SHOULD);
                n++;
            }
            Role wordsRole = unaccented ? Role.WORDS_FOLDED : Role.WORDS;
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
     * made a search almost half again as costly; on the top candidates it finds nearly all of the same articles
     * (`khotin eval search`, body fragments). Null for fewer than two words.
     */
    Query bodyPhrase(String words) {
        if (words.indexOf(' ') <= 0) {
            return null;
        }
        String field = accented.get() ? ArticleSchema.BODY : Role.FOLDED.field(ArticleSchema.BODY);
        Query p = builder.createPhraseQuery(field, words, PROXIMITY_SLOP);
        return p == null ? null : new BoostQuery(p, WEIGHTS.get(ArticleSchema.BODY) * PHRASE_BOOST);
    }

    /** How many of the first pass's best hits the body phrase may reorder. */
    static final int RESCORE_WINDOW = 50;

    /** A filter on the publication date in Vietnam time, inclusive of both days; null if unbounded. */
    static Query dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        long lo = from == null ? Long.MIN_VALUE
                : from.atStartOfDay(ArticleSchema.ZONE).toInstant().toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(ArticleSchema.ZONE).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(ArticleSchema.PUBLISHED, lo, hi);
    }
}
