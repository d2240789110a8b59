package vn.khotin.search;

import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the compile stage: the matching form of an abbreviation or its full form ({@link QueryUnits.Kind#CONCEPT},
 * {@link QueryUnits.Kind#PHRASE}: "UBND" or "ủy ban nhân dân", "công an"), which the candidate and counting passes
 * run instead of the unit itself ({@link UnitQuery}, {@link CatchAllMatching}). The unit is a phrase of folded
 * syllables in every text field, the commonest syllables at that ("cong" and "an" are in most articles), so every
 * article with both had its positions read, in both passes. Its matching form reads the full forms' phrases from the
 * word fields' pairs instead ({@link WordTermFilters}): {@code title.words.folded:cong_an}, and the pairs as the body
 * writes them ({@code body.words:công_an}). A pair never spans a clause, so the matches are the unit's less the few
 * articles where its syllables stand only on either side of a comma ("thành công, an toàn"; 0 of 22,500 for "Công
 * an" at 100k articles, 13 of 7,191 for "Quốc hội"), and the page's hits are always among those counted. The 37
 * queries with an abbreviation or a full form among 1,000 {@code bench search} queries (100k articles) cost 6.2–6.3
 * ms of CPU instead of 8.7–10.1, "Công an" 3.1 instead of 12.2; the judged queries rank exactly as before.
 *
 * <p>The abbreviations themselves keep their phrases: articles write "TP. HCM", and the word fields end a clause at
 * the full stop (pairs for "tp hcm" lost the articles that write it so: judged test "TP HCM ngập triều cường" 1.000
 * → 0.864). Null, and the unit stays as it is, on an index whose word fields do not pair syllables across a soft
 * break (before analysis version 8), when no phrase has pairs, or when a full form's phrase is left (too many
 * written forms to ask for: "uy ban nhan dan" in the body), since then the candidates ranked by this form cost more
 * than it saves. Thread-safe.
 */
final class PairMatching {

    private final WordTermFilters filters;
    private final BooleanSupplier softBreakPairs;

    PairMatching(WordTermFilters filters, BooleanSupplier softBreakPairs) {
        this.filters = filters;
        this.softBreakPairs = softBreakPairs;
    }

    /**
     * A filter as the search will run it: its phrases read from the word fields' pairs when the index pairs syllables
     * across a soft break ({@link WordTermFilters}), so that what is counted at compile time is what is required.
     */
    Query asRun(Query filter, IndexReader reader) {
        return filter == null || reader == null || !softBreakPairs.getAsBoolean() ? filter
                : filters.filter(filter, reader);
    }

    /** The unit's matching form, or null when it has none. */
    Query apply(Query unit, IndexReader reader) {
        if (reader == null || !softBreakPairs.getAsBoolean()) {
            return null;
        }
        Query pairs = filters.filter(unit, reader, PairMatching::syllablesOnly);
        // a phrase left as it is (its syllables have too many written forms to ask for: "uy ban nhan dan" in the
        // body) keeps the cost, and the candidates ranked by this form rather than by the unit cost more than it saves
        return pairs.equals(unit) || hasPairablePhrase(pairs) ? null : pairs;
    }

    /** Whether a phrase of syllables on a field with word pairs is left in {@code q}. */
    private static boolean hasPairablePhrase(Query q) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof PhraseQuery p && syllablesOnly(p)
                        && TextAnalysis.has(Role.baseOf(p.getField()), Role.WORDS)) {
                    found[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /**
     * Whether every term of a phrase is a syllable with a vowel: the full forms ("cong an", "uy ban nhan dan"), not
     * the abbreviations ("tp hcm"), which articles write "TP. HCM", where the word fields end a clause.
     */
    static boolean syllablesOnly(PhraseQuery phrase) {
        for (Term t : phrase.getTerms()) {
            if (t.text().chars().noneMatch(c -> VietnameseText.isVowel((char) c))) {
                return false;
            }
        }
        return true;
    }
}
