package vn.khotin.analysis;

import java.io.IOException;
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
 * ({@link VietnameseTokenizer#FLAG_BREAK_BEFORE}); a soft break between two tokens (a dash alone, quote marks)
 * ({@link VietnameseTokenizer#FLAG_SOFT_BREAK_BEFORE}: "Bắc - Nam") is crossed by their bigram only, joined by
 * {@link #SOFT_BREAK_JOINER}. Must run before lower-casing: capitals mark names.
 *
 * <p>The filter reads a clause at a time into a {@link WordClause}, has {@link WordUnits} choose its units, and
 * emits them with their offsets and positions.
 */
public final class VietnameseWordFilter extends TokenFilter {

    /**
     * Joins the two tokens of a bigram across a soft break ("Bắc - Nam": {@code bắc~nam}) instead of {@code _}: a
     * filter asking for the pair whole finds it as a phrase of the syllable fields would, while a pair written side
     * by side ({@code bắc_nam}) keeps the statistics and the scores it had. No token holds this character.
     */
    public static final char SOFT_BREAK_JOINER = '~';

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
    public static final String WORD = WordUnits.WORD;
    /** Type of a name found by capitals. */
    public static final String NAME = WordUnits.NAME;
    /** Type of a syllable bigram. */
    public static final String BIGRAM = WordUnits.BIGRAM;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    /** The input when it is the Vietnamese tokenizer itself: then tokens are read without attributes. */
    private final VietnameseTokenizer tokenizer;
    private final WordClause clause;
    private final WordUnits units;

    // one token read past the clause end, parked in the clause just after it
    private boolean carry;
    private boolean inputDone;

    private int inputPos = -1;
    private int lastEmittedPos = -1;

    /** A filter whose units keep the case and tone placement of the input (lower-case them later in the chain). */
    public VietnameseWordFilter(TokenStream input, VietnameseLexicon lexicon, Mode mode) {
        this(input, lexicon, mode, TermForm.AS_READ);
    }

    /** A filter emitting its units in the given form. */
    public VietnameseWordFilter(TokenStream input, VietnameseLexicon lexicon, Mode mode, TermForm form) {
        super(input);
        java.util.Objects.requireNonNull(form);
        this.clause = new WordClause(lexicon, mode != Mode.BIGRAMS, form != TermForm.AS_READ, form == TermForm.FOLDED);
        this.units = new WordUnits(lexicon, mode != Mode.BIGRAMS, mode != Mode.LEXICON);
        this.tokenizer = input instanceof VietnameseTokenizer t ? t : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        WordUnits u = units;
        while (u.next >= u.count) {
            if (!readClause()) {
                return false;
            }
            u.build(clause);
        }
        clearAttributes();
        WordClause c = clause;
        int f = u.first[u.next];
        int l = u.len[u.next];
        int last = f + l - 1;
        int total = l - 1;
        for (int i = f; i <= last; i++) {
            total += c.tLen[i];
        }
        char[] out = termAtt.resizeBuffer(total);
        int o = 0;
        for (int i = f; i <= last; i++) {
            if (i > f) {
                out[o++] = c.afterSoftBreak[i] ? SOFT_BREAK_JOINER : '_';
            }
            System.arraycopy(c.text, c.tOff[i], out, o, c.tLen[i]);
            o += c.tLen[i];
        }
        termAtt.setLength(total);
        offsetAtt.setOffset(c.sOff[f], c.eOff[last]);
        int p = c.absPos[f];
        posIncAtt.setPositionIncrement(p - lastEmittedPos);
        lastEmittedPos = p;
        posLenAtt.setPositionLength(c.absPos[last] - p + 1);
        typeAtt.setType(u.type[u.next]);
        u.next++;
        return true;
    }

    /** Reads the next clause into {@link #clause}; false when the input is exhausted. */
    private boolean readClause() throws IOException {
        if (carry) {
            carry = false;
            clause.startWithParked();
        } else {
            clause.clear();
        }
        VietnameseTokenizer tok = tokenizer;
        while (!inputDone) {
            boolean brk;
            boolean soft;
            if (tok != null) {
                if (!tok.nextToken()) {
                    inputDone = true;
                    break;
                }
                inputPos += tok.tokPosInc;
                brk = tok.tokBreak;
                soft = tok.tokSoftBreak;
            } else {
                if (!input.incrementToken()) {
                    inputDone = true;
                    break;
                }
                inputPos += posIncAtt.getPositionIncrement();
                int flags = flagsAtt.getFlags();
                brk = (flags & VietnameseTokenizer.FLAG_BREAK_BEFORE) != 0;
                soft = (flags & VietnameseTokenizer.FLAG_SOFT_BREAK_BEFORE) != 0;
            }
            // a soft break ("Bắc - Nam", "“bầu” Kiên") keeps the clause going: pairs span it, words do not
            if (clause.n > 0 && ((brk && !soft) || clause.n >= WordUnits.MAX_CLAUSE)) {
                // park the token behind the clause: copying it is cheaper than captureState's clones
                addCurrent(false);
                clause.n--;
                carry = true;
                break;
            }
            addCurrent(soft && clause.n > 0);
        }
        return clause.n > 0;
    }

    /** Copies the current input token (from the tokenizer, or still in the attributes) into the clause. */
    private void addCurrent(boolean afterSoftBreak) {
        VietnameseTokenizer tok = tokenizer;
        if (tok != null) {
            int s = tok.tokStart;
            clause.add(tok.buffer(), s, tok.tokEnd - s, tok.originalOffset(s), tok.originalOffset(tok.tokEnd),
                    inputPos, VietnameseTokenizer.SYLLABLE.equals(tok.tokType), afterSoftBreak);
        } else {
            clause.add(termAtt.buffer(), 0, termAtt.length(), offsetAtt.startOffset(), offsetAtt.endOffset(),
                    inputPos, VietnameseTokenizer.SYLLABLE.equals(typeAtt.type()), afterSoftBreak);
        }
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
        clause.clear();
        carry = false;
        inputDone = false;
        units.clear();
        inputPos = -1;
        lastEmittedPos = -1;
    }
}
