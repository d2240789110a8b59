package vn.khotin.search;

import java.util.Locale;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.Gazetteer;

/**
 * Part of the suggest stage: a place's name mistyped after its type word, read as the province's place of that type
 * ("huyện Đức Thợ" is the district Đức Thọ). The spelling statistics alone chose "Đức Thơ", the name of a person the
 * archive writes more (judged dev query Q207); a type word leaves one reading. Stateless.
 */
final class PlaceSlips {

    private PlaceSlips() {}

    /**
     * The query with each name after a type word ("huyện", "xã", "TX", …) that is one mark per word away from a
     * place of that type written as the gazetteer writes it, in the case typed; the query itself when none is.
     */
    static String fixed(String query) {
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String[] place = slipOf(words, i);
            if (place != null) {
                for (int k = 0; k < place.length; k++) {
                    words[i + 1 + k] = SpellingCorrection.casedLike(words[i + 1 + k], place[k]);
                }
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : query;
    }

    /** The syllables of the place the words after {@code words[i]} are a slip of, or null. */
    private static String[] slipOf(String[] words, int i) {
        for (String name : Gazetteer.get().namesAfter(words[i])) {
            String[] syllables = name.split(" ");
            if (i + syllables.length >= words.length) {
                continue;
            }
            boolean slip = false;
            boolean near = true;
            for (int k = 0; k < syllables.length && near; k++) {
                String typed = words[i + 1 + k];
                near = WordForms.key(typed).equals(WordForms.key(syllables[k]));
                int marks = near ? MisreadPairs.markChanges(
                        VietnameseText.toNewStyle(typed.toLowerCase(Locale.ROOT)),
                        VietnameseText.toNewStyle(syllables[k])) : Integer.MAX_VALUE;
                near &= marks <= 1;
                slip |= marks == 1;
            }
            // a bare name ("duc tho") is the accent restoration's to read; a slip keeps the diacritics typed
            if (near && slip && VietnameseText.hasDiacritics(String.join(" ",
                    java.util.Arrays.copyOfRange(words, i + 1, i + 1 + syllables.length)))) {
                return syllables;
            }
        }
        return null;
    }
}
