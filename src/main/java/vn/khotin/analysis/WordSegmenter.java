package vn.khotin.analysis;

/**
 * Splits a run of syllable ids into words with a {@link VietnameseLexicon}: capitalised runs of two or more
 * syllables are names, the rest is the most probable split under a unigram model (Viterbi over word ends,
 * words up to {@link VietnameseLexicon#MAX_WORD_SYLLABLES} syllables). Holds nothing but its lexicon, so it
 * is free to create and safe to share between threads.
 */
public final class WordSegmenter {

    /** A capitalised run is cut before its last syllable when that and the next make a word this frequent. */
    static final int CUT_NAME_MIN_COUNT = 5;

    private final VietnameseLexicon lexicon;

    public WordSegmenter(VietnameseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Segments a run of syllables into words: capitalized runs of two or more syllables are names, the rest
     * is split by a unigram model (the segmentation with the highest product of word probabilities, words up
     * to {@link VietnameseLexicon#MAX_WORD_SYLLABLES} syllables).
     *
     * @param ids syllable ids (0 for unknown syllables)
     * @param capitalized whether each syllable starts with a capital letter (and is not an all-caps abbreviation)
     * @param from first syllable of the run
     * @param to end of the run (exclusive)
     * @param clauseStart whether the run starts a clause, where a capital does not mark a name by itself
     * @param lengths receives the word lengths in syllables, in order (room for {@code to - from})
     * @param names receives whether each word is a name
     * @param best scratch space of {@code to - from + 1}
     * @param back scratch space of {@code to - from + 1}
     * @return the number of words
     */
    public int segment(int[] ids, boolean[] capitalized, int from, int to, boolean clauseStart, int[] lengths,
            boolean[] names, double[] best, int[] back) {
        return segment(ids, capitalized, from, to, clauseStart, lengths, names, best, back, null);
    }

    /**
     * {@link #segment(int[], boolean[], int, int, boolean, int[], boolean[], double[], int[])} with the word
     * lookups going through a memo when one is given (the same result, faster on running text).
     */
    public int segment(int[] ids, boolean[] capitalized, int from, int to, boolean clauseStart, int[] lengths,
            boolean[] names, double[] best, int[] back, VietnameseLexicon.WordMemo memo) {
        int words = 0;
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && capitalized[j]) {
                j++;
            }
            int nameStart = i;
            if (i == from && clauseStart && j - i >= 2 && lexicon.lowerFormCount(ids[i]) >= 20) {
                nameStart = i + 1; // "Ông Võ Hồng Hải": the sentence-initial common word is not part of the name
            }
            if (j - nameStart >= 2 && j < to && ids[j - 1] > 0 && ids[j] > 0
                    && lexicon.wordCount(ids, j - 1, 2) >= CUT_NAME_MIN_COUNT) {
                // "Ban Chỉ huy", "Ban Thường vụ": the run's last capital begins a word with the lower-case syllable
                // after it, so the name ends before it ("chỉ huy" is a word, "Ban Chỉ" is no name)
                j--;
            }
            if (j - nameStart >= 2) {
                if (nameStart > i) {
                    lengths[words] = 1;
                    names[words++] = false;
                }
                lengths[words] = j - nameStart;
                names[words++] = true;
                i = j;
                continue;
            }
            int k = plainStretchEnd(capitalized, j, to);
            words = viterbi(ids, i, k, lengths, names, words, best, back, memo);
            i = k;
        }
        return words;
    }

    /** The end of a plain stretch starting at {@code from}: the next capitalised run of two or more, or {@code to}. */
    private static int plainStretchEnd(boolean[] capitalized, int from, int to) {
        int k = from;
        while (k < to) {
            int m = k;
            while (m < to && capitalized[m]) {
                m++;
            }
            if (m - k >= 2) {
                break;
            }
            k = m == k ? k + 1 : m;
        }
        return k;
    }

    /**
     * The most probable split of ids[from..to) into words (unigram model), appended to {@code lengths}; word
     * lookups go through {@code memo} when one is given (the same scores, term for term).
     */
    private int viterbi(int[] ids, int from, int to, int[] lengths, boolean[] names, int words, double[] best,
            int[] back, VietnameseLexicon.WordMemo memo) {
        double logTotal = lexicon.logTotal();
        int n = to - from;
        best[0] = 0;
        for (int e = 1; e <= n; e++) {
            int id = ids[from + e - 1];
            best[e] = best[e - 1] + lexicon.logUnigram(id) - logTotal;
            back[e] = 1;
            for (int len = 2; len <= VietnameseLexicon.MAX_WORD_SYLLABLES && len <= e; len++) {
                double lw = lexicon.wordLog(ids, from + e - len, len, memo);
                if (lw == lw) { // not NaN: a word
                    double s = best[e - len] + lw - logTotal;
                    if (s > best[e]) {
                        best[e] = s;
                        back[e] = len;
                    }
                }
            }
        }
        return backtrack(n, back, lengths, names, words);
    }

    /** Walks the best path back from the end, appending its word lengths in reading order; returns the count. */
    private static int backtrack(int n, int[] back, int[] lengths, boolean[] names, int words) {
        int startWords = words;
        for (int e = n; e > 0; e -= back[e]) {
            lengths[words] = back[e];
            names[words++] = false;
        }
        for (int a = startWords, b = words - 1; a < b; a++, b--) {
            int t = lengths[a];
            lengths[a] = lengths[b];
            lengths[b] = t;
        }
        return words;
    }
}
