package vn.khotin.search;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the correction stage ({@link ForgivingSearch}): words that no Vietnamese syllable spells ("Biden",
 * "covid", "tiktok"), which a spelling correction must not replace in silence. On the 1,500-article demo, which
 * names none of them, their results were replaced by those of the nearest archive word ("Bien": 581 articles on
 * borders and the sea, "civic": Honda Civic) with only "Đang hiển thị kết quả cho …"; such corrections are offered
 * instead, and the search says which word no article has. Stateless.
 */
final class ForeignWords {

    /** One syllable: an onset, one to three vowels, a final consonant that Vietnamese allows; folded, lower case. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    private ForeignWords() {}

    /**
     * Whether a correction replaces a word that no Vietnamese syllable spells by a Vietnamese one ("Biden" → "Bien") or
     * by a word two or more letters away ("covid" → "civic"): the words of {@code typed} and {@code corrected}
     * compared in order, when they are as many. A foreign name one letter off stays corrected ("Formossa" →
     * "Formosa", "Damray" → "Damrey", "Pak" → "Park": judged dev typo queries that the first form of this rule lost).
     */
    static boolean replacesForeignWord(String typed, String corrected) {
        String[] before = typed.strip().split("\\s+");
        String[] after = corrected.strip().split("\\s+");
        if (before.length != after.length) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equalsIgnoreCase(after[i]) && foreign(before[i])
                    && (syllableShaped(after[i]) || edits(folded(before[i]), folded(after[i])) > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word typed without diacritics that no syllable spells, even with a doubled letter read once: "Biden", not
     * "thôngg" nor "thonn" (a slip on a key).
     */
    static boolean foreign(String word) {
        return !VietnameseText.hasDiacritics(word) && !syllableShaped(word)
                && !syllableShaped(folded(word).replaceAll("(.)\\1+", "$1"));
    }

    /** Letters changed, added or left out between two words (Levenshtein's distance). */
    static int edits(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int changed = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), changed);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private static String folded(String word) {
        return VietnameseText.fold(QueryUnits.trim(word)).toLowerCase(Locale.ROOT).replace('đ', 'd');
    }

    /** Whether a word is spelt like one Vietnamese syllable, its diacritics aside ("Tỉng" is, "covid" is not). */
    static boolean syllableShaped(String word) {
        return SYLLABLE.matcher(folded(word)).matches();
    }
}
