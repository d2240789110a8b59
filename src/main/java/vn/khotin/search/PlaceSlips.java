package vn.khotin.search;

import java.util.Arrays;
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
     * Which words, as typed, are inside a place of the gazetteer of two words or more. Such a word is what the user
     * meant, and no correction replaces it, even where a small archive writes the place too seldom for its pairs to
     * count: "Hà Tĩnh Quảng Bình" is no "Hà Tỉnh Quảng Bình" because "tỉnh Quảng" is a common pair
     * ({@link RealWordCorrection}, {@link NameConfusions}).
     */
    static boolean[] inTypedPlace(String[] words) {
        boolean[] in = new boolean[words.length];
        for (int[] span : Gazetteer.get().spans(Arrays.asList(words))) {
            if (span[1] - span[0] >= 2) {
                Arrays.fill(in, span[0], span[1], true);
            }
        }
        return in;
    }

    /**
     * The query with each name after a type word ("huyện", "xã", "TX", …) that is one mark per word away from a
     * place of that type, and typed with diacritics, written as the gazetteer writes it, in the case typed; the query
     * itself when none is.
     */
    static String fixed(String query) {
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String[] place = placeAfter(words, i);
            // a bare name ("duc tho") is the accent restoration's to read; a slip keeps the diacritics typed
            if (place == null || !VietnameseText.hasDiacritics(
                    String.join(" ", Arrays.copyOfRange(words, i + 1, i + 1 + place.length)))) {
                continue;
            }
            for (int k = 0; k < place.length; k++) {
                String w = SpellingCorrection.casedLike(words[i + 1 + k], place[k]);
                changed |= !w.equals(words[i + 1 + k]);
                words[i + 1 + k] = w;
            }
        }
        return changed ? String.join(" ", words) : query;
    }

    /**
     * The syllables, lower case, of the place of the type {@code words[i]} names that the words after it are, at
     * most one mark per word away; one they are exactly first ("xã Thạch Hà" is the commune Thạch Hà, not a slip of
     * Thạch Hạ, another commune). Null when none is.
     */
    static String[] placeAfter(String[] words, int i) {
        String[] near = null;
        for (String name : Gazetteer.get().namesAfter(words[i])) {
            String[] syllables = name.split(" ");
            int marks = marksAway(words, i + 1, syllables);
            if (marks == 0) {
                return syllables;
            }
            if (marks == 1 && near == null) {
                near = syllables;
            }
        }
        return near;
    }

    /**
     * 0 when the words from {@code from} are the syllables as written (case aside), 1 when some word is one mark
     * away and none more, 2 otherwise (another word, or too few words).
     */
    private static int marksAway(String[] words, int from, String[] syllables) {
        if (from + syllables.length > words.length) {
            return 2;
        }
        int away = 0;
        for (int k = 0; k < syllables.length; k++) {
            String typed = words[from + k];
            if (!WordForms.key(typed).equals(WordForms.key(syllables[k]))) {
                return 2;
            }
            int marks = WordForms.markChanges(VietnameseText.toNewStyle(typed.toLowerCase(Locale.ROOT)),
                    VietnameseText.toNewStyle(syllables[k]));
            if (marks > 1) {
                return 2;
            }
            away = Math.max(away, marks);
        }
        return away;
    }
}
