package vn.khotin.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
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
 * expression and no allocation per token.
 */
public final class VietnameseTokenizer extends Tokenizer {

    /** A letter-only token: a Vietnamese syllable or a foreign word. */
    public static final String SYLLABLE = "<SYLLABLE>";
    /** A letter-only token in capitals of two or more letters ({@code UBND}, {@code THPT}). */
    public static final String ABBREVIATION = "<ABBR>";
    /** A number, with Vietnamese separators kept ({@code 1.000}, {@code 2,5}). */
    public static final String NUMBER = "<NUM>";
    /** A date ({@code 28/2}, {@code 3/2/2021}, {@code 03-02-2021}). */
    public static final String DATE = "<DATE>";
    /** A document code or another slash-joined identifier ({@code 02-NQ/ThU}). */
    public static final String CODE = "<CODE>";
    /** Letters and digits mixed without separator ({@code QL1A}, {@code F0}). */
    public static final String ALPHANUM = "<ALPHANUM>";
    /** An e-mail address. */
    public static final String EMAIL = "<EMAIL>";
    /** A URL or a bare domain name ({@code baohatinh.vn}). */
    public static final String URL = "<URL>";

    /** Every type this tokenizer emits. */
    public static final String[] TYPES = {SYLLABLE, ABBREVIATION, NUMBER, DATE, CODE, ALPHANUM, EMAIL, URL};

    /** Flag bit set on a token preceded by punctuation or a line break (a clause boundary). */
    public static final int FLAG_BREAK_BEFORE = 1;

    /**
     * Positions left empty between the last token of a sentence and the first of the next, so that a phrase or a
     * proximity match never joins them: "Hoa Kỳ. Ảnh: Reuters" does not contain "Kỳ Ảnh", nor the place Kỳ Anh
     * typed without diacritics. Larger than the search's proximity slop; a slop typed by the user ({@code "a b"~20})
     * may still reach across.
     */
    public static final int SENTENCE_GAP = 10;

    /** Tokens longer than this are dropped (their position is kept as a gap). */
    public static final int MAX_TOKEN_LENGTH = 255;

    private static final String[] TLDS = {"vn", "com", "net", "org", "gov", "edu", "info", "biz", "io", "int"};

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

    // pending tokens produced by splitting one run
    private int[] pStart = new int[16];
    private int[] pEnd = new int[16];
    private String[] pType = new String[16];
    private boolean[] pBreak = new boolean[16];
    private int pCount;
    private int pNext;

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
        flagsAtt.setFlags(tokBreak ? FLAG_BREAK_BEFORE : 0);
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
        while (true) {
            if (pNext < pCount) {
                int s = pStart[pNext];
                int e = pEnd[pNext];
                if (e - s > MAX_TOKEN_LENGTH) {
                    pNext++;
                    skippedPositions++;
                    continue;
                }
                tokStart = s;
                tokEnd = e;
                tokPosInc = 1 + skippedPositions;
                skippedPositions = 0;
                tokType = pType[pNext];
                tokBreak = pBreak[pNext];
                pNext++;
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

    // Character classes of every UTF-16 unit, computed once from the JDK's Unicode data: the scanner asks
    // several questions per char, and the JDK answers each through a chain of property tables.
    private static final byte WORD_CHAR = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int k = 0;
            if (Character.isLetterOrDigit(ch)) {
                k |= WORD_CHAR;
            } else {
                int t = Character.getType(ch);
                // Variation selectors are marks too, but they only pick an emoji's or a symbol's glyph ("🌧️"):
                // alone they would make a token of their own.
                boolean variationSelector = ch >= '\uFE00' && ch <= '\uFE0F';
                if ((t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK) && !variationSelector) {
                    k |= WORD_CHAR;
                }
            }
            if (Character.isDigit(ch)) {
                k |= DIGIT;
            }
            if (Character.isUpperCase(ch)) {
                k |= UPPER;
            }
            CLASSES[c] = (byte) k;
        }
    }

