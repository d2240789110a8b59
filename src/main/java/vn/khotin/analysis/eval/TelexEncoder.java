package vn.khotin.analysis.eval;

import vn.khotin.analysis.VietnameseText;

/** Writes accented Vietnamese as Telex keystrokes typed with the input method off ("hòa bình" → "hoaf binhf"). */
public final class TelexEncoder {

    private static final String TONE_KEYS = " fsrxj";

    private TelexEncoder() {
    }

    /** The Telex form of an NFC text: vowel marks doubled or with w, đ as dd, the tone key at the word end. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int tone = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (!Character.isLetter(c)) {
                if (tone > 0) {
                    out.append(TONE_KEYS.charAt(tone));
                    tone = 0;
                }
                if (i < text.length()) {
                    out.append(c);
                }
                continue;
            }
            int t = VietnameseText.toneOf(c);
            if (t > 0) {
                tone = t;
            }
            char b = VietnameseText.stripTone(c);
            boolean upper = Character.isUpperCase(b);
            char l = Character.toLowerCase(b);
            String keys = switch (l) {
                case 'â' -> "aa";
                case 'ă' -> "aw";
                case 'ê' -> "ee";
                case 'ô' -> "oo";
                case 'ơ' -> "ow";
                case 'ư' -> "uw";
                case 'đ' -> "dd";
                default -> String.valueOf(l);
            };
            out.append(upper ? Character.toUpperCase(keys.charAt(0)) + keys.substring(1) : keys);
        }
        return out.toString();
    }
}
