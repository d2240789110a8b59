package vn.khotin.analysis;

import java.util.Arrays;

/**
 * The units {@link VietnameseWordFilter} emits for one clause, in the order it emits them: the lexicon words and
 * names {@link WordSegmenter} finds in each run of syllables (a soft break, a dash alone or a quote closing a
 * nickname, ends a run), and the bigrams of adjacent tokens, a bigram that is also a word given once. A unit is a
 * range of the clause's tokens with a type.
 */
final class WordUnits {

    static final String WORD = "<WORD>";
    static final String NAME = "<NAME>";
    static final String BIGRAM = "<BIGRAM>";

    /** Most tokens in a clause: a longer stretch without punctuation is cut into clauses of this size. */
    static final int MAX_CLAUSE = 512;

    private final WordSegmenter segmenter;
    private final boolean words;
    private final boolean bigrams;

    // the segmenter's answers and scratch space for one run
    private final int[] segLengths = new int[MAX_CLAUSE + 1];
    private final boolean[] segNames = new boolean[MAX_CLAUSE + 1];
    private final double[] segScore = new double[MAX_CLAUSE + 1];
    private final int[] segBack = new int[MAX_CLAUSE + 1];
    private final VietnameseLexicon.WordMemo wordMemo = new VietnameseLexicon.WordMemo();

    // the words of two or more syllables found in the clause, in order
    private int[] wFirst = new int[64];
    private int[] wLen = new int[64];
    private boolean[] wName = new boolean[64];

    // the units: (first token index, length in tokens, type)
    int[] first = new int[64];
    int[] len = new int[64];
    String[] type = new String[64];
    int count;
    /** The next unit to emit. */
    int next;

    /**
     * @param words whether lexicon words and names are units
     * @param bigrams whether bigrams are units
     */
    WordUnits(VietnameseLexicon lexicon, boolean words, boolean bigrams) {
        this.segmenter = new WordSegmenter(lexicon);
        this.words = words;
        this.bigrams = bigrams;
    }

    void clear() {
        count = 0;
        next = 0;
    }

    /** Replaces the units with those of the clause. */
    void build(WordClause clause) {
        clear();
        int found = words ? findWords(clause) : 0;
        int n = clause.n;
        int k = 0;
        int b = bigrams ? 0 : n;
        while (k < found || b + 1 < n) {
            if (k < found && (b + 1 >= n || wFirst[k] <= b)) {
                add(wFirst[k], wLen[k], wName[k] ? NAME : WORD);
                if (wLen[k] == 2 && wFirst[k] == b) {
                    b++; // the bigram is this very word
                }
                k++;
            } else {
                add(b, 2, BIGRAM);
                b++;
            }
        }
    }

    /** Segments each maximal run of syllable tokens; returns the number of words of two or more syllables. */
    private int findWords(WordClause clause) {
        int n = clause.n;
        boolean[] syl = clause.syl;
        int i = 0;
        int w0 = 0;
        while (i < n) {
            if (!syl[i]) {
                i++;
                continue;
            }
            int j = i;
            // a soft break ends the run: "Hà Tĩnh - Nghệ An" is two names, though its middle pair is a bigram
            while (j < n && syl[j] && (j == i || !clause.afterSoftBreak[j])) {
                j++;
            }
            int count = segmenter.segment(clause.ids, clause.cap, i, j, i == 0, segLengths, segNames, segScore,
                    segBack, wordMemo);
            int at = i;
            for (int k = 0; k < count; k++) {
                if (segLengths[k] >= 2) {
                    addWord(w0++, at, segLengths[k], segNames[k]);
                }
                at += segLengths[k];
            }
            i = j;
        }
        return w0;
    }

    private void addWord(int k, int firstToken, int length, boolean name) {
        if (k == wFirst.length) {
            wFirst = Arrays.copyOf(wFirst, k * 2);
            wLen = Arrays.copyOf(wLen, k * 2);
            wName = Arrays.copyOf(wName, k * 2);
        }
        wFirst[k] = firstToken;
        wLen[k] = length;
        wName[k] = name;
    }

    private void add(int firstToken, int length, String t) {
        if (count == first.length) {
            int c = count * 2;
            first = Arrays.copyOf(first, c);
            len = Arrays.copyOf(len, c);
            type = Arrays.copyOf(type, c);
        }
        first[count] = firstToken;
        len[count] = length;
        type[count] = t;
        count++;
    }
}
