package vn.khotin.search;

import java.util.Locale;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the correction stage ({@link ForgivingSearch}): words that no Vietnamese syllable spells ("Biden",
 * "covid", "tiktok"), which a spelling correction must not replace in silence. On the 1,500-article demo, which
 * names none of them, their results were replaced by those of the nearest archive word ("Bien": 581 articles on
 * borders and the sea, "civic": Honda Civic) with only "Đang hiển thị kết quả cho …"; such corrections are offered
 * instead, and the search says which word no article has. Stateless.
 */
final class ForeignWords {

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
                    && (syllableShaped(after[i]) || FilterValues.distance(folded(before[i]), folded(after[i])) > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word typed without diacritics that no syllable spells ({@link VietnameseText#foreign}): "Biden", not "thôngg"
     * nor "thonn" (a slip on a key).
     */
    static boolean foreign(String word) {
        return !VietnameseText.hasDiacritics(word) && VietnameseText.foreign(QueryUnits.trim(word));
    }

    private static String folded(String word) {
        return VietnameseText.fold(QueryUnits.trim(word)).toLowerCase(Locale.ROOT).replace('đ', 'd');
    }

    /** Whether a word is spelt like one Vietnamese syllable, its diacritics aside ("Tỉng" is, "covid" is not). */
    static boolean syllableShaped(String word) {
        return !VietnameseText.foreign(QueryUnits.trim(word));
    }
}
