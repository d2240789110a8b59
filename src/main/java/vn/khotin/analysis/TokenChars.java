package vn.khotin.analysis;

/**
 * The character classes {@link VietnameseTokenizer} scans by. Every UTF-16 unit's classes are computed once from
 * the JDK's Unicode data: the scanner asks several questions per char, and the JDK answers each through a chain of
 * property tables.
 */
final class TokenChars {

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

    private TokenChars() {
    }

    /** A letter, a digit or a combining mark: part of a token. */
    static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD_CHAR) != 0;
    }

    static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    static boolean isUpperCase(char c) {
        return (CLASSES[c] & UPPER) != 0;
    }

    /** A hyphen, a dash or a minus sign: between blanks, it pairs what stands on either side ("Việt - Lào"). */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
    }

    /** A quote mark, straight or curly, single or double, or a guillemet. */
    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || (c >= '\u2018' && c <= '\u201F') || c == '\u00AB' || c == '\u00BB';
    }

    /** Punctuation that may join word characters into one token ({@code 1.000}, {@code 02-NQ/ThU}, {@code a@b.vn}). */
    static boolean isConnector(char c) {
        return c == '.' || c == ',' || c == '/' || c == '-' || c == '_' || c == '@' || c == '&' || c == '\''
                || c == '+' || c == '\u2019';
    }
}
