package vn.khotin.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a stream of syllables into a stream of multi-syllable units, for the {@code .words} fields:
 * words from the {@link VietnameseLexicon} ("thành_phố", "nông_thôn_mới"), names found by capitals
 * ("võ_hồng_hải" once lower-cased), and/or syllable bigrams ("phố_hà"), depending on the {@link Mode}.
 * Single syllables are not emitted: they live in the syllable fields.
 *
 * <p>Each unit is one token whose term joins the syllables with {@code _}, whose offsets span from the
 * first syllable's start to the last one's end, whose position is the first syllable's position and whose
 * position length is the number of syllables. Units never cross a clause boundary
 * ({@link VietnameseTokenizer#FLAG_BREAK_BEFORE}). Must run before lower-casing: capitals mark names.
 */
public final class VietnameseWordFilter extends TokenFilter {

    /** Which units to emit. */
    public enum Mode {
        /** Every pair of adjacent syllables. */
        BIGRAMS,
        /** Lexicon words and capitalized names of two or more syllables. */
        LEXICON,
        /** Both; a bigram that is also a lexicon word is emitted once. */
        BOTH
    }

    /**
     * The form of the emitted terms. Only {@link #AS_READ} leaves work to later filters; the other two
     * produce, term for term, what {@code lowercase | vietnameseTone} (and {@code vietnameseFolding}) after
     * this filter would, so a chain can leave those out. That saves two or three more passes over every
     * unit, which is about twice as long as a syllable, and the lexicon lookup needs the normalized
     * syllables anyway. Capitals are still read, before normalizing, to find names.
     */
    public enum TermForm {
        /** The syllables as the input had them (case and tone placement kept). */
        AS_READ,
        /** Lower case, canonical tone placement. */
        NORMALIZED,
        /** Lower case, canonical tone placement, then every diacritic removed. */
        FOLDED
    }

    /** Type of a lexicon word. */
    public static final String WORD = "<WORD>";
    /** Type of a name found by capitals. */
    public static final String NAME = "<NAME>";
    /** Type of a syllable bigram. */
    public static final String BIGRAM = "<BIGRAM>";

    private static final int MAX_CLAUSE = 512;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    private final VietnameseLexicon lexicon;
    private final WordSegmenter segmenter;
    private final Mode mode;
    private final TermForm form;

    // the current clause
    private char[] text = new char[1024];
    private int textLen;
    private int[] tOff = new int[64];
    private int[] tLen = new int[64];
    private int[] sOff = new int[64];
    private int[] eOff = new int[64];
    private int[] absPos = new int[64];
    private int[] ids = new int[64];
    private boolean[] cap = new boolean[64];
    private boolean[] syl = new boolean[64];
    private int n;

    // one token read past the clause end, kept in the clause arrays just after the clause (at index n)
    private boolean carry;
    private boolean inputDone;

    // outputs of the clause: (first token index, length, type)
    private int[] oFirst = new int[64];
    private int[] oLen = new int[64];
    private String[] oType = new String[64];
    private int oCount;
    private int oNext;

    private int inputPos = -1;
    private int lastEmittedPos = -1;
    private char[] scratch = new char[64];
    private final int[] segLengths = new int[MAX_CLAUSE + 1];
    private final boolean[] segNames = new boolean[MAX_CLAUSE + 1];
    private final double[] segScore = new double[MAX_CLAUSE + 1];
    private final int[] segBack = new int[MAX_CLAUSE + 1];

    /** A filter whose units keep the case and tone placement of the input (lower-case them later in the chain). */
    public VietnameseWordFilter(TokenStream input, VietnameseLexicon lexicon, Mode mode) {
        this(input, lexicon, mode, TermForm.AS_READ);
    }

    /** A filter emitting its units in the given form. */
    public VietnameseWordFilter(TokenStream input, VietnameseLexicon lexicon, Mode mode, TermForm form) {
        super(input);
        this.lexicon = lexicon;
        this.segmenter = new WordSegmenter(lexicon);
        this.mode = mode;
        this.form = java.util.Objects.requireNonNull(form);
        this.tokenizer = input instanceof VietnameseTokenizer t ? t : null;
    }

    /** The input when it is the Vietnamese tokenizer itself: then tokens are read without attributes. */
    private final VietnameseTokenizer tokenizer;

    @Override
    public boolean incrementToken() throws IOException {
        while (oNext >= oCount) {
            if (!readClause()) {
                return false;
            }
            buildOutputs();
        }
        clearAttributes();
        int f = oFirst[oNext];
        int l = oLen[oNext];
        int last = f + l - 1;
        int total = l - 1;
        for (int i = f; i <= last; i++) {
            total += tLen[i];
        }
        char[] out = termAtt.resizeBuffer(total);
        int o = 0;
        for (int i = f; i <= last; i++) {
            if (i > f) {
                out[o++] = '_';
            }
            System.arraycopy(text, tOff[i], out, o, tLen[i]);
            o += tLen[i];
        }
        termAtt.setLength(total);
        offsetAtt.setOffset(sOff[f], eOff[last]);
        int p = absPos[f];
        posIncAtt.setPositionIncrement(p - lastEmittedPos);
        lastEmittedPos = p;
        posLenAtt.setPositionLength(absPos[last] - p + 1);
        typeAtt.setType(oType[oNext]);
        oNext++;
        return true;
    }

    /** Reads the next clause into the arrays; false when the input is exhausted. */
    private boolean readClause() throws IOException {
        if (carry) {
            carry = false;
            moveToFront(n);
            n = 1;
            textLen = tLen[0];
        } else {
            n = 0;
            textLen = 0;
        }
        VietnameseTokenizer tok = tokenizer;
        while (!inputDone) {
            boolean brk;
            if (tok != null) {
                if (!tok.nextToken()) {
                    inputDone = true;
                    break;
                }
                inputPos += tok.tokPosInc;
                brk = tok.tokBreak;
            } else {
                if (!input.incrementToken()) {
                    inputDone = true;
                    break;
                }
                inputPos += posIncAtt.getPositionIncrement();
                brk = (flagsAtt.getFlags() & VietnameseTokenizer.FLAG_BREAK_BEFORE) != 0;
            }
            if (n > 0 && (brk || n >= MAX_CLAUSE)) {
                // park the token behind the clause: copying it is cheaper than captureState's clones
                addCurrent();
                n--;
                carry = true;
                break;
            }
            addCurrent();
        }
        return n > 0;
    }

    /** Makes token {@code c} (the parked carry) the clause's first token. */
    private void moveToFront(int c) {
        System.arraycopy(text, tOff[c], text, 0, tLen[c]);
        tOff[0] = 0;
        tLen[0] = tLen[c];
        sOff[0] = sOff[c];
        eOff[0] = eOff[c];
        absPos[0] = absPos[c];
        ids[0] = ids[c];
        cap[0] = cap[c];
        syl[0] = syl[c];
    }

    /** Copies the current input token (still in the attributes) into the clause. */
    private void addCurrent() {
        if (n == tOff.length) {
            int c = n * 2;
            tOff = Arrays.copyOf(tOff, c);
            tLen = Arrays.copyOf(tLen, c);
            sOff = Arrays.copyOf(sOff, c);
            eOff = Arrays.copyOf(eOff, c);
            absPos = Arrays.copyOf(absPos, c);
            ids = Arrays.copyOf(ids, c);
            cap = Arrays.copyOf(cap, c);
            syl = Arrays.copyOf(syl, c);
        }
        int len;
        char[] b;
        int bOff;
        String type;
        VietnameseTokenizer tok = tokenizer;
        if (tok != null) {
            b = tok.buffer();
            bOff = tok.tokStart;
            len = tok.tokEnd - bOff;
            sOff[n] = tok.originalOffset(bOff);
            eOff[n] = tok.originalOffset(tok.tokEnd);
            type = tok.tokType;
        } else {
            b = termAtt.buffer();
            bOff = 0;
            len = termAtt.length();
            sOff[n] = offsetAtt.startOffset();
            eOff[n] = offsetAtt.endOffset();
            type = typeAtt.type();
        }
        if (textLen + len > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLen + len));
        }
        int at = textLen;
        tOff[n] = at;
        tLen[n] = len;
        textLen += len;
        absPos[n] = inputPos;
        boolean isSyl = VietnameseTokenizer.SYLLABLE.equals(type);
        syl[n] = isSyl;
        cap[n] = isSyl && len > 0 && Character.isUpperCase(b[bOff]);
        if (form != TermForm.AS_READ) {
            // Per part equals per joined unit: '_' is no letter to either filter, and no surrogate pair
            // spans a part boundary. A syllable has no surrogates (the tokenizer puts none in letter
            // tokens), so char by char is code point by code point there.
            if (isSyl) {
                if (len > 0 && len <= CACHE_WIDTH && cachedSyllable(b, bOff, len, at)) {
                    n++;
                    return;
                }
                for (int i = 0; i < len; i++) {
                    text[at + i] = VietnameseText.toLowerCase(b[bOff + i]);
                }
            } else {
                System.arraycopy(b, bOff, text, at, len);
                CharacterUtils.toLowerCase(text, at, at + len);
            }
            VietnameseText.toNewStyle(text, at, len);
            ids[n] = isSyl && mode != Mode.BIGRAMS ? lexicon.syllableId(text, at, len) : 0;
            if (form == TermForm.FOLDED) {
                VietnameseText.fold(text, at, len); // char by char, so per part equals per unit too
            }
            if (isSyl && len > 0 && len <= CACHE_WIDTH) {
                remember(len, at, ids[n]);
            }
            n++;
            return;
        }
        System.arraycopy(b, bOff, text, at, len);
        if (isSyl && mode != Mode.BIGRAMS) {
            if (scratch.length < len) {
                scratch = new char[len * 2];
            }
            for (int i = 0; i < len; i++) {
                scratch[i] = VietnameseText.toLowerCase(b[bOff + i]);
            }
            VietnameseText.toNewStyle(scratch, 0, len);
            ids[n] = lexicon.syllableId(scratch, 0, len);
        } else {
            ids[n] = 0;
        }
        n++;
    }

    /*
     * A direct-mapped cache of recent syllables, as read, to their final form and lexicon id. A syllable's
     * form and id depend on its own chars only, and a few thousand syllable types make up most running
     * text, so most syllables skip lower-casing, tone placement, folding and the lexicon probe, whose
     * tables are too large to stay in cache. One entry is 16 chars, so a lookup touches one cache line:
     * [length][7 chars as read][7 chars of the final form][id]. Ids fit a char (the lexicon keeps at most
     * 65,535 syllables); Vietnamese syllables have at most 7 letters, so longer tokens just bypass it.
     */
    private static final int CACHE_WIDTH = 7;
    private static final int CACHE_BITS = 12;
    private final char[] cache = new char[16 << CACHE_BITS];
    private int cacheSlot;
    private final VietnameseLexicon.WordMemo wordMemo = new VietnameseLexicon.WordMemo();

    /**
     * Looks up the syllable {@code b[bOff..bOff+len)} (as read); on a hit writes its final form to
     * {@code text[at..]}, its id to {@code ids[n]} and returns true. On a miss, leaves the slot for
     * {@link #remember}.
     */
    private boolean cachedSyllable(char[] b, int bOff, int len, int at) {
        int h = 0;
        for (int i = bOff, e = bOff + len; i < e; i++) {
            h = 31 * h + b[i];
        }
        h *= 0x9E3779B9;
        int base = (h >>> (32 - CACHE_BITS)) << 4;
        cacheSlot = base;
        char[] c = cache;
        if (c[base] != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (c[base + 1 + i] != b[bOff + i]) {
                return false;
            }
        }
        char[] t = text;
        for (int i = 0; i < len; i++) {
            t[at + i] = c[base + 8 + i];
        }
        ids[n] = c[base + 15];
        return true;
    }

    /** Stores the syllable just read (still in the tokenizer or attribute buffer) in the slot of the last miss. */
    private void remember(int len, int at, int id) {
        if (id < 0 || id > Character.MAX_VALUE) {
            return;
        }
        int base = cacheSlot;
        char[] src;
        int srcOff;
        if (tokenizer != null) {
            src = tokenizer.buffer();
            srcOff = tokenizer.tokStart;
        } else {
            src = termAtt.buffer();
            srcOff = 0;
        }
        char[] c = cache;
        c[base] = (char) len;
        System.arraycopy(src, srcOff, c, base + 1, len);
        System.arraycopy(text, at, c, base + 8, len);
        c[base + 15] = (char) id;
    }

    private void addOutput(int first, int len, String type) {
        if (oCount == oFirst.length) {
            int c = oCount * 2;
            oFirst = Arrays.copyOf(oFirst, c);
            oLen = Arrays.copyOf(oLen, c);
            oType = Arrays.copyOf(oType, c);
        }
        oFirst[oCount] = first;
        oLen[oCount] = len;
        oType[oCount] = type;
        oCount++;
    }

    private void buildOutputs() {
        oCount = 0;
        oNext = 0;
        int words = 0;
        if (mode != Mode.BIGRAMS) {
            // segment each maximal run of syllable tokens
            int i = 0;
            int w0 = 0;
            while (i < n) {
                if (!syl[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && syl[j]) {
                    j++;
                }
                int count = segmenter.segment(ids, cap, i, j, i == 0, segLengths, segNames, segScore, segBack, wordMemo);
                int at = i;
                for (int k = 0; k < count; k++) {
                    if (segLengths[k] >= 2) {
                        wordFirst(w0++, at, segLengths[k], segNames[k]);
                    }
                    at += segLengths[k];
                }
                i = j;
            }
            words = w0;
        }
        int k = 0;
        int b = mode == Mode.LEXICON ? n : 0;
        while (k < words || b + 1 < n) {
            if (k < words && (b + 1 >= n || wFirst[k] <= b)) {
                addOutput(wFirst[k], wLen[k], wName[k] ? NAME : WORD);
                if (wLen[k] == 2 && wFirst[k] == b) {
                    b++; // the bigram is this very word
                }
                k++;
            } else {
                addOutput(b, 2, BIGRAM);
                b++;
            }
        }
    }

    private int[] wFirst = new int[64];
    private int[] wLen = new int[64];
    private boolean[] wName = new boolean[64];

    private void wordFirst(int k, int first, int len, boolean name) {
        if (k == wFirst.length) {
            wFirst = Arrays.copyOf(wFirst, k * 2);
            wLen = Arrays.copyOf(wLen, k * 2);
            wName = Arrays.copyOf(wName, k * 2);
        }
        wFirst[k] = first;
        wLen[k] = len;
        wName[k] = name;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // keep the field's length in positions as the syllable stream had it
        int endInc = posIncAtt.getPositionIncrement();
        posIncAtt.setPositionIncrement(endInc + Math.max(0, inputPos - lastEmittedPos));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        n = 0;
        textLen = 0;
        carry = false;
        inputDone = false;
        oCount = 0;
        oNext = 0;
        inputPos = -1;
        lastEmittedPos = -1;
    }
}
