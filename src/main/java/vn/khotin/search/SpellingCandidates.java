package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.SuggestWord;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the suggest stage ({@link SpellingCorrection}): what the spelling checker's neighbours of a word miss, a
 * word with a letter too many ({@link #withLetterDropped}), and which of them a rare foreign word was meant as
 * ({@link #foreignSlip}). Stateless.
 */
final class SpellingCandidates {

    private SpellingCandidates() {}

    /**
     * The neighbours, and after them each form of {@code term} with one letter dropped that more articles write
     * ("nga" of "ngaa"). The spelling checker ranks a neighbour by its edits against the shorter of the two words,
     * so a word one letter shorter scores below every neighbour of the same length and is not among the 20 it keeps:
     * "hoa hậu Phương Ngaa" was corrected to "Phương Ngay", "nga" (in 11,836 articles) never being asked.
     */
    static SuggestWord[] withLetterDropped(IndexReader reader, String field, String term, int docFreq,
            SuggestWord[] neighbours) throws IOException {
        List<SuggestWord> out = new ArrayList<>(List.of(neighbours));
        Set<String> seen = new HashSet<>();
        out.forEach(w -> seen.add(w.string));
        for (int i = 0; i < term.length() && term.length() > 2; i++) {
            String shorter = term.substring(0, i) + term.substring(i + 1);
            if (!seen.add(shorter)) {
                continue;
            }
            int freq = reader.docFreq(new Term(field, shorter));
            if (freq > docFreq) {
                SuggestWord w = new SuggestWord();
                w.string = shorter;
                w.freq = freq;
                w.score = 1f - 1f / term.length();
                out.add(w);
            }
        }
        return out.size() == neighbours.length ? neighbours : out.toArray(SuggestWord[]::new);
    }

    /** A foreign word in at most this many articles may be a slip for a far more frequent neighbour … */
    static final int FOREIGN_SLIP_DOCS = 10;
    /** … at least this many times as frequent … */
    static final int FOREIGN_SLIP_RATIO = 20;
    /** … if it has at least this many letters (shorter ones are often other words: "cota", "pari", "mania"). */
    static final int FOREIGN_SLIP_LETTERS = 6;

    /**
     * The closest neighbour of a foreign word ({@link VietnameseText#foreign}: "Fomosa") written in at most
     * {@link #FOREIGN_SLIP_DOCS} articles, when the neighbour is the word with one letter more, written in
     * {@link #FOREIGN_SLIP_RATIO} times as many ("Formosa"); else null. A foreign name has no Vietnamese neighbours
     * to vouch for it: "Fomosa bồi thường" found the 3 articles of 82,137 that misspell the company (two write "lò
     * vôi Fomosa", which had kept the slip from being corrected), "Formosa bồi thường" finds 52. Of a sample of
     * 2,803 rare foreign words of that archive, a letter left out is the one slip found far more often written
     * right ("zukerberg", "wimbldon", "smarphone", "canbera") with few real words among them ("window"); any
     * nearest neighbour would have changed 580, "wilcox" into "wilson" and "weihai" into "wechat".
     */
    static String foreignSlip(String typed, String term, int docFreq, SuggestWord[] candidates) {
        if (candidates.length == 0 || docFreq > FOREIGN_SLIP_DOCS || term.length() < FOREIGN_SLIP_LETTERS
                || !VietnameseText.foreign(typed)) {
            return null;
        }
        SuggestWord closest = candidates[0];
        return closest.freq >= (long) FOREIGN_SLIP_RATIO * docFreq && oneLetterLeftOut(term, closest.string)
                ? closest.string : null;
    }

    /** Whether {@code longer} is {@code typed} with one more letter somewhere ("formosa", "fomosa"). */
    static boolean oneLetterLeftOut(String typed, String longer) {
        if (longer.length() != typed.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < typed.length() && typed.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return typed.regionMatches(i, longer, i + 1, typed.length() - i);
    }
}
