package vn.khotin.analysis;

import static vn.khotin.analysis.TokenChars.isConnector;
import static vn.khotin.analysis.TokenChars.isDigit;
import static vn.khotin.analysis.TokenChars.isWordChar;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese news text into syllables while keeping the tokens a reader treats as one unit intact:
 * document codes ({@code 02-NQ/ThU}, {@code 1193-QĐ/TU}), dates ({@code 28/2}, {@code 3/2/2021}), numbers
 * with Vietnamese separators ({@code 1.000}, {@code 2,5}), e-mail addresses and URLs.
 *
 * <p>Case is kept: {@link VietnameseWordFilter} reads capitals to find names, so lower-casing comes later in
 * the chain. Each token carries a {@link #TYPES type}; tokens that follow punctuation or a line break (a
 * clause boundary) carry {@link #FLAG_BREAK_BEFORE} in their flags, so word-level filters never join
 * syllables across a comma or a sentence end.
 *
 * <p>The field is read whole on the first call (fields are article-sized) and scanned by hand: no regular
 * expression and no allocation per token. The scan is here; the character classes ({@link TokenChars}), the
 * rules that give a run its type ({@link TokenKinds}), sentence ends ({@link SentenceEnds}) and the queue of a
 * run's tokens ({@link PendingTokens}) are beside it.
 */
public final class VietnameseTokenizer extends Tokenizer {

    /** A letter-only token: a Vietnamese syllable or a foreign word. */
    public static final String SYLLABLE = TokenKinds.SYLLABLE;
    /** A letter-only token in capitals of two or more letters ({@code UBND}, {@code THPT}). */
    public static final String ABBREVIATION = TokenKinds.ABBREVIATION;
    /** A number, with Vietnamese separators kept ({@code 1.000}, {@code 2,5}). */
    public static final String NUMBER = TokenKinds.NUMBER;
    /** A date ({@code 28/2}, {@code 3/2/2021}, {@code 03-02-2021}). */
    public static final String DATE = TokenKinds.DATE;
    /** A document code or another slash-joined identifier ({@code 02-NQ/ThU}). */
    public static final String CODE = TokenKinds.CODE;
    /** Letters and digits mixed without separator ({@code QL1A}, {@code F0}). */
    public static final String ALPHANUM = TokenKinds.ALPHANUM;
    /** An e-mail address. */
    public static final String EMAIL = TokenKinds.EMAIL;
    /** A URL or a bare domain name ({@code baohatinh.vn}). */
    public static final String URL = TokenKinds.URL;

    /** Every type this tokenizer emits. */
    public static final String[] TYPES = {SYLLABLE, ABBREVIATION, NUMBER, DATE, CODE, ALPHANUM, EMAIL, URL};

    /** Flag bit set on a token preceded by punctuation or a line break (a clause boundary). */
    public static final int FLAG_BREAK_BEFORE = 1;
    /**
     * Flag bit set, besides {@link #FLAG_BREAK_BEFORE}, on a token preceded by a soft break: blanks with a dash alone
     * ("Bắc - Nam", "Mỹ – Triều"), or a quote mark closing a nickname before a capitalised name ("“bầu” Kiên"). A dash
     * there joins two names into a pair and the quotes mark part of a name, so word pairs span it while names and
     * lexicon words do not ({@link VietnameseWordFilter}).
     */
    public static final int FLAG_SOFT_BREAK_BEFORE = 2;

    /**
     * Positions left empty between the last token of a sentence and the first of the next, so that a phrase or a
     * proximity match never joins them: "Hoa Kỳ. Ảnh: Reuters" does not contain "Kỳ Ảnh", nor the place Kỳ Anh
     * typed without diacritics. Larger than the search's proximity slop; a slop typed by the user ({@code "a b"~20})
     * may still reach across.
     */
    public static final int SENTENCE_GAP = 10;

    /** Tokens longer than this are dropped (their position is kept as a gap). */
    public static final int MAX_TOKEN_LENGTH = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    private char[] buf = new char[4096];
    private int len;
    private int pos;
    private boolean filled;
    private int skippedPositions;
    // the last run of word characters scanned, buf[runStart, runEnd); runEnd < 0 before the first
    private int runStart;
    private int runEnd = -1;

    private final PendingTokens pending = new PendingTokens();

    public VietnameseTokenizer() {
    }

    public VietnameseTokenizer(AttributeFactory factory) {
        super(factory);
    }

    // the token nextToken() found: buf[tokStart, tokEnd)
    int tokStart;
    int tokEnd;
    int tokPosInc;
    String tokType;
    boolean tokBreak;
    /** Whether the current token follows a soft break ({@link #FLAG_SOFT_BREAK_BEFORE}). */
    boolean tokSoftBreak;
    /** Whether the gap before the current run was a soft break. */
    private boolean gapSoft;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!nextToken()) {
            return false;
        }
        termAtt.copyBuffer(buf, tokStart, tokEnd - tokStart);
        offsetAtt.setOffset(correctOffset(tokStart), correctOffset(tokEnd));
        posIncAtt.setPositionIncrement(tokPosInc);
        typeAtt.setType(tokType);
        flagsAtt.setFlags((tokBreak ? FLAG_BREAK_BEFORE : 0) | (tokSoftBreak ? FLAG_SOFT_BREAK_BEFORE : 0));
        return true;
    }

    /**
     * Advances to the next token without touching the attributes: for {@link VietnameseWordFilter}, which
     * copies every token into its clause anyway and would otherwise pay for filling and reading the
     * attributes of each syllable. The token is in {@link #buffer()} and the {@code tok*} fields.
     */
    boolean nextToken() throws IOException {
        if (!filled) {
            fill();
        }
        PendingTokens p = pending;
        while (true) {
            if (p.next < p.count) {
                int s = p.start[p.next];
                int e = p.end[p.next];
                if (e - s > MAX_TOKEN_LENGTH) {
                    p.next++;
                    skippedPositions++;
                    continue;
                }
                tokStart = s;
                tokEnd = e;
                tokPosInc = 1 + skippedPositions;
                skippedPositions = 0;
                tokType = p.type[p.next];
                tokBreak = p.brk[p.next];
                tokSoftBreak = tokBreak && gapSoft; // a run is queued alone: its gap is this one's
                p.next++;
                return true;
            }
            if (!scanRun()) {
                return false;
            }
        }
    }

    /** The text being tokenized (valid during {@link #nextToken()} use). */
    char[] buffer() {
        return buf;
    }

    /** {@link #correctOffset(int)} for the word filter. */
    int originalOffset(int off) {
        return correctOffset(off);
    }

    private void fill() throws IOException {
        len = 0;
        while (true) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = input.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        filled = true;
    }

    /** Scans the next run of word characters; fills the pending queue. Returns false at the end. */
    private boolean scanRun() {
        pending.clear();
        int gapStart = pos;
        boolean brk = skipGap();
        if (pos >= len) {
            return false;
        }
        if (brk && runEnd >= 0 && SentenceEnds.endsSentence(buf, gapStart, pos, runStart, runEnd)) {
            skippedPositions += SENTENCE_GAP;
        }
        int start = pos;
        if (TokenKinds.startsUrl(buf, len, start)) {
            int e = TokenKinds.urlEnd(buf, len, start);
            pos = e;
            pending.push(start, e, URL, brk);
            runStart = start;
            runEnd = e;
            return true;
        }
        scanWords(start, brk);
        return true;
    }

    /**
     * Skips to the next word character; true when the chars skipped hold more than blanks (a clause boundary). Notes
     * whether they were a soft break ({@link #gapSoft}): blanks with one dash and nothing else, or a quote mark closing
     * the previous word before a capital ("“bầu” Kiên"; not an opening quote, nor a quotation's end before lower case,
     * which would add a pair at most quotations).
     */
    private boolean skipGap() {
        int gapStart = pos;
        boolean brk = false;
        int dashes = 0;
        int quotes = 0;
        boolean other = false;
        while (pos < len && !isWordChar(buf[pos])) {
            char c = buf[pos];
            if (c != ' ' && c != '\t' && c != '\r') {
                brk = true;
                if (TokenChars.isDash(c)) {
                    dashes++;
                } else if (TokenChars.isQuote(c)) {
                    quotes++;
                } else {
                    other = true;
                }
            }
            pos++;
        }
        boolean closingQuote = quotes > 0 && dashes == 0 && gapStart > 0 && TokenChars.isQuote(buf[gapStart])
                && pos < len && TokenChars.isUpperCase(buf[pos]);
        gapSoft = !other && (dashes == 1 && quotes == 0 || closingQuote);
        return brk;
    }

    /** Scans the run of word characters and connectors at {@code start} and queues its token or its parts. */
    private void scanWords(int start, boolean brk) {
        int e = start;
        boolean letters = false;
        boolean digits = false;
        boolean slash = false;
        boolean at = false;
        boolean connectors = false;
        while (e < len) {
            char c = buf[e];
            if (isWordChar(c)) {
                if (c < 0x80 ? c <= '9' : isDigit(c)) {
                    digits = true;
                } else {
                    letters = true;
                }
                e++;
            } else if (isConnector(c) && e + 1 < len && isWordChar(buf[e + 1])) {
                connectors = true;
                slash |= c == '/';
                at |= c == '@';
                e++;
            } else {
                break;
            }
        }
        pos = e;
        runStart = start;
        runEnd = e;
        String type = connectors ? TokenKinds.connectedType(buf, start, e, letters, digits, slash, at)
                : TokenKinds.plainType(buf, start, e, letters, digits);
        if (type != null) {
            pending.push(start, e, type, brk);
        } else {
            pending.split(buf, start, e, brk);
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int fin = correctOffset(len);
        offsetAtt.setOffset(fin, fin);
        posIncAtt.setPositionIncrement(skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        filled = false;
        len = 0;
        pos = 0;
        pending.clear();
        skippedPositions = 0;
        runEnd = -1;
        gapSoft = false;
    }
}
