package vn.khotin.analysis;

import static vn.khotin.analysis.TokenChars.isUpperCase;
import static vn.khotin.analysis.TokenChars.isWordChar;

/**
 * The type of a run of {@link VietnameseTokenizer}'s buffer: the rules that keep a code, a date, a number, an
 * e-mail address or a URL one token. Each rule reads a range of the buffer in place and allocates nothing.
 * The types are {@link VietnameseTokenizer}'s public ones, declared here so that the rules need nothing of it.
 */
final class TokenKinds {

    static final String SYLLABLE = "<SYLLABLE>";
    static final String ABBREVIATION = "<ABBR>";
    static final String NUMBER = "<NUM>";
    static final String DATE = "<DATE>";
    static final String CODE = "<CODE>";
    static final String ALPHANUM = "<ALPHANUM>";
    static final String EMAIL = "<EMAIL>";
    static final String URL = "<URL>";

    private static final String[] TLDS = {"vn", "com", "net", "org", "gov", "edu", "info", "biz", "io", "int"};

    private TokenKinds() {
    }

    /** The type of buf[s, e) without connectors, from whether it has letters and digits. */
    static String plainType(char[] buf, int s, int e, boolean letters, boolean digits) {
        return letters ? (digits ? ALPHANUM : letterType(buf, s, e)) : NUMBER;
    }

    /**
     * The type of buf[s, e), whose word characters are joined by connectors, when it is one unit (an e-mail
     * address, a domain, a date, a code, a number with separators); null when it is to be split at its connectors.
     */
    static String connectedType(char[] buf, int s, int e, boolean letters, boolean digits, boolean slash,
            boolean at) {
        if (at && isEmail(buf, s, e)) {
            return EMAIL;
        }
        if (letters && !slash && isDomain(buf, s, e)) {
            return URL;
        }
        if (!letters) {
            if (isDate(buf, s, e)) {
                return DATE;
            }
            if (slash) {
                return CODE;
            }
            return onlyNumberSeparators(buf, s, e) ? NUMBER : null;
        }
        return slash && digits ? CODE : null;
    }

    private static String letterType(char[] buf, int s, int e) {
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

    /** Whether a URL ({@code http://}, {@code https://} or {@code www.} and a word character) starts at buf[s]. */
    static boolean startsUrl(char[] buf, int len, int s) {
        char first = VietnameseText.toLowerCase(buf[s]);
        if (first != 'h' && first != 'w') { // rules out almost every run before the three comparisons
            return false;
        }
        return regionMatchesIgnoreCase(buf, len, s, "http://") || regionMatchesIgnoreCase(buf, len, s, "https://")
                || (regionMatchesIgnoreCase(buf, len, s, "www.") && s + 4 < len && isWordChar(buf[s + 4]));
    }

    /** The end of the URL starting at buf[s]: the next space, quote or angle bracket, less trailing punctuation. */
    static int urlEnd(char[] buf, int len, int s) {
        int e = s;
        while (e < len && !Character.isWhitespace(buf[e]) && buf[e] != '"' && buf[e] != '<' && buf[e] != '>'
                && buf[e] != '“' && buf[e] != '”') {
            e++;
        }
        while (e > s && ".,;:!?)]}'".indexOf(buf[e - 1]) >= 0) {
            e--;
        }
        return e;
    }

    private static boolean regionMatchesIgnoreCase(char[] buf, int len, int s, String p) {
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

    private static boolean isEmail(char[] buf, int s, int e) {
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
    private static boolean isDomain(char[] buf, int s, int e) {
        int lastDot = -1;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (c == '.') {
                lastDot = i;
            } else if (c != '-' && !isWordChar(c)) {
                return false;
            }
        }
        return lastDot >= 0 && isCommonTld(buf, lastDot + 1, e - lastDot - 1);
    }

    private static boolean isCommonTld(char[] buf, int from, int len) {
        for (String tld : TLDS) {
            if (tld.length() == len) {
                boolean eq = true;
                for (int i = 0; i < len; i++) {
                    if (Character.toLowerCase(buf[from + i]) != tld.charAt(i)) {
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

    private static boolean onlyNumberSeparators(char[] buf, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (!isWordChar(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** d/m, d/m/y, d-m-yyyy, d.m.yyyy with plausible day and month values. */
    private static boolean isDate(char[] buf, int s, int e) {
        char sep = 0;
        int parts = 0;
        int day = -1;
        int month = -1;
        int lastDigits = 0;
        for (int i = s; true; i++) {
            int end = digitsEnd(buf, i, e);
            int digits = end - i;
            if (digits == 0 || digits > 4 || (parts == 1 && digits > 2)) {
                return false;
            }
            if (parts == 0) {
                day = value(buf, i, end);
            } else if (parts == 1) {
                month = value(buf, i, end);
            }
            lastDigits = digits;
            parts++;
            if (end == e) {
                break;
            }
            char c = buf[end]; // any other char, a separator
            if (sep == 0) {
                sep = c;
            } else if (c != sep) {
                return false;
            }
            i = end;
        }
        if (parts < 2 || parts > 3 || day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        if (sep == '/') {
            return parts == 2 ? lastDigits <= 2 : (lastDigits == 2 || lastDigits == 4);
        }
        return (sep == '-' || sep == '.') && parts == 3 && lastDigits == 4;
    }

    /** The end of the ASCII digits starting at buf[i] (at most e). */
    private static int digitsEnd(char[] buf, int i, int e) {
        while (i < e && buf[i] >= '0' && buf[i] <= '9') {
            i++;
        }
        return i;
    }

    private static int value(char[] buf, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (buf[i] - '0');
        }
        return v;
    }
}
