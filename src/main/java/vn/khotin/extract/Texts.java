package vn.khotin.extract;

import java.text.Normalizer;
import vn.khotin.model.Article;

/**
 * Text normalization applied to every string that reaches an {@link Article}: Unicode NFC (Vietnamese pages mix
 * precomposed and combining diacritics, which would otherwise not match in search), no zero-width or control
 * characters, no soft hyphens or replacement characters left by a bad decoding, whitespace collapsed to single
 * spaces. Entities are already decoded by the HTML parser. Paragraph structure is kept by the caller, which
 * normalizes one paragraph at a time.
 */
final class Texts {

    private Texts() {
    }

    /** One line of text: NFC, invisible characters removed, whitespace runs collapsed, trimmed. */
    static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') // zero-width space/joiners, LTR/RTL marks
                || (c >= '\u2060' && c <= '\u2064') // word joiner, invisible operators
                || c == '\uFEFF' // BOM / zero-width no-break space
                || c == '\u00AD' // soft hyphen
                || c == '\uFFFD' // replacement character from a bad decoding: noise, not text
                || (c >= '\u202A' && c <= '\u202E'); // bidi embeddings
    }

    /** True when two texts are the same once case and punctuation at the ends are ignored. */
    static boolean sameText(String a, String b) {
        return !a.isEmpty() && stripEnds(a).equalsIgnoreCase(stripEnds(b));
    }

    private static String stripEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
