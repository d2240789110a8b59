package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link WholeWords#strictFilters}): a lower-case word of two syllables typed with its
 * diacritics ("động đất", "công viên", "từ thiện"), required side by side as typed, as the same word typed without
 * them is ({@link FoldedRuns}) and typed half accented ({@link MixedPairs}). Its syllables apart say nothing: on the
 * 1,500-article demo "động đất" matched 181 articles, 6 of them about an earthquake and the rest "người lao động …
 * đất", all of them in a date order; "công viên" 486, 24 with the word. Where fewer than a page of articles have
 * every word whole, the search falls back to the syllables anywhere with those first ({@link StrictUnits}), as for
 * the other words. Not required:
 * <ul>
 *   <li>a word with a capital: names and places have their own rules ({@link CapitalisedNames},
 *       {@link WholeWords#placeFilters});</li>
 *   <li>a word one of whose syllables forms another lexicon word with its neighbour in the query ("học sinh viên"
 *       may be "học sinh" or "sinh viên": the analyzer reads one);</li>
 *   <li>a word whose two syllables are each rare ({@link FoldedRuns#RARE_SYLLABLE_SHARE}: "lũ" and "lụt" of a story
 *       that writes "mưa lũ … ngập lụt");</li>
 *   <li>a word the archive never writes whole: the search finds it by its syllables as before.</li>
 * </ul>
 * Stateless.
 */
final class AccentedWords {

    private AccentedWords() {}

    /** The field whose counts tell a rare syllable and whether the archive writes a word. */
    private static final String COUNTED = ArticleSchema.BODY;

    /**
     * The filters of the words of {@code words} (read from {@code units} by {@link WholeWords}) that an article must
     * write whole; empty if none, or without a reader.
     */
    static List<Query> filters(List<Unit> units, List<SyllableWord> words, VietnameseLexicon lexicon,
            IndexReader reader) {
        List<Query> out = new ArrayList<>();
        if (reader == null) {
            return out;
        }
        for (SyllableWord w : words) {
            if (w.name() || w.to() - w.from() != 2) {
                continue;
            }
            Unit first = units.get(w.from());
            Unit second = units.get(w.to() - 1);
            if (!typedLower(first) || !typedLower(second) || readAnotherWay(units, w, lexicon)) {
                continue;
            }
            Query filter = filter(lower(first), lower(second), reader);
            if (filter != null && !out.contains(filter)) {
                out.add(filter);
            }
        }
        addOtherSpellings(units, words, lexicon, reader, out);
        return out;
    }

    /**
     * The pairs the analyzer read as no word because the lexicon writes them with the other of i and y ("bác sỹ" is
     * "bác sĩ": 18 more articles of the 1,500-article demo with "bác bỏ … Thạc sĩ"), required in either spelling.
     */
    private static void addOtherSpellings(List<Unit> units, List<SyllableWord> words, VietnameseLexicon lexicon,
            IndexReader reader, List<Query> out) {
        boolean[] inWord = new boolean[units.size()];
        words.forEach(w -> Arrays.fill(inWord, w.from(), w.to(), true));
        for (int k = 0; k + 1 < units.size(); k++) {
            Unit first = units.get(k);
            Unit second = units.get(k + 1);
            if (inWord[k] || inWord[k + 1] || !typedLower(first) || !typedLower(second)
                    || readAnotherWay(units, new SyllableWord(k, k + 2, null, false), lexicon)) {
                continue;
            }
            String a = lower(first);
            String b = lower(second);
            String otherA = IyVariants.of(a);
            String otherB = IyVariants.of(b);
            boolean word = otherA != null && lexicon.wordCount(otherA + " " + b) > 0
                    || otherB != null && lexicon.wordCount(a + " " + otherB) > 0;
            Query filter = word ? filter(a, b, reader) : null;
            if (filter != null && !out.contains(filter)) {
                out.add(filter);
            }
        }
    }

    /**
     * The pair's term in the word fields, with its other i/y spelling ({@link IyVariants}: "sĩ quan" and "sỹ quan"),
     * or null when its syllables are each rare or the archive never writes it.
     */
    private static Query filter(String first, String second, IndexReader reader) {
        List<String> terms = new ArrayList<>();
        terms.add(first + "_" + second);
        String otherFirst = IyVariants.of(first);
        String otherSecond = IyVariants.of(second);
        if (otherFirst != null) {
            terms.add(otherFirst + "_" + second);
        }
        if (otherSecond != null) {
            terms.add(first + "_" + otherSecond);
        }
        try {
            if (rare(first, otherFirst, reader) && rare(second, otherSecond, reader)) {
                return null;
            }
            long written = 0;
            for (String t : terms) {
                written += reader.docFreq(new Term(Role.WORDS.field(COUNTED), t));
            }
            if (written == 0) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.size() == 1) {
            return SideBySide.word(terms.get(0));
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        terms.forEach(t -> either.add(SideBySide.word(t), Occur.SHOULD));
        return either.build();
    }

    /** Whether at most {@link FoldedRuns#RARE_SYLLABLE_SHARE} of the articles have the syllable in either spelling. */
    private static boolean rare(String syllable, String other, IndexReader reader) throws IOException {
        Term exact = new Term(Role.EXACT.field(COUNTED), syllable);
        long articles = reader.docFreq(exact);
        if (other != null) {
            articles += reader.docFreq(new Term(Role.EXACT.field(COUNTED), other));
        }
        return articles <= reader.numDocs() * FoldedRuns.RARE_SYLLABLE_SHARE;
    }

    /** A word typed with diacritics and no capital. */
    private static boolean typedLower(Unit u) {
        return u.kind() == Kind.WORD && u.accented() && u.text().codePoints().noneMatch(Character::isUpperCase);
    }

    /**
     * Whether the first syllable forms a lexicon word with the word before it, or the second with the word after
     * it: the query may mean that reading.
     */
    private static boolean readAnotherWay(List<Unit> units, SyllableWord w, VietnameseLexicon lexicon) {
        return w.from() > 0 && formsWord(units.get(w.from() - 1), units.get(w.from()), lexicon)
                || w.to() < units.size() && formsWord(units.get(w.to() - 1), units.get(w.to()), lexicon);
    }

    private static boolean formsWord(Unit first, Unit second, VietnameseLexicon lexicon) {
        return first.kind() == Kind.WORD && second.kind() == Kind.WORD
                && lexicon.wordCount(first.text() + " " + second.text()) > 0;
    }

    private static String lower(Unit u) {
        return VietnameseText.toNewStyle(u.text().toLowerCase(Locale.ROOT));
    }
}
