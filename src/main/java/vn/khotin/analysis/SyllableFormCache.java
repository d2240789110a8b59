package vn.khotin.analysis;

/**
 * A direct-mapped cache of recent syllables, as read, to their final form and lexicon id, for
 * {@link WordClause}. A syllable's form and id depend on its own chars only, and a few thousand syllable types
 * make up most running text, so most syllables skip lower-casing, tone placement, folding and the lexicon probe,
 * whose tables are too large to stay in cache. One entry is 16 chars, so a lookup touches one cache line:
 * [length][7 chars as read][7 chars of the final form][id]. Ids fit a char (the lexicon keeps at most 65,535
 * syllables); Vietnamese syllables have at most 7 letters, so longer tokens just bypass it.
 */
final class SyllableFormCache {

    /** The longest syllable cached. */
    static final int WIDTH = 7;
    private static final int BITS = 12;
    private final char[] cache = new char[16 << BITS];
    private int slot;

    /**
     * Looks up the syllable {@code b[bOff..bOff+len)} (as read, {@code len} at most {@link #WIDTH}); on a hit
     * writes its final form to {@code text[at..]} and returns its id. On a miss returns -1 and leaves the slot
     * for {@link #remember}.
     */
    int lookup(char[] b, int bOff, int len, char[] text, int at) {
        int h = 0;
        for (int i = bOff, e = bOff + len; i < e; i++) {
            h = 31 * h + b[i];
        }
        h *= 0x9E3779B9;
        int base = (h >>> (32 - BITS)) << 4;
        slot = base;
        char[] c = cache;
        if (c[base] != len) {
            return -1;
        }
        for (int i = 0; i < len; i++) {
            if (c[base + 1 + i] != b[bOff + i]) {
                return -1;
            }
        }
        for (int i = 0; i < len; i++) {
            text[at + i] = c[base + 8 + i];
        }
        return c[base + 15];
    }

    /**
     * Stores the syllable of the last miss, {@code b[bOff..bOff+len)} as read, with its final form
     * {@code text[at..at+len)} and its id, in the slot of that miss.
     */
    void remember(char[] b, int bOff, int len, char[] text, int at, int id) {
        if (id < 0 || id > Character.MAX_VALUE) {
            return;
        }
        int base = slot;
        char[] c = cache;
        c[base] = (char) len;
        System.arraycopy(b, bOff, c, base + 1, len);
        System.arraycopy(text, at, c, base + 8, len);
        c[base + 15] = (char) id;
    }
}
