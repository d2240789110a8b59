package vn.khotin.search;

import vn.khotin.analysis.VietnameseText;

/**
 * Part of "Tin liên quan" for drafts: whether a draft was typed without diacritics (a phone or a keyboard without a
 * Vietnamese input method). Such a draft is compared after its accents are restored: read as typed, "thuy dien Ho
 * Ho xa lu Huong Khe" matched almost nothing as written in the archive, and its suggestions were a bank's text
 * messages and a badminton match.
 */
final class DraftAccents {

    /** Fewer bare words than this are a title or a few names, not a draft typed without diacritics. */
    static final int MIN_BARE_WORDS = 5;
    /** A draft with more of its words accented than this share was typed with diacritics (names may be bare). */
    static final double MAX_ACCENTED_SHARE = 0.1;

    private DraftAccents() {}

    /** Whether the text's words were typed without diacritics: at least a few, and hardly any with them. */
    static boolean typedWithout(String text) {
        int bare = 0;
        int accented = 0;
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (VietnameseText.hasDiacritics(w)) {
                accented++;
            } else {
                bare++;
            }
        }
        return bare >= MIN_BARE_WORDS && accented <= MAX_ACCENTED_SHARE * (bare + accented);
    }
}
