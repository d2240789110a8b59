package vn.khotin.search;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the compile stage: the filters that an article writes syllables side by side, in any text field (title,
 * sapo, body, captions), for the strict search's whole words ({@link WholeWords}), places ({@link FoldedPlaces}) and
 * half-accented pairs ({@link MixedPairs}).
 */
final class SideBySide {

    private SideBySide() {}

    /** A term of the word fields: a lexicon word, name or syllable pair ("tuyển_dụng", "kỳ_anh"). */
    static Query word(String term) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String base : UnitQueries.TEXT_BASES) {
            anyField.add(new TermQuery(new Term(Role.WORDS.field(base), term)), Occur.SHOULD);
        }
        return anyField.build();
    }

    /** Folded syllables side by side ("tuyen dung"). */
    static Query folded(List<String> syllables) {
        return phrase(Role.FOLDED, syllables);
    }

    /**
     * Syllables side by side ({@code sideBySide}: "lu lut"), or the syllables of the word's usual accented form
     * anywhere ("lũ", "lụt"), each in some text field ({@link WholeWords}).
     */
    static Query orSyllablesAnywhere(Query sideBySide, String usual) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (String syllable : usual.split(" ")) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String base : UnitQueries.TEXT_BASES) {
                anyField.add(new TermQuery(new Term(Role.EXACT.field(base), syllable)), Occur.SHOULD);
            }
            each.add(anyField.build(), Occur.FILTER);
        }
        return new BooleanQuery.Builder().add(sideBySide, Occur.SHOULD).add(each.build(), Occur.SHOULD).build();
    }

    /**
     * A word of two syllables typed without diacritics, as some of its written forms ({@link WrittenPairs}): in each
     * text field with word units, the terms {@code wordTerms} gives for it (null: the folded syllables side by side);
     * in the others (captions), the folded syllables side by side.
     */
    static Query writtenWord(Function<String, Term[]> wordTerms, List<String> folded) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String base : UnitQueries.TEXT_BASES) {
            Term[] terms = TextAnalysis.has(base, Role.WORDS) ? wordTerms.apply(base) : null;
            if (terms == null) {
                anyField.add(new PhraseQuery(Role.FOLDED.field(base), folded.toArray(String[]::new)), Occur.SHOULD);
                continue;
            }
            for (Term t : terms) {
                anyField.add(new TermQuery(t), Occur.SHOULD);
            }
        }
        return anyField.build();
    }

    /**
     * Syllables side by side as written, accents and all ("việt", "nam"): the word fields' term of the pair, where
     * most articles that write it match without their positions being read (a folded phrase of frequent syllables,
     * "viet nam" where "nam" is also "năm", costs several ms at 100k articles), or the phrase, for a pair the word
     * fields do not join ("Bắc - Nam", across a dash).
     */
    static Query written(List<String> syllables) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(word(String.join("_", syllables)), Occur.SHOULD);
        either.add(phrase(Role.EXACT, syllables), Occur.SHOULD);
        return either.build();
    }

    private static Query phrase(Role role, List<String> syllables) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String base : UnitQueries.TEXT_BASES) {
            anyField.add(new PhraseQuery(role.field(base), syllables.toArray(String[]::new)), Occur.SHOULD);
        }
        return anyField.build();
    }
}
