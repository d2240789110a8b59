package vn.khotin.analysis;

import static vn.khotin.analysis.TokenChars.isDigit;
import static vn.khotin.analysis.TokenChars.isWordChar;

import java.util.Arrays;

/**
 * The tokens {@link VietnameseTokenizer} made of one run, queued until it hands them out: the run itself, or its
 * parts when it is split at its connectors. Ranges of the tokenizer's buffer, in arrays reused from run to run,
 * so that queueing allocates nothing.
 */
final class PendingTokens {

    int[] start = new int[16];
    int[] end = new int[16];
    String[] type = new String[16];
    /** Whether the token follows a clause boundary ({@link VietnameseTokenizer#FLAG_BREAK_BEFORE}). */
    boolean[] brk = new boolean[16];
    int count;
    /** The next token to hand out. */
    int next;

    void clear() {
        count = 0;
        next = 0;
    }

    void push(int s, int e, String t, boolean b) {
        if (count == start.length) {
            int n = count * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            type = Arrays.copyOf(type, n);
            brk = Arrays.copyOf(brk, n);
        }
        start[count] = s;
        end[count] = e;
        type[count] = t;
        brk[count] = b;
        count++;
    }

    /** Splits buf[s, e) at its connectors; the parts are one unit, so only the first carries the break flag. */
    void split(char[] buf, int s, int e, boolean b) {
        int partStart = s;
        for (int i = s; i <= e; i++) {
            if (i == e || !isWordChar(buf[i])) {
                if (i > partStart) {
                    pushPart(buf, partStart, i, b);
                    b = false;
                }
                partStart = i + 1;
            }
        }
    }

    private void pushPart(char[] buf, int s, int e, boolean b) {
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
        push(s, e, TokenKinds.plainType(buf, s, e, letters, digits), b);
    }
}
