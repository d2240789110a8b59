package vn.khotin.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The syllables a Vietnamese writer confuses with a given one because they sound alike in some region or are
 * typed alike: initial ch/tr, s/x, d/gi/r/v, l/n; final n/ng, n/nh, t/c; the hỏi and ngã tones. "Sơn Chà" for Sơn
 * Trà, "tiêu trí" for tiêu chí, "xai phạm" for sai phạm, "an ninh mạn" for an ninh mạng, "Vủng Áng" for Vũng Áng.
 * These are one slip for the writer but up to two letter edits apart, which a general edit-distance speller ranks
 * behind unrelated words or misses on a short syllable. Stateless.
 */
public final class VietnameseConfusions {

    private static final String[][] INITIALS = {
        {"ch", "tr"}, {"tr", "ch"}, {"s", "x"}, {"x", "s"}, {"gi", "d"}, {"gi", "r"}, {"d", "gi"}, {"d", "r"},
        {"d", "v"}, {"r", "d"}, {"r", "gi"}, {"v", "d"}, {"l", "n"}, {"n", "l"},
    };
    private static final String[][] FINALS = {
        {"ng", "n"}, {"nh", "n"}, {"n", "ng"}, {"n", "nh"}, {"t", "c"}, {"c", "t"},
    };
    private static final int HOI = 3;
    private static final int NGA = 4;

    private VietnameseConfusions() {}

    /**
     * The confusable spellings of one syllable (lower case, NFC, any tone placement), without the syllable itself;
     * each differs by one confusion. Empty for a word that is not a single run of letters.
     */
    public static List<String> of(String syllable) {
        if (syllable.isEmpty() || syllable.length() > 8 || !syllable.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String[] c : INITIALS) {
            if (startsWithInitial(syllable, c[0])) {
                out.add(c[1] + syllable.substring(c[0].length()));
            }
        }
        for (String[] c : FINALS) {
            if (syllable.endsWith(c[0]) && syllable.length() > c[0].length()
                    && VietnameseText.isVowel(syllable.charAt(syllable.length() - c[0].length() - 1))) {
                out.add(syllable.substring(0, syllable.length() - c[0].length()) + c[1]);
            }
        }
        String otherTone = hoiNgaSwapped(syllable);
        if (otherTone != null) {
            out.add(otherTone);
        }
        out.remove(syllable);
        return List.copyOf(out);
    }

    /**
     * Whether the syllable begins with this initial consonant and a vowel follows it ("n" is not the initial of
     * "nh…" or "ng…", "d" not of "đ…", "g" of "gi" only before a vowel).
     */
    private static boolean startsWithInitial(String syllable, String initial) {
        return syllable.startsWith(initial) && syllable.length() > initial.length()
                && VietnameseText.isVowel(syllable.charAt(initial.length()));
    }

    /** The syllable with its hỏi tone made ngã or the other way round; null if it has neither. */
    private static String hoiNgaSwapped(String syllable) {
        char[] cs = syllable.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            int tone = VietnameseText.toneOf(cs[i]);
            if (tone == HOI || tone == NGA) {
                char swapped = VietnameseText.withTone(VietnameseText.stripTone(cs[i]), tone == HOI ? NGA : HOI);
                if (swapped == 0) {
                    return null;
                }
                cs[i] = swapped;
                return new String(cs);
            }
        }
        return null;
    }
}
