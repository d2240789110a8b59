package vn.khotin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of {@link RelatedTerms}: a name the archive usually writes shorter than the story does. A draft on the trial
 * of the "Carina Plaza" fire had that name as its heaviest term (19 of 82,137 articles), while most of the coverage,
 * among it the owner's arrest, says "chung cư Carina" (52 articles write "Carina"): the two stories the editor would
 * surely link were missing. A capitalised name of several words is matched by its rarest foreign word alone when
 * the archive writes that word {@link #SHORTER_SHARE} times as often as the whole name, and not so often that the
 * word names other things as well ({@link #MAX_SHARE}). Only a foreign word: a Vietnamese syllable of a name ("Hà",
 * "Thanh", "Tùng") is also a word or other people's name. One per part of a story, as {@link RelatedTerms} makes it:
 * not thread-safe.
 */
final class ShortNames {

    /** The archive writes the word alone at least this many times as often as the whole name … */
    static final double SHORTER_SHARE = 1.5;
    /** … and at most this many times: "Vincom" of "Vincom Plaza" names a chain, not the building. */
    static final double MAX_SHARE = 5;
    /** A foreign word this short is often an abbreviation or a code ("Ltd", "Co"). */
    static final int MIN_LETTERS = 4;

    private final TermDocFreqs docFreqs;
    private final IndexReader reader;
    /** The answer for each name as written: a story writes its names several times. */
    private final Map<String, Optional<String>> asked = new HashMap<>();

    ShortNames(TermDocFreqs docFreqs, IndexReader reader) {
        this.docFreqs = docFreqs;
        this.reader = reader;
    }

    /** {@link #shortForm} of this archive, each name asked of it once. */
    String of(String written, String unitKey) throws IOException {
        Optional<String> known = asked.get(written);
        if (known == null) {
            known = Optional.ofNullable(shortForm(written, unitKey, docFreqs, reader));
            asked.put(written, known);
        }
        return known.orElse(null);
    }

    /**
     * The word of {@code written} (a name as the story writes it, {@code unitKey} its term) that stands for the whole
     * name in the archive, as written, the rarest if several do ("Carina", not "Plaza" that other buildings have
     * too); null when none does.
     */
    static String shortForm(String written, String unitKey, TermDocFreqs docFreqs, IndexReader reader)
            throws IOException {
        String[] words = written.strip().split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))) {
            return null;
        }
        int wholeDocs = -1;
        String best = null;
        int bestDocs = Integer.MAX_VALUE;
        for (String w : words) {
            if (w.length() < MIN_LETTERS || !Character.isUpperCase(w.charAt(0)) || !VietnameseText.foreign(w)
                    || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            wholeDocs = wholeDocs < 0 ? docFreqs.unit(reader, unitKey) : wholeDocs;
            int docs = docFreqs.syllable(reader, VietnameseText.termForm(w));
            if (wholeDocs > 0 && docs >= SHORTER_SHARE * wholeDocs && docs <= MAX_SHARE * wholeDocs && docs < bestDocs) {
                best = w;
                bestDocs = docs;
            }
        }
        return best;
    }
}
