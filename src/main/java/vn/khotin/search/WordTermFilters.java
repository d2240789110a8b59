package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Fields;

/**
 * Part of the compile stage: the filters that require syllables side by side (a name or a word kept whole: "Hải
 * Vân", "gia lai") read them from the field's word units instead of checking positions. Every pair of adjacent
 * syllables of a clause is a term of the {@code .words} field ({@code body.words:hải_vân}, or {@code bắc~nam} across a
 * dash alone: "Bắc - Nam"), so a two-syllable run is one of two terms and a longer one a phrase of its pairs.
 *
 * <p>Two reasons. A word unit never spans a clause boundary, while a syllable phrase did: "Hải Vân" matched "Hải,
 * Vân Đồn", "Thiện Nhân" matched "từ thiện, nhân viên". And one term is much cheaper than a phrase, whose every
 * candidate (each article with both syllables anywhere) has its positions read: counting the 305 of 2,000
 * {@code bench search} queries that have such a filter cost 1.33 ms per query with phrases, 0.55 ms with terms
 * (100k articles).
 *
 * <p>Only filters change (required clauses that do not score, constant scores): the scoring phrases keep their
 * scores, a phrase the user quoted or excluded keeps its meaning, and fields without a word role (captions, the
 * body's folded form) keep their phrases. Stateless.
 */
final class WordTermFilters {

    private WordTermFilters() {}

    /** The query with the phrases of its filters read from the word fields where the field has one. */
    static Query of(Query query) {
        return switch (query) {
            case BoostQuery b -> new BoostQuery(of(b.getQuery()), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(filter(c.getQuery()));
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    out.add(c.occur() == Occur.FILTER ? filter(c.query()) : of(c.query()), c.occur());
                }
                yield out.build();
            }
            default -> query;
        };
    }

    /**
     * A query used only as a filter: every phrase of adjacent syllables on a field with word units becomes their word
     * terms.
     */
    static Query filter(Query query) {
        return switch (query) {
            case PhraseQuery p -> words(p);
            case BoostQuery b -> new BoostQuery(filter(b.getQuery()), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(filter(c.getQuery()));
            case DisjunctionMaxQuery d -> {
                List<Query> disjuncts = new ArrayList<>();
                for (Query q : d.getDisjuncts()) {
                    disjuncts.add(filter(q));
                }
                yield new DisjunctionMaxQuery(disjuncts, d.getTieBreakerMultiplier());
            }
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    // an exclusion inside a filter is still the user's: keep its phrase as typed
                    out.add(c.occur() == Occur.MUST_NOT ? c.query() : filter(c.query()), c.occur());
                }
                yield out.build();
            }
            default -> query;
        };
    }

    /**
     * The phrase as word-unit terms: for two syllables, the pair side by side or across a dash alone ("Bắc - Nam"); for
     * more, a phrase of such pairs.
     */
    private static Query words(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        String field = wordsField(p.getField());
        if (field == null || p.getSlop() != 0 || terms.length < 2) {
            return p;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return p;
            }
        }
        if (terms.length == 2) {
            Term[] pair = pair(field, terms, 0);
            return new BooleanQuery.Builder().add(new TermQuery(pair[0]), Occur.SHOULD)
                    .add(new TermQuery(pair[1]), Occur.SHOULD).build();
        }
        MultiPhraseQuery.Builder pairs = new MultiPhraseQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i++) {
            pairs.add(pair(field, terms, i), i);
        }
        return pairs.build();
    }

    /** The pair of syllables i and i + 1 as the word fields write it: side by side, or across a dash alone. */
    private static Term[] pair(String field, Term[] terms, int i) {
        String first = terms[i].text();
        String second = terms[i + 1].text();
        return new Term[] {new Term(field, first + "_" + second),
            new Term(field, first + VietnameseWordFilter.DASH_JOINER + second)};
    }

    /** The word field of a syllable field ({@code body} → {@code body.words}), or null when it has none. */
    private static String wordsField(String field) {
        Role role = Role.ofField(field);
        Role words = switch (role) {
            case EXACT -> Role.WORDS;
            case FOLDED -> Role.WORDS_FOLDED;
            default -> null;
        };
        String base = Role.baseOf(field);
        if (words == null || Fields.text(base).isEmpty() || !TextAnalysis.has(base, words)) {
            return null;
        }
        return words.field(base);
    }
}
