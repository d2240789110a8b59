package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestWord;
import vn.khotin.analysis.VietnameseConfusions;
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
                out.add(candidate(shorter, freq, 1f - 1f / term.length()));
            }
        }
        return out.size() == neighbours.length ? neighbours : out.toArray(SuggestWord[]::new);
    }

    /**
     * The candidates, and after them the typed word's sound-alikes ({@link VietnameseConfusions}: l for n, s for x,
     * ch for tr …) that the field has: the commonest Vietnamese misspellings, which the spelling checker does not
     * give for a word too short to have neighbours ("bão nũ", typed for "bão lũ", found nothing and offered nothing).
     */
    static SuggestWord[] withSoundAlikes(IndexReader reader, String field, String term, SuggestWord[] candidates)
            throws IOException {
        List<SuggestWord> out = new ArrayList<>(List.of(candidates));
        Set<String> seen = new HashSet<>();
        out.forEach(w -> seen.add(w.string));
        for (String alike : VietnameseConfusions.of(term)) {
            int freq = seen.add(alike) ? reader.docFreq(new Term(field, alike)) : 0;
            if (freq > 0) {
                out.add(candidate(alike, freq, 1f - 1f / Math.max(2, term.length())));
            }
        }
        return out.size() == candidates.length ? candidates : out.toArray(SuggestWord[]::new);
    }

    /** A word the word before is written beside may be this many letter edits from the typed one … */
    static final int BESIDE_EDITS = 2;
    /** … if the typed word has at least this many letters (a short one is two edits from too many words). */
    static final int BESIDE_MIN_LETTERS = 4;
    /** … and the pair is written at least this often in titles and sapos (a common pair, as for any correction). */
    static final long BESIDE_MIN_PAIRS = 10;

    /**
     * The candidates, and after them the words that the word before ({@code left}, empty for none) is often written
     * beside in titles and sapos and that are at most {@link #BESIDE_EDITS} edits from {@code term}, diacritics
     * ignored, with the same first consonants; for a word typed in lower case only (a capitalised one is a name,
     * and two edits from a name is another name: "cảng Sơn Dướng" would be "Sơn Được"). The spelling checker's
     * neighbours are the words closest to the typed one, whatever stands beside it: "tàu ngầng" (a slip for "tàu
     * ngầm", the submarine, in 97 titles and sapos) got "ngưng", one edit away, and "ngầm", two edits away (m for
     * n, g too many), was never asked.
     */
    static SuggestWord[] withWordsBeside(WordForms st, String left, String typedWord, String term,
            SuggestWord[] candidates) {
        String typed = WordForms.key(term);
        if (left.isEmpty() || typed.length() < BESIDE_MIN_LETTERS || !Character.isLowerCase(typedWord.charAt(0))) {
            return candidates;
        }
        String prefix = WordForms.key(left) + " ";
        List<SuggestWord> out = new ArrayList<>(List.of(candidates));
        Set<String> seen = new HashSet<>();
        out.forEach(w -> seen.add(w.string));
        LevenshteinDistance distance = new LevenshteinDistance();
        for (var e : st.forms().subMap(prefix, true, prefix + Character.MAX_VALUE, true).entrySet()) {
            String other = e.getKey().substring(prefix.length());
            if (other.indexOf(' ') >= 0 || e.getValue().count() < BESIDE_MIN_PAIRS || !onset(other).equals(onset(typed))) {
                continue;
            }
            int longest = Math.max(other.length(), typed.length());
            int edits = Math.round((1 - distance.getDistance(typed, other)) * longest);
            String[] pair = e.getValue().text().split(" ");
            // the form the typed word is looked up in: as written when typed with diacritics, else folded
            String word = VietnameseText.hasDiacritics(term) ? VietnameseText.termForm(pair[pair.length - 1])
                    : other;
            if (edits <= BESIDE_EDITS && seen.add(word)) {
                out.add(candidate(word, e.getValue().count(), 1f - (float) edits / longest));
            }
        }
        return out.size() == candidates.length ? candidates : out.toArray(SuggestWord[]::new);
    }

    private static SuggestWord candidate(String word, long freq, float score) {
        SuggestWord w = new SuggestWord();
        w.string = word;
        w.freq = (int) Math.min(Integer.MAX_VALUE, freq);
        w.score = score;
        return w;
    }

    /**
     * The consonants a folded syllable begins with ("ng" of "ngam"). A word two edits away with another beginning is
     * another word, not a slip: without this, "cảng Sơn Dướng" got the singer Sơn Tùng and "Phúc Giáng" "Phúc
     * Khẳng", the pairs the archive writes most.
     */
    private static String onset(String folded) {
        int i = 0;
        while (i < folded.length() && "aeiouy".indexOf(folded.charAt(i)) < 0) {
            i++;
        }
        return folded.substring(0, i);
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
