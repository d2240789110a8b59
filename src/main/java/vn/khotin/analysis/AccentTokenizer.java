package vn.khotin.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the tokens the accent model reads and restores: words (letters only), numbers and codes
 * (any letter-digit run: {@code 2024}, {@code 1.000}, {@code 28/2}, {@code QL1A}, {@code F0}), clause
 * punctuation and sentence breaks ({@code . ! ? …} and line breaks). Whitespace separates tokens and is
 * no token.
 *
 * <p>The scan is by hand, over chars, with no allocation per token: training reads tens of millions of
 * words. The text should be NFC; combining marks left after NFC count as part of a word.
 */
public final class AccentTokenizer {

    /** What a token is. */
    public enum Kind {
        /** Letters only: a Vietnamese syllable, a foreign word or an abbreviation. */
        WORD,
        /** A number, a date or a code: never restored, read as one context token. */
        NUMBER,
        /** A run of clause punctuation ({@code , ; : ( ) " -}): one context token. */
        PUNCT,
        /** A sentence end ({@code . ! ? …}, line break): the model starts a new sentence after it. */
        BREAK
    }

    /** Receives the tokens of a text in order. */
    @FunctionalInterface
    public interface Sink {
        void token(Kind kind, int start, int end);
    }

    /** One token of a text (the allocating convenience form). */
    public record Token(Kind kind, int start, int end) {
        /** The token's text in {@code text}. */
        public String text(CharSequence text) {
            return text.subSequence(start, end).toString();
        }
    }

    private AccentTokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokens(CharSequence text) {
        List<Token> out = new ArrayList<>();
        scan(text, (kind, start, end) -> out.add(new Token(kind, start, end)));
        return out;
    }

    /** Calls {@code sink} for each token of {@code text}, in order. */
    public static void scan(CharSequence text, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c) || isDigit(c)) {
                i = scanWordOrNumber(text, i, sink);
            } else if (isBreak(c)) {
                int start = i;
                while (i < n && (isBreak(text.charAt(i)) || isSpace(text.charAt(i)))) {
                    i++;
                }
                sink.token(Kind.BREAK, start, i);
            } else if (isSpace(c)) {
                i++;
            } else {
                int start = i;
                while (i < n && isPunct(text.charAt(i))) {
                    i++;
                }
                sink.token(Kind.PUNCT, start, i);
            }
        }
    }

    private static int scanWordOrNumber(CharSequence text, int start, Sink sink) {
        int n = text.length();
        int i = start;
        boolean digits = false;
        while (i < n) {
            char d = text.charAt(i);
            if (isWordChar(d)) {
                i++;
            } else if (isDigit(d)) {
                digits = true;
                i++;
            } else if (digits && isNumberJoiner(d) && i + 1 < n && isDigit(text.charAt(i + 1))) {
                i++; // 1.000, 2,5, 28/2, 03-02-2021, 7:30
            } else {
                break;
            }
        }
        sink.token(digits ? Kind.NUMBER : Kind.WORD, start, i);
        return i;
    }

    /** A letter, or a combining mark left after NFC (part of the word it follows). */
    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == ',' || c == '/' || c == '-' || c == ':';
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == '\r';
    }

    /** Whitespace, and invisible format characters (zero-width space, BOM), which separate like spaces. */
    private static boolean isSpace(char c) {
        if (c == ' ' || c == '\t') {
            return true;
        }
        return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static boolean isPunct(char c) {
        return !isWordChar(c) && !isDigit(c) && !isBreak(c) && !isSpace(c);
    }
}