    /** A letter, a digit or a combining mark: part of a token. */
    static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD_CHAR) != 0;
    }

    private static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    private static boolean isUpperCase(char c) {
        return (CLASSES[c] & UPPER) != 0;
    }

    private static boolean isConnector(char c) {
        return c == '.' || c == ',' || c == '/' || c == '-' || c == '_' || c == '@' || c == '&' || c == '\''
                || c == '+' || c == '\u2019';
    }

    /** Scans the next run of word characters; fills the pending queue. Returns false at the end. */
    private boolean scanRun() {
        pCount = 0;
        pNext = 0;
        boolean brk = false;
        int gapStart = pos;
        while (pos < len && !isWordChar(buf[pos])) {
            char c = buf[pos];
            if (c != ' ' && c != '\t' && c != '\r') {
                brk = true;
            }
            pos++;
        }
        if (pos >= len) {
            return false;
        }
        if (brk && runEnd >= 0 && endsSentence(gapStart, pos)) {
            skippedPositions += SENTENCE_GAP;
        }
        int start = pos;
        if (startsUrl(start)) {
            int e = start;
            while (e < len && !Character.isWhitespace(buf[e]) && buf[e] != '"' && buf[e] != '<' && buf[e] != '>'
                    && buf[e] != '“' && buf[e] != '”') {
                e++;
            }
            while (e > start && ".,;:!?)]}'".indexOf(buf[e - 1]) >= 0) {
                e--;
            }
            pos = e;
            push(start, e, URL, brk);
            runStart = start;
            runEnd = e;
            return true;
        }
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
        if (!connectors) {
            push(start, e, letters ? (digits ? ALPHANUM : letterType(start, e)) : NUMBER, brk);
        } else if (at && isEmail(start, e)) {
            push(start, e, EMAIL, brk);
        } else if (letters && !slash && isDomain(start, e)) {
            push(start, e, URL, brk);
        } else if (!letters) {
            if (isDate(start, e)) {
                push(start, e, DATE, brk);
            } else if (slash) {
                push(start, e, CODE, brk);
            } else if (onlyNumberSeparators(start, e)) {
                push(start, e, NUMBER, brk);
            } else {
                split(start, e, brk);
            }
        } else if (slash && digits) {
            push(start, e, CODE, brk);
        } else {
            split(start, e, brk);
        }
        return true;
    }

    /**
     * Whether the punctuation in buf[from, to) between the last run and the next ends a sentence: a line break, or
     * a full stop, "!", "?" or "…" before a capital or a digit. A full stop after an abbreviation or an initial
     * ("TP. Hà Tĩnh", "ThS. Lê", "Nguyễn V. An") does not: a missed sentence end only leaves the two sentences
     * joined as before, a false one would split a name.
     */
    private boolean endsSentence(int from, int to) {
        boolean stop = false;
        boolean fullStop = false;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c == '\n') {
                return true;
            }
            stop |= c == '!' || c == '?' || c == '\u2026';
            fullStop |= c == '.';
        }
        char next = buf[to];
        if (!(stop || fullStop) || !(isUpperCase(next) || isDigit(next))) {
            return false;
        }
        return stop || !abbreviation(runStart, runEnd);
    }

    /**
     * A run that a full stop after it may merely abbreviate: letters all in capitals ("TP", "Q", "TS", an initial),
     * a short word with two capitals ("ThS") or a lower-case title ("Tp", "Th", "Ths", "Nxb").
     */
    private boolean abbreviation(int s, int e) {
        int upper = 0;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (!isWordChar(c) || isDigit(c)) {
                return false;
            }
            upper += isUpperCase(c) ? 1 : 0;
        }
        int n = e - s;
        if (upper == n || (n <= 4 && upper >= 2)) {
            return true;
        }
        return n <= 3 && TITLE_ABBREVIATIONS.contains(new String(buf, s, n));
    }

    private static final Set<String> TITLE_ABBREVIATIONS =
            Set.of("Tp", "Th", "Ths", "Ts", "Gs", "Bs", "Ks", "Nxb", "Mr", "Mrs", "Ms", "Dr", "St", "tr");

    private String letterType(int s, int e) {
        if (e - s < 2) {
            return SYLLABLE;
        }
        for (int i = s; i < e; i++) {
            if (!isUpperCase(buf[i])) {
                return SYLLABLE;
            }
        }
        return ABBREVIATION;
    }

    /** Splits a run at its connectors; the parts are one unit, so only the first carries the break flag. */
    private void split(int s, int e, boolean brk) {
        int partStart = s;
        for (int i = s; i <= e; i++) {
            if (i == e || !isWordChar(buf[i])) {
                if (i > partStart) {
                    pushPart(partStart, i, brk);
                    brk = false;
                }
                partStart = i + 1;
            }
        }
    }

    private void pushPart(int s, int e, boolean brk) {
        boolean letters = false;
        boolean digits = false;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (c < 0x80 ? c <= '9' : isDigit(c)) {
                digits = true;
            } else {
                letters = true;
            }
        }
        push(s, e, letters ? (digits ? ALPHANUM : letterType(s, e)) : NUMBER, brk);
    }

    private void push(int s, int e, String type, boolean brk) {
        if (pCount == pStart.length) {
            int n = pCount * 2;
            pStart = Arrays.copyOf(pStart, n);
            pEnd = Arrays.copyOf(pEnd, n);
            pType = Arrays.copyOf(pType, n);
            pBreak = Arrays.copyOf(pBreak, n);
        }
        pStart[pCount] = s;
        pEnd[pCount] = e;
        pType[pCount] = type;
        pBreak[pCount] = brk;
        pCount++;
    }

    private boolean startsUrl(int s) {
        char first = VietnameseText.toLowerCase(buf[s]);
        if (first != 'h' && first != 'w') { // rules out almost every run before the three comparisons
            return false;
        }
        return regionMatchesIgnoreCase(s, "http://") || regionMatchesIgnoreCase(s, "https://")
                || (regionMatchesIgnoreCase(s, "www.") && s + 4 < len && isWordChar(buf[s + 4]));
    }

    private boolean regionMatchesIgnoreCase(int s, String p) {
        if (s + p.length() > len) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (VietnameseText.toLowerCase(buf[s + i]) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean isEmail(int s, int e) {
        int at = -1;
        for (int i = s; i < e; i++) {
            if (buf[i] == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= s) {
            return false;
        }
        for (int i = at + 1; i < e; i++) {
            if (buf[i] == '.') {
                return true;
            }
        }
        return false;
    }

    /** A dotted name whose last label is a common top-level domain ({@code baohatinh.vn}, not {@code TP.HCM}). */
    private boolean isDomain(int s, int e) {
        int lastDot = -1;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (c == '.') {
                lastDot = i;
            } else if (c != '-' && !isWordChar(c)) {
                return false;
            }
        }
        if (lastDot < 0) {
            return false;
        }
        int tldLen = e - lastDot - 1;
        for (String tld : TLDS) {
            if (tld.length() == tldLen) {
                boolean eq = true;
                for (int i = 0; i < tldLen; i++) {
                    if (Character.toLowerCase(buf[lastDot + 1 + i]) != tld.charAt(i)) {
                        eq = false;
                        break;
                    }
                }
                if (eq) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean onlyNumberSeparators(int s, int e) {
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (!isWordChar(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** d/m, d/m/y, d-m-yyyy, d.m.yyyy with plausible day and month values. */
    private boolean isDate(int s, int e) {
        char sep = 0;
        int parts = 0;
        int v = 0;
        int digitsInPart = 0;
        int p0 = -1;
        int p1 = -1;
        int lastDigits = 0;
        for (int i = s; i <= e; i++) {
            if (i == e || buf[i] < '0' || buf[i] > '9') {
                if (digitsInPart == 0) {
                    return false;
                }
                if (parts == 0) {
                    p0 = v;
                } else if (parts == 1) {
                    p1 = v;
                    if (digitsInPart > 2) {
                        return false;
                    }
                }
                lastDigits = digitsInPart;
                parts++;
                if (i < e) {
                    char c = buf[i];
                    if (sep == 0) {
                        sep = c;
                    } else if (c != sep) {
                        return false;
                    }
                }
                v = 0;
                digitsInPart = 0;
            } else {
                v = v * 10 + (buf[i] - '0');
                digitsInPart++;
                if (digitsInPart > 4) {
                    return false;
                }
            }
        }
        if (parts < 2 || parts > 3 || p0 < 1 || p0 > 31 || p1 < 1 || p1 > 12) {
            return false;
        }
        if (sep == '/') {
            return parts == 2 ? lastDigits <= 2 : (lastDigits == 2 || lastDigits == 4);
        }
        return (sep == '-' || sep == '.') && parts == 3 && lastDigits == 4;
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
        pCount = 0;
        pNext = 0;
        skippedPositions = 0;
        runEnd = -1;
    }
}
