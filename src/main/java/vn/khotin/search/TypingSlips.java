package vn.khotin.search;

import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of {@link RealWordCorrection}: whether one real word can be a slip of the fingers for another, on a QWERTY
 * keyboard with Telex or VNI. A real word is what the user typed, so it is only replaced by a word it is one slip
 * away from: a tone or a vowel's mark left out or wrong (a missed or wrong key of Telex: "vở" for "vỡ", "thợ" for
 * "thọ"), a letter doubled, dropped or swapped with the next, or a letter typed with a key beside it. The spelling
 * checker's neighbours are one or two edits of any letters: "nổ sập nhà ở Hà Tĩnh" (an explosion) was replaced by
 * "đổ sập nhà" (a collapse), as if "n" were a slip for "đ" ("dd" in Telex, a key away from neither). The sound-alike
 * confusions of {@link vn.khotin.analysis.VietnameseConfusions} are slips of another kind, not checked here.
 * Stateless.
 */
final class TypingSlips {

    private static final Map<Character, String> BESIDE = Map.ofEntries(
            Map.entry('q', "wa"), Map.entry('w', "qeas"), Map.entry('e', "wrsd"), Map.entry('r', "etdf"),
            Map.entry('t', "ryfg"), Map.entry('y', "tugh"), Map.entry('u', "yihj"), Map.entry('i', "uojk"),
            Map.entry('o', "ipkl"), Map.entry('p', "ol"), Map.entry('a', "qwsz"), Map.entry('s', "adwezx"),
            Map.entry('d', "sferxc"), Map.entry('f', "dgrtcv"), Map.entry('g', "fhtyvb"), Map.entry('h', "gjyubn"),
            Map.entry('j', "hkuinm"), Map.entry('k', "jliom"), Map.entry('l', "kop"), Map.entry('z', "asx"),
            Map.entry('x', "zcsd"), Map.entry('c', "xvdf"), Map.entry('v', "cbfg"), Map.entry('b', "vngh"),
            Map.entry('n', "bmhj"), Map.entry('m', "njk"));

    private TypingSlips() {}

    /** Whether {@code typed} can be {@code meant} typed with one slip (both single words, any case and marks). */
    static boolean oneSlip(String typed, String meant) {
        String a = VietnameseText.fold(typed).toLowerCase(Locale.ROOT);
        String b = VietnameseText.fold(meant).toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true; // only tones or vowel marks differ (and "d" for "đ")
        }
        if (a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            if (a.substring(first + 1).equals(b.substring(first + 1))) {
                return BESIDE.getOrDefault(a.charAt(first), "").indexOf(b.charAt(first)) >= 0;
            }
            return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return longer.length() == shorter.length() + 1 && SpellingCandidates.oneLetterLeftOut(shorter, longer);
    }
}
