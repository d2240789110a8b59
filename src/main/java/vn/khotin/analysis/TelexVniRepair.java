package vn.khotin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Recognises queries typed with a Vietnamese input method switched off ("hoaf binhf" in Telex,
 * "Tie61ng Vie65t" in VNI) and rebuilds the accented form as a candidate ("hòa bình", "Tiếng Việt").
 *
 * <p>A word is rewritten only when it is not already a Vietnamese syllable and its decoding is one that the
 * {@link VietnameseLexicon} knows, which keeps English words and ordinary unaccented queries ("ha tinh")
 * untouched. Tones are placed in the canonical new style (see {@link VietnameseText}).
 */
public final class TelexVniRepair {

    private final VietnameseLexicon lexicon;

    public TelexVniRepair(VietnameseLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The repaired query when at least one word was typed in Telex or VNI, else an empty list. Words that are
     * not Telex/VNI stay as typed.
     */
    public List<String> candidates(String query) {
        return candidates(query, w -> false);
    }

    /**
     * As {@link #candidates(String)}, also accepting a decoding the lexicon lacks when {@code alsoKnown} knows it:
     * names the archive writes ("D9oo2ng" is "Đoòng", Sơn Đoòng cave, a syllable of no dictionary).
     */
    public List<String> candidates(String query, Predicate<String> alsoKnown) {
        String[] words = query.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String r = repairWord(w, alsoKnown);
            if (r != null) {
                changed = true;
                sb.append(r);
            } else {
                sb.append(w);
            }
        }
        return changed ? List.of(sb.toString()) : List.of();
    }

    /** The accented syllable a Telex or VNI word stands for, or null if the word is not one. */
    public String repairWord(String word) {
        return repairWord(word, w -> false);
    }

