package vn.khotin.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Part of the compile stage ({@link UnitQueries}): the other spelling of a syllable that Vietnamese writes with
 * either i or y after h, k, l, m, s, t and qu ("lí do" and "lý do", "kĩ thuật" and "kỹ thuật", "quí" and "quý",
 * "Kì Anh" and "Kỳ Anh"). Both are correct (the 1984 rules and older habit differ), and the news uses both, the y
 * far more often: typed with the other letter, "lí do" found 343 articles of a 20,000-article archive and "lý do"
 * 5,266. A query word matches both spellings; the index keeps what was written. Stateless.
 */
final class IyVariants {

    /** The onsets after which a lone i or y is the same syllable. */
    private static final Set<String> ONSETS = Set.of("h", "k", "l", "m", "s", "t", "qu");
    private static final String I_FORMS = "iíìỉĩị";
    private static final String Y_FORMS = "yýỳỷỹỵ";

    private IyVariants() {}

    /**
     * The syllable with i and y swapped, in the typed case ("lí" → "lý", "Kỳ" → "Kì", "ky" → "ki"), or null when it
     * has no such variant ("y", "tin", "ý").
     */
    static String of(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFC);
        if (w.length() < 2 || w.length() > 3) {
            return null;
        }
        int last = w.length() - 1;
        String onset = w.substring(0, last).toLowerCase(Locale.ROOT);
        if (!ONSETS.contains(onset)) {
            return null;
        }
        char v = w.charAt(last);
        int i = I_FORMS.indexOf(v);
        int y = Y_FORMS.indexOf(v);
        boolean upper = false;
        if (i < 0 && y < 0) {
            char lower = Character.toLowerCase(v);
            i = I_FORMS.indexOf(lower);
            y = Y_FORMS.indexOf(lower);
            upper = i >= 0 || y >= 0;
        }
        if (i < 0 && y < 0) {
            return null;
        }
        char swapped = i >= 0 ? Y_FORMS.charAt(i) : I_FORMS.charAt(y);
        return w.substring(0, last) + (upper ? Character.toUpperCase(swapped) : swapped);
    }

    /**
     * The text (words separated by single spaces) with each syllable that has one in its other i/y spelling ("sỹ
     * quan" → "sĩ quan"), or null if none has.
     */
    static String ofText(String text) {
        String[] words = text.split(" ");
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String other = of(words[i]);
            if (other != null) {
                words[i] = other;
                any = true;
            }
        }
        return any ? String.join(" ", words) : null;
    }
}
