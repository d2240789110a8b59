package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
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
 * dash alone or quotes: "Bắc - Nam", "“bầu” Kiên"), so a two-syllable run is a few terms and a longer one a phrase of
 * its pairs. A folded phrase on a base without a folded word field (the body) asks for every written form of its
 * pairs that the archive has ({@link WrittenPairs}: "cau treo" → cầu_treo, cẩu_treo …).
 *
 * <p>Two reasons. A word unit never spans a clause boundary, while a syllable phrase did: "Hải Vân" matched "Hải,
 * Vân Đồn", "Thiện Nhân" matched "từ thiện, nhân viên". And a term is much cheaper than a phrase, whose every
 * candidate (each article with both syllables anywhere) has its positions read: counting the 305 of 2,000
 * {@code bench search} queries that have such a filter cost 1.33 ms per query with phrases, 0.55 ms with terms
 * (100k articles).
 *
 * <p>Only filters change (required clauses that do not score, constant scores): the scoring phrases keep their
 * scores, a phrase the user quoted or excluded keeps its meaning, and fields without a word role (captions) keep
 * their phrases. Thread-safe.
 */
final class WordTermFilters {

    private final WrittenPairs writtenPairs;

    /** Filters that look written forms up in {@code writtenPairs}, which the compile stage shares. */
    WordTermFilters(WrittenPairs writtenPairs) {
        this.writtenPairs = writtenPairs;
    }

    /** The query with the phrases of its filters read from the word fields where the field has one. */
    Query of(Query query, IndexReader reader) {
        return switch (query) {
            case BoostQuery b -> new BoostQuery(of(b.getQuery(), reader), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(filter(c.getQuery(), reader));
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    out.add(c.occur() == Occur.FILTER ? filter(c.query(), reader) : of(c.query(), reader), c.occur());
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
    Query filter(Query query, IndexReader reader) {
        return filter(query, reader, p -> true);
    }

    /** As {@link #filter(Query, IndexReader)}, only for the phrases {@code convertible} accepts. */
    Query filter(Query query, IndexReader reader, Predicate<PhraseQuery> convertible) {
        return switch (query) {
            case PhraseQuery p -> convertible.test(p) ? words(p, reader) : p;
            case BoostQuery b -> new BoostQuery(filter(b.getQuery(), reader, convertible), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(filter(c.getQuery(), reader, convertible));
            case DisjunctionMaxQuery d -> {
                List<Query> disjuncts = new ArrayList<>();
                for (Query q : d.getDisjuncts()) {
                    disjuncts.add(filter(q, reader, convertible));
                }
                yield new DisjunctionMaxQuery(disjuncts, d.getTieBreakerMultiplier());
            }
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    // an exclusion inside a filter is still the user's: keep its phrase as typed
                    out.add(c.occur() == Occur.MUST_NOT ? c.query() : filter(c.query(), reader, convertible),
                            c.occur());
                }
                yield out.build();
            }
            default -> query;
        };
    }

    /**
     * The phrase as word-unit terms: for two syllables, the pair side by side or across a soft break ("Bắc - Nam"); for
     * more, a phrase of such pairs.
     */
    private Query words(PhraseQuery p, IndexReader reader) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        String field = p.getField();
        Role role = Role.ofField(field);
        String base = Role.baseOf(field);
        if (p.getSlop() != 0 || terms.length < 2 || !consecutive(positions) || Fields.text(base).isEmpty()) {
            return p;
        }
        if (role != Role.EXACT && role != Role.FOLDED) {
            return p;
        }
        List<Term[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < terms.length; i++) {
            String first = terms[i].text();
            String second = terms[i + 1].text();
            Term[] forms = role == Role.EXACT ? exactPair(base, first, second) : foldedPair(reader, base, first, second);
            if (forms == null) {
                return p;
            }
            pairs.add(forms);
        }
        if (pairs.size() == 1) {
            return anyOf(pairs.get(0));
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).length == 0) {
                return new MatchNoDocsQuery("no article writes " + p + " within a clause");
            }
            phrase.add(pairs.get(i), i);
        }
        return phrase.build();
    }

    private static boolean consecutive(int[] positions) {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }

    private static Query anyOf(Term[] terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Term t : terms) {
            any.add(new TermQuery(t), Occur.SHOULD);
        }
        return any.build();
    }

    /** The accented word field's terms for a pair of accented syllables, or null when the base has none. */
    private static Term[] exactPair(String base, String first, String second) {
        return TextAnalysis.has(base, Role.WORDS) ? WrittenPairs.pair(Role.WORDS.field(base), first, second) : null;
    }

    /**
     * The word terms for a pair typed without diacritics: the folded pair where the base has a folded word field, or
     * every form the archive writes ({@link WrittenPairs}) where it has not (the body). Null when the pair stays a
     * phrase (no word field, or too many written forms to look up).
     */
    private Term[] foldedPair(IndexReader reader, String base, String first, String second) {
        if (TextAnalysis.has(base, Role.WORDS_FOLDED)) {
            return WrittenPairs.pair(Role.WORDS_FOLDED.field(base), first, second);
        }
        return TextAnalysis.has(base, Role.WORDS) ? writtenPairs.terms(reader, base, first, second, false) : null;
    }
}
