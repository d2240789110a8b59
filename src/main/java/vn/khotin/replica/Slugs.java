package vn.khotin.replica;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese-aware URL slugs as the CMS makes them: no diacritics, đ → d, words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** Slug of a title; at most {@code maxWords} words (0 = all). */
    public static String slugify(String text, int maxWords) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (s.isEmpty()) {
            return "bai-viet";
        }
        String[] words = s.split(" ");
        int n = maxWords <= 0 ? words.length : Math.min(maxWords, words.length);
        return String.join("-", java.util.Arrays.copyOf(words, n));
    }

    /** Slug of a title, all words. */
    public static String slugify(String text) {
        return slugify(text, 0);
    }
}
