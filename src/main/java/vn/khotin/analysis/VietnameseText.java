package vn.khotin.analysis;

import java.text.Normalizer;

/**
 * Character-level Vietnamese facts shared by the filters and the query helpers: diacritic folding, tone
 * marks, and the canonical tone placement.
 *
 * <p>All tables are built once from Unicode decompositions, so every lookup is an array access and no
 * method here allocates except the {@code String}-returning conveniences.
 *
 * <h2>Canonical tone placement</h2>
 * Khotin indexes the <em>new style</em> ("kiểu mới"): in an open syllable ending in {@code oa}, {@code oe}
 * or {@code uy} the tone mark sits on the first vowel ({@code hòa, khỏe, thủy, ủy}). The old style puts it on
 * the second vowel ({@code hoà, khoẻ, thuỷ, uỷ}). New style is what Báo Hà Tĩnh and most current Vietnamese
 * web text use; syllables with a final consonant ({@code hoàng, quyết}) are written the same way in both
 * styles and are left alone, as is {@code qu} + vowel, where {@code u} belongs to the consonant.
 */
public final class VietnameseText {

    /**
     * The combining mark of each tone number: 0 none (ngang), 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook),
     * 4 ngã (tilde), 5 nặng (dot).
     */
    static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

    private static final int TABLE = 0x1F00;
    /** Base letter without any diacritic (đ → d), or the char itself. */
    private static final char[] FOLD = new char[TABLE];
    /** The char without its tone mark but with its vowel marks (ắ → ă), or the char itself. */
    private static final char[] STRIP_TONE = new char[TABLE];
    /** The tone of a char (0..5). */
    private static final byte[] TONE = new byte[TABLE];
    /** toned[toneless * 6 + tone] for the Vietnamese vowels; 0 when no precomposed char exists. */
    private static final char[] WITH_TONE = new char[TABLE * 6];
    /** {@link Character#toLowerCase(char)} of every char below {@code TABLE}. */
    private static final char[] LOWER = new char[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
        }
        for (int c = 0; c < TABLE; c++) {
            FOLD[c] = (char) c;
            STRIP_TONE[c] = (char) c;
        }
        for (int c = 0xC0; c < TABLE; c++) {
            if (Character.isSurrogate((char) c) || !Character.isLetter(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (nfd.length() < 2 || base >= 0x80 || !Character.isLetter(base)) {
                continue;
            }
            boolean allMarks = true;
            int tone = 0;
            StringBuilder rest = new StringBuilder().append(base);
            for (int i = 1; i < nfd.length(); i++) {
                char m = nfd.charAt(i);
                if (Character.getType(m) != Character.NON_SPACING_MARK) {
                    allMarks = false;
                    break;
                }
                int t = toneOfMark(m);
                if (t > 0 && tone == 0) {
                    tone = t;
                } else {
                    rest.append(m);
                }
            }
            if (!allMarks) {
                continue;
            }
            FOLD[c] = base;
            if (tone > 0) {
                String toneless = Normalizer.normalize(rest, Normalizer.Form.NFC);
                if (toneless.length() == 1) {
                    char tl = toneless.charAt(0);
                    TONE[c] = (byte) tone;
                    STRIP_TONE[c] = tl;
                    WITH_TONE[tl * 6 + tone] = (char) c;
                }
            }
        }
        FOLD['đ'] = 'd';
        FOLD['Đ'] = 'D';
        for (int c = 0; c < TABLE; c++) {
            if (TONE[c] == 0 && WITH_TONE[c * 6 + 1] != 0) {
                WITH_TONE[c * 6] = (char) c;
            }
        }
    }

    private VietnameseText() {
    }

    private static int toneOfMark(char m) {
        for (int t = 1; t < TONE_MARKS.length; t++) {
            if (TONE_MARKS[t] == m) {
                return t;
            }
        }
        return 0;
    }

    /**
     * Exactly {@link Character#toLowerCase(char)}, by table for ASCII and the Vietnamese letters: the
     * JDK's version walks several Unicode property tables per char.
     */
    public static char toLowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c < TABLE ? LOWER[c] : Character.toLowerCase(c);
    }

    /** The char with every diacritic removed ({@code ễ → e}, {@code đ → d}); other chars unchanged. */
    public static char fold(char c) {
        return c < TABLE ? FOLD[c] : c;
    }

    /** The tone of {@code c}, 0 (none) to 5 (nặng). */
    public static int toneOf(char c) {
        return c < TABLE ? TONE[c] : 0;
    }

    /** {@code c} without its tone mark, keeping the vowel marks ({@code ặ → ă}). */
    public static char stripTone(char c) {
        return c < TABLE ? STRIP_TONE[c] : c;
    }

    /** The toneless vowel {@code v} carrying {@code tone}, or 0 when {@code v} cannot carry a tone. */
    public static char withTone(char v, int tone) {
        if (v >= TABLE || tone < 0 || tone > 5) {
            return 0;
        }
        return WITH_TONE[v * 6 + tone];
    }

    /** True if the char carries a diacritic that folding removes (including đ). */
    public static boolean hasDiacritic(char c) {
        return (c < TABLE && FOLD[c] != c) || (c >= 0x300 && c <= 0x36F);
    }