    private String repairWord(String word, Predicate<String> alsoKnown) {
        // a VNI mark follows the letter it marks: "10kg" or "2018" is a number, not VNI
        if (word.isEmpty() || word.length() > 12 || VietnameseText.hasDiacritics(word)
                || Character.isDigit(word.charAt(0))) {
            return null;
        }
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return null;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!digits && lexicon.isKnownSyllable(lower)) {
            return null;
        }
        String decoded = digits ? decodeVni(lower) : decodeTelex(lower, !isAllCaps(word));
        // a syllable has a vowel: "F0" is a code (F0 cases, the F0 gear), not VNI for "f" with its marks cleared
        if (decoded == null || decoded.equals(lower) || (digits && !hasVowel(decoded))
                || !(lexicon.isKnownSyllable(decoded) || alsoKnown.test(decoded))) {
            return null;
        }
        if (Character.isUpperCase(word.charAt(0))) {
            decoded = Character.toUpperCase(decoded.charAt(0)) + decoded.substring(1);
        }
        return decoded;
    }

    private static boolean hasVowel(String syllable) {
        return VietnameseText.fold(syllable).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean isVowel(char c) {
        return "aeiouyăâêôơư".indexOf(c) >= 0;
    }

    private static boolean isAllCaps(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Initial consonants that can stand before ư, as typed in Telex ({@code dd} for đ). A bare {@code w} is
     * read as ư only after one of these, so "bmw" or "wtf" are never candidates.
     */
    private static final java.util.Set<String> ONSETS_BEFORE_U_HORN = java.util.Set.of("b", "c", "ch", "d", "dd",
            "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "r", "s", "t", "th", "tr", "v", "x");

    /**
     * Decodes a lower-case Telex word ("nguwowif" → "người"). With {@code bareW}, a word with no other vowel
     * may spell ư as a lone {@code w} after its initial consonant ("ngw" → "ngư", "nhwngx" → "những"), the
     * shortcut Telex input methods accept; all-caps words are called without it, as "TW" (trung ương) or
     * "VW" are abbreviations, not Telex.
     */
    static String decodeTelex(String w, boolean bareW) {
        int firstVowel = -1;
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                firstVowel = i;
                break;
            }
        }
        if (firstVowel < 0 && bareW) {
            int at = w.indexOf('w');
            if (at > 0 && ONSETS_BEFORE_U_HORN.contains(w.substring(0, at))) {
                firstVowel = at;
            }
        }
        if (firstVowel < 0) {
            return null;
        }
        int tone = 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int t = i > firstVowel ? "_fsrxj".indexOf(c) : -1;
            if (t > 0) {
                tone = t;
            } else if (i > firstVowel && c == 'z') {
                tone = 0;
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.startsWith("dd")) {
            s = "đ" + s.substring(2);
        }
        s = s.replace("uow", "ươ").replace("uwow", "ươ").replace("aa", "â").replace("ee", "ê").replace("oo", "ô")
                .replace("aw", "ă").replace("ow", "ơ").replace("uw", "ư").replace("w", "ư");
        return placeTone(s, tone);
    }

    /**
     * Decodes a lower-case VNI word ("tie61ng" → "tiếng"); null when its digits are no VNI marks. A syllable has one
     * tone, so two tone digits make a code: "U23" (the under-23 team) had been read as "Ủ", and the search for
     * "Công Phượng bị loại khỏi U23" replaced by "… khỏi Ủ".
     */
    static String decodeVni(String w) {
        int tone = 0;
        boolean toned = false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '1' && c <= '5') {
                if (toned) {
                    return null;
                }
                toned = true;
                tone = new int[] {0, 2, 1, 3, 4, 5}[c - '0'];
            } else if (c == '6' || c == '7' || c == '8' || c == '9') {
                if (!modify(b, c)) {
                    return null;
                }
            } else if (c == '0') {
                tone = 0;
            } else {
                b.append(c);
            }
        }
        return placeTone(b.toString(), tone);
    }

    /** Applies a VNI modifier digit to the nearest matching letter already typed. */
    private static boolean modify(StringBuilder b, char digit) {
        for (int i = b.length() - 1; i >= 0; i--) {
            char c = b.charAt(i);
            switch (digit) {
                case '6' -> {
                    if (c == 'a' || c == 'e' || c == 'o') {
                        b.setCharAt(i, c == 'a' ? 'â' : c == 'e' ? 'ê' : 'ô');
                        return true;
                    }
                }
                case '7' -> {
                    if (c == 'o' || c == 'u') {
                        b.setCharAt(i, c == 'o' ? 'ơ' : 'ư');
                        if (c == 'o' && i > 0 && b.charAt(i - 1) == 'u') {
                            b.setCharAt(i - 1, 'ư');
                        }
                        return true;
                    }
                }
                case '8' -> {
                    if (c == 'a') {
                        b.setCharAt(i, 'ă');
                        return true;
                    }
                }
                default -> {
                    if (c == 'd') {
                        b.setCharAt(i, 'đ');
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Puts the tone on the right vowel of a toneless syllable, in the canonical new style. */
    static String placeTone(String s, int tone) {
        if (tone == 0) {
            return s;
        }
        int start = 0;
        while (start < s.length() && !isVowel(s.charAt(start))) {
            start++;
        }
        if (start >= s.length()) {
            return null;
        }
        // "qu" and "gi" + vowel: the u / i belongs to the initial consonant
        if (start > 0 && ((s.charAt(start - 1) == 'q' && s.charAt(start) == 'u')
                || (s.charAt(start - 1) == 'g' && s.charAt(start) == 'i'))
                && start + 1 < s.length() && isVowel(s.charAt(start + 1))) {
            start++;
        }
        int end = start;
        while (end < s.length() && isVowel(s.charAt(end))) {
            end++;
        }
        int n = end - start;
        boolean finalConsonant = end < s.length();
        int target = -1;
        for (int i = start; i < end; i++) {
            if ("ăâêôơư".indexOf(s.charAt(i)) >= 0) {
                target = i; // the last marked vowel: ươ takes it on ơ
            }
        }
        if (target < 0) {
            if (finalConsonant || n == 1) {
                target = end - 1;
            } else if (n == 2) {
                target = start;
            } else {
                target = start + 1;
            }
        }
        char t = VietnameseText.withTone(s.charAt(target), tone);
        if (t == 0) {
            return null;
        }
        return s.substring(0, target) + t + s.substring(target + 1);
    }
}
