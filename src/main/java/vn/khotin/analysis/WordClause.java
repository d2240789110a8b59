package vn.khotin.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;

/**
 * The clause {@link VietnameseWordFilter} has read: each token's text in the form the filter emits, its offsets,
 * position and lexicon id, whether it is a syllable and whether it starts with a capital. Arrays reused from
 * clause to clause; a token read past the clause's end is parked just behind it, at index {@link #n}.
 */
final class WordClause {

    // the tokens' text, one after the other; token i is text[tOff[i], tOff[i] + tLen[i])
    char[] text = new char[1024];
    int textLen;
    int[] tOff = new int[64];
    int[] tLen = new int[64];
    int[] sOff = new int[64];
    int[] eOff = new int[64];
    int[] absPos = new int[64];
    int[] ids = new int[64];
    boolean[] cap = new boolean[64];
    boolean[] syl = new boolean[64];
    /** Whether the token follows a soft break ({@link VietnameseTokenizer#FLAG_SOFT_BREAK_BEFORE}): no word spans it. */
    boolean[] afterSoftBreak = new boolean[64];
    int n;

    private final VietnameseLexicon lexicon;
    private final boolean lookUpIds;
    private final boolean normalize;
    private final boolean fold;
    private final SyllableFormCache cache = new SyllableFormCache();
    private char[] scratch = new char[64];

    /**
     * @param lookUpIds whether syllables get their lexicon ids (0 otherwise)
     * @param normalize whether the text is lower-cased with canonical tone placement (else kept as read)
     * @param fold whether the normalized text then loses every diacritic
     */
    WordClause(VietnameseLexicon lexicon, boolean lookUpIds, boolean normalize, boolean fold) {
        this.lexicon = lexicon;
        this.lookUpIds = lookUpIds;
        this.normalize = normalize;
        this.fold = fold;
    }

    void clear() {
        n = 0;
        textLen = 0;
    }

    /** Starts the next clause with the token parked behind this one. */
    void startWithParked() {
        int c = n;
        System.arraycopy(text, tOff[c], text, 0, tLen[c]);
        tOff[0] = 0;
        tLen[0] = tLen[c];
        sOff[0] = sOff[c];
        eOff[0] = eOff[c];
        absPos[0] = absPos[c];
        ids[0] = ids[c];
        cap[0] = cap[c];
        syl[0] = syl[c];
        afterSoftBreak[0] = false;
        n = 1;
        textLen = tLen[0];
    }

    /**
     * Appends the token {@code b[bOff, bOff + len)} with its offsets, absolute position, whether it is a syllable and
     * whether a soft break ("Bắc - Nam", "“bầu” Kiên") stands before it.
     */
    void add(char[] b, int bOff, int len, int start, int end, int pos, boolean isSyl, boolean softBreak) {
        if (n == tOff.length) {
            grow();
        }
        sOff[n] = start;
        eOff[n] = end;
        if (textLen + len > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLen + len));
        }
        int at = textLen;
        tOff[n] = at;
        tLen[n] = len;
        textLen += len;
        absPos[n] = pos;
        syl[n] = isSyl;
        afterSoftBreak[n] = softBreak;
        cap[n] = isSyl && len > 0 && Character.isUpperCase(b[bOff]);
        ids[n] = normalize ? addNormalized(b, bOff, len, at, isSyl) : addAsRead(b, bOff, len, at, isSyl);
        n++;
    }

    /** Writes the token's normalized (or folded) form to text[at..]; returns its id. */
    private int addNormalized(char[] b, int bOff, int len, int at, boolean isSyl) {
        // Per part equals per joined unit: '_' is no letter to either filter, and no surrogate pair
        // spans a part boundary. A syllable has no surrogates (the tokenizer puts none in letter
        // tokens), so char by char is code point by code point there.
        boolean cacheable = isSyl && len > 0 && len <= SyllableFormCache.WIDTH;
        if (isSyl) {
            if (cacheable) {
                int id = cache.lookup(b, bOff, len, text, at);
                if (id >= 0) {
                    return id;
                }
            }
            for (int i = 0; i < len; i++) {
                text[at + i] = VietnameseText.toLowerCase(b[bOff + i]);
            }
        } else {
            System.arraycopy(b, bOff, text, at, len);
            CharacterUtils.toLowerCase(text, at, at + len);
        }
        VietnameseText.toNewStyle(text, at, len);
        int id = isSyl && lookUpIds ? lexicon.syllableId(text, at, len) : 0;
        if (fold) {
            VietnameseText.fold(text, at, len); // char by char, so per part equals per unit too
        }
        if (cacheable) {
            cache.remember(b, bOff, len, text, at, id);
        }
        return id;
    }

    /** Copies the token as read to text[at..]; returns the id of its normalized form. */
    private int addAsRead(char[] b, int bOff, int len, int at, boolean isSyl) {
        System.arraycopy(b, bOff, text, at, len);
        if (!isSyl || !lookUpIds) {
            return 0;
        }
        if (scratch.length < len) {
            scratch = new char[len * 2];
        }
        for (int i = 0; i < len; i++) {
            scratch[i] = VietnameseText.toLowerCase(b[bOff + i]);
        }
        VietnameseText.toNewStyle(scratch, 0, len);
        return lexicon.syllableId(scratch, 0, len);
    }

    private void grow() {
        int c = n * 2;
        tOff = Arrays.copyOf(tOff, c);
        tLen = Arrays.copyOf(tLen, c);
        sOff = Arrays.copyOf(sOff, c);
        eOff = Arrays.copyOf(eOff, c);
        absPos = Arrays.copyOf(absPos, c);
        ids = Arrays.copyOf(ids, c);
        cap = Arrays.copyOf(cap, c);
        syl = Arrays.copyOf(syl, c);
        afterSoftBreak = Arrays.copyOf(afterSoftBreak, c);
    }
}