    /**
     * True when the text contains at least one letter with a diacritic, i.e. the user typed Vietnamese
     * accents. Queries for which this is false are treated as "typed without diacritics".
     */
    public static boolean hasDiacritics(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (hasDiacritic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Folds {@code len} chars of {@code buf} in place. */
    public static void fold(char[] buf, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            char c = buf[i];
            if (c < TABLE) {
                buf[i] = FOLD[c];
            }
        }
    }

    /** Whether {@code word} begins with a capital letter, as a name typed in a query does. */
    public static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Whether a word cannot be one Vietnamese syllable: a letter Vietnamese does not write (f, j, w, z) or more than
     * one run of vowels ("Formosa", "Samsung", "Google"). Capitalised first in a query, such a word is a name, not the
     * capital a phone keyboard gives any first word; rare, it may be a slip for a frequent foreign name.
     */
    public static boolean foreign(String word) {
        String folded = fold(word).toLowerCase(java.util.Locale.ROOT);
        int vowelRuns = 0;
        boolean inVowels = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("fjwz".indexOf(c) >= 0) {
                return true;
            }
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            vowelRuns += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }
        return vowelRuns > 1;
    }

    /**
     * A word as the exact fields index it: NFC, lower case, new-style tone placement ("Thuỷ" → "thủy"): the form to
     * look a term up by.
     */
    public static String termForm(String s) {
        return toNewStyle(nfc(s).toLowerCase(java.util.Locale.ROOT));
    }

    /** The text in NFC, the text itself when it already is (most is: the check is cheaper than normalising). */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The comparison key of a text: NFC, tone marks in the new style, diacritics folded, lower case, spaces
     * collapsed ("Thị xã  Kỳ Anh" → "thi xa ky anh"); the key form of keyword filters and suggestion statistics.
     */
    public static String key(String text) {
        return fold(toNewStyle(nfc(text))).toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The text with every diacritic removed, case kept ("Đảng ủy" → "Dang uy"). Input should be NFC. */
    public static String fold(String s) {
        char[] a = s.toCharArray();
        fold(a, 0, a.length);
        return new String(a);
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetter(c);
    }

    /**
     * Rewrites old-style tone placement to the canonical new style in place, syllable by syllable
     * ("hoà_bình" → "hòa_bình", "Thuỷ" → "Thủy"). Lengths never change, so offsets stay valid.
     *
     * @return true if anything changed
     */
    public static boolean toNewStyle(char[] buf, int off, int len) {
        return moveTone(buf, off, len, true);
    }

    /** Rewrites new-style tone placement to the old style in place (used to build test queries). */
    public static boolean toOldStyle(char[] buf, int off, int len) {
        return moveTone(buf, off, len, false);
    }

    /** {@link #toNewStyle(char[], int, int)} on a string. */
    public static String toNewStyle(String s) {
        char[] a = s.toCharArray();
        return toNewStyle(a, 0, a.length) ? new String(a) : s;
    }

    /** {@link #toOldStyle(char[], int, int)} on a string. */
    public static String toOldStyle(String s) {
        char[] a = s.toCharArray();
        return toOldStyle(a, 0, a.length) ? new String(a) : s;
    }

    private static boolean moveTone(char[] buf, int off, int len, boolean toNew) {
        boolean changed = false;
        int end = off + len;
        for (int i = off + 1; i < end; i++) {
            char c2 = buf[i];
            // only at the last letter of a syllable: the pair must close the syllable; to move a tone to
            // the first vowel, the second must carry one (tested first: almost no char passes it)
            if (toNew ? c2 < 0xC0 || toneOf(c2) == 0 : !isPairSecond(c2)) {
                continue;
            }
            // the pair test below needs o or u first (only O, o, U, u lower-case to those), and most
            // toned syllable ends fail it: test it before the neighbours
            char l1 = (char) (buf[i - 1] | 0x20);
            if (toNew && l1 != 'o' && l1 != 'u') {
                continue;
            }
            if (i + 1 < end && isLetter(buf[i + 1])) {
                continue;
            }
            char c1 = buf[i - 1];
            if (i - 2 >= off) {
                char c0 = buf[i - 2];
                if (c0 == 'q' || c0 == 'Q') {
                    continue;
                }
                // a vowel before the pair makes it a triphthong (ngoèo), which is written one way only
                if (isVowel(c0)) {
                    continue;
                }
            }
            if (toNew) {
                int tone = toneOf(c2);
                char base2 = stripTone(c2);
                if (tone == 0 || toneOf(c1) != 0 || !isPair(c1, base2)) {
                    continue;
                }
                char t1 = withTone(c1, tone);
                if (t1 == 0) {
                    continue;
                }
                buf[i - 1] = t1;
                buf[i] = base2;
                changed = true;
            } else {
                int tone = toneOf(c1);
                char base1 = stripTone(c1);
                if (tone == 0 || toneOf(c2) != 0 || !isPair(base1, c2)) {
                    continue;
                }
                char t2 = withTone(c2, tone);
                if (t2 == 0) {
                    continue;
                }
                buf[i - 1] = base1;
                buf[i] = t2;
                changed = true;
            }
        }
        return changed;
    }

    private static boolean isPairSecond(char c) {
        char l = (char) (c | 0x20);
        return l == 'a' || l == 'e' || l == 'y';
    }

    private static boolean isPair(char first, char second) {
        char f = toLowerCase(first);
        char s = toLowerCase(second);
        return (f == 'o' && (s == 'a' || s == 'e')) || (f == 'u' && s == 'y');
    }

    /** True for the Vietnamese vowel letters in any tone or case. */
    public static boolean isVowel(char c) {
        char b = toLowerCase(fold(c));
        return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y';
    }
}
