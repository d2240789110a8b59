package vn.khotin.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Fills the tables of a {@link VietnameseLexicon} from word entries as {@link LexiconReader} hands them over:
 * the syllables, the words of two or more syllables, and per syllable its counts and the lengths of the words it
 * begins or ends. Single-threaded; the lexicon takes the tables over when loading is done.
 */
final class LexiconBuilder {

    final SyllableTable syllables = new SyllableTable(CompoundTable.MAX_IDS);
    final CompoundTable compounds = new CompoundTable();
    /** Per syllable id, its count as a one-syllable word. */
    int[] unigram = new int[1024];
    /** Per syllable id, its count written in lower case as a word of its own (not a name part). */
    int[] lowerForm = new int[1024];
    /** Per syllable id, {@link #startBit} and {@link #endBit} of the words it begins and ends. */
    byte[] wordEdges = new byte[1024];
    /** Sum of all counts. */
    long total;

    /** The bit of {@link #wordEdges} set on the first syllable of an n-syllable word (n = 2..4). */
    static int startBit(int n) {
        return 1 << n;
    }

    /** The bit of {@link #wordEdges} set on the last syllable of an n-syllable word (n = 2..4). */
    static int endBit(int n) {
        return 1 << (n + 3);
    }

    /** Adds a word given in any case and tone style; entries with non-letters are ignored. */
    void add(String word, int count) {
        String[] parts = Normalizer.normalize(word, Normalizer.Form.NFC).strip().split("\\s+");
        if (parts.length == 0 || parts.length > CompoundTable.MAX_LENGTH || parts[0].isEmpty()) {
            return;
        }
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = intern(parts[i]);
            if (ids[i] == 0) {
                return;
            }
        }
        total += count;
        if (parts.length == 1) {
            unigram[ids[0]] += count;
            if (!Character.isUpperCase(parts[0].charAt(0))) {
                lowerForm[ids[0]] += count;
            }
        } else {
            compounds.add(CompoundTable.pack(ids, 0, ids.length), count);
            wordEdges[ids[0]] |= (byte) startBit(ids.length);
            wordEdges[ids[ids.length - 1]] |= (byte) endBit(ids.length);
        }
    }

    /** The id of one syllable of a word, added if new; 0 for a syllable with a non-letter, or no room left. */
    private int intern(String syllable) {
        for (int k = 0; k < syllable.length(); k++) {
            if (!Character.isLetter(syllable.charAt(k))) {
                return 0;
            }
        }
        char[] a = syllable.toLowerCase(Locale.ROOT).toCharArray();
        VietnameseText.toNewStyle(a, 0, a.length);
        int id = syllables.intern(a, 0, a.length);
        if (id == unigram.length) {
            int n = id * 2;
            unigram = Arrays.copyOf(unigram, n);
            lowerForm = Arrays.copyOf(lowerForm, n);
            wordEdges = Arrays.copyOf(wordEdges, n);
        }
        return id;
    }
}
