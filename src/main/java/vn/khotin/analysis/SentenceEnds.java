package vn.khotin.analysis;

import static vn.khotin.analysis.TokenChars.isDigit;
import static vn.khotin.analysis.TokenChars.isUpperCase;
import static vn.khotin.analysis.TokenChars.isWordChar;

import java.util.Set;

/**
 * Whether the punctuation between two runs of {@link VietnameseTokenizer}'s buffer ends a sentence, which earns
 * the next token a position gap ({@link VietnameseTokenizer#SENTENCE_GAP}).
 */
final class SentenceEnds {

    private static final Set<String> TITLE_ABBREVIATIONS =
            Set.of("Tp", "Th", "Ths", "Ts", "Gs", "Bs", "Ks", "Nxb", "Mr", "Mrs", "Ms", "Dr", "St", "tr");

    private SentenceEnds() {
    }

    /**
     * Whether the punctuation in buf[from, to) between the last run (buf[runStart, runEnd)) and the next ends a
     * sentence: a line break, or a full stop, "!", "?" or "…" before a capital or a digit. A full stop after an
     * abbreviation or an initial ("TP. Hà Tĩnh", "ThS. Lê", "Nguyễn V. An") does not: a missed sentence end only
     * leaves the two sentences joined as before, a false one would split a name.
     */
    static boolean endsSentence(char[] buf, int from, int to, int runStart, int runEnd) {
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
        return stop || !abbreviation(buf, runStart, runEnd);
    }

    /**
     * A run that a full stop after it may merely abbreviate: letters all in capitals ("TP", "Q", "TS", an initial),
     * a short word with two capitals ("ThS") or a lower-case title ("Tp", "Th", "Ths", "Nxb").
     */
    private static boolean abbreviation(char[] buf, int s, int e) {
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
}
