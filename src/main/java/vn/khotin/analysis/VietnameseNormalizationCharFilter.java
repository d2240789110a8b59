package vn.khotin.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Makes Vietnamese input uniform before tokenization, with exact offset corrections so highlighting
 * still slices the original text:
 * <ul>
 *   <li>composes NFD or mixed text to NFC ({@code a + U+0300 → à}, {@code ê + U+0301 → ế});</li>
 *   <li>drops zero-width and invisible formatting characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft
 *       hyphen) that split words invisibly;</li>
 *   <li>turns no-break and other non-ASCII spaces into a plain space.</li>
 * </ul>
 * Text that is already clean NFC passes through after one scan, without copying.
 *
 * <p>The whole field is read on the first {@code read}: fields are article-sized, and composing needs
 * to look ahead across mark sequences.
 */
public final class VietnameseNormalizationCharFilter extends CharFilter {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private char[] in = new char[1024];
    private int inLen;
    private char[] out;
    private int outLen;
    private int outPos;
    private boolean filled;
    private final StringBuilder cluster = new StringBuilder();

    // Offset corrections as BaseCharFilter keeps them (from output offset corrOff[i] on, add corrDiff[i]),
    // but looked up from the last answer first: the tokenizer asks in increasing order, so a binary search
    // per offset, two per token, is wasted work.
    private int[] corrOff = new int[16];
    private int[] corrDiff = new int[16];
    private int corrSize;
    private int corrLast;

    public VietnameseNormalizationCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (!filled) {
            fill();
            filled = true;
        }
        if (outPos >= outLen) {
            return -1;
        }
        int n = Math.min(len, outLen - outPos);
        System.arraycopy(out, outPos, cbuf, off, n);
        outPos += n;
        return n;
    }

    private void fill() throws IOException {
        inLen = 0;
        while (true) {
            if (inLen == in.length) {
                in = java.util.Arrays.copyOf(in, in.length * 2);
            }
            int n = input.read(in, inLen, in.length - inLen);
            if (n < 0) {
                break;
            }
            inLen += n;
        }
        int first = firstSpecial();
        if (first < 0) {
            out = in;
            outLen = inLen;
            return;
        }
        out = new char[inLen];
        System.arraycopy(in, 0, out, 0, first);
        int o = first;
        int i = first;
        int diff = 0;
        while (i < inLen) {
            char c = in[i];
            if (c < 0xA0) { // nothing below is special: skip the three tests for most chars
                out[o++] = c;
                i++;
            } else if (isSpace(c)) {
                out[o++] = ' ';
                i++;
            } else if (isInvisible(c)) {
                i++;
                diff = i - o;
                addOffCorrectMap(o, diff);
            } else if (isMark(c) && o > 0 && !isSpace(out[o - 1])) {
                // compose the previous starter with this run of marks
                int markEnd = i;
                while (markEnd < inLen && isMark(in[markEnd])) {
                    markEnd++;
                }
                int starter = o - 1;
                if (Character.isLowSurrogate(out[starter]) && starter > 0) {
                    starter--;
                }
                cluster.setLength(0);
                cluster.append(out, starter, o - starter).append(in, i, markEnd - i);
                String composed = NFC.normalize(cluster);
                int newEnd = starter + composed.length();
                if (newEnd > out.length) {
                    out = java.util.Arrays.copyOf(out, newEnd + 16);
                }
                composed.getChars(0, composed.length(), out, starter);
                o = newEnd;
                i = markEnd;
                if (i - o != diff) {
                    diff = i - o;
                    addOffCorrectMap(o, diff);
                }
            } else {
                out[o++] = c;
                i++;
            }
        }
        outLen = o;
    }

    /** From output offset {@code off} on, the original offset is {@code diff} further (same as BaseCharFilter). */
    private void addOffCorrectMap(int off, int diff) {
        if (corrSize > 0 && corrOff[corrSize - 1] == off) {
            corrDiff[corrSize - 1] = diff;
            return;
        }
        if (corrSize == corrOff.length) {
            corrOff = java.util.Arrays.copyOf(corrOff, corrSize * 2);
            corrDiff = java.util.Arrays.copyOf(corrDiff, corrSize * 2);
        }
        corrOff[corrSize] = off;
        corrDiff[corrSize] = diff;
        corrSize++;
    }

    @Override
    protected int correct(int currentOff) {
        if (corrSize == 0) {
            return currentOff;
        }
        // the last correction at or before currentOff, -1 if none: a few steps on from the last answer
        // (NFD text has a correction at nearly every accented letter), else a binary search
        int i = corrLast;
        if (corrOff[i] <= currentOff) {
            int limit = Math.min(corrSize, i + 9);
            while (i + 1 < limit && corrOff[i + 1] <= currentOff) {
                i++;
            }
            if (i + 1 == limit && limit < corrSize && corrOff[limit] <= currentOff) {
                i = search(currentOff);
            }
        } else {
            i = search(currentOff);
        }
        if (i < 0) {
            return currentOff;
        }
        corrLast = i;
        return currentOff + corrDiff[i];
    }

    private int search(int off) {
        int i = java.util.Arrays.binarySearch(corrOff, 0, corrSize, off);
        return i < 0 ? -2 - i : i;
    }

    private int firstSpecial() {
        for (int i = 0; i < inLen; i++) {
            char c = in[i];
            if (c >= 0xA0 && (isSpace(c) || isInvisible(c) || isMark(c))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680';
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
    }

    static boolean isMark(char c) {
        return (c >= '\u0300' && c <= '\u036F') || (c >= '\u1DC0' && c <= '\u1DFF')
                || (c >= '\u20D0' && c <= '\u20FF');
    }
}
