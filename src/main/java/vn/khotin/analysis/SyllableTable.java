package vn.khotin.analysis;

import java.util.Arrays;

/**
 * The lexicon's syllables with dense ids (1, 2, … in order of first addition; 0 is "none"), in one char pool with
 * an open-addressing index, for {@link VietnameseLexicon}. Lookups take char slices and never allocate. Filled
 * while the lexicon loads, read-only after.
 */
final class SyllableTable {

    private char[] chars = new char[1 << 16];
    private int charsLen;
    private int[] sylOff = new int[1024];
    private int[] sylLen = new int[1024];
    private int count = 1; // id 0 is "none"
    private int[] slots = new int[1 << 15];
    private final int maxIds;

    /** A table that gives out ids below {@code maxIds} only. */
    SyllableTable(int maxIds) {
        this.maxIds = maxIds;
    }

    /** One past the last id given out: every id from 1 below it is a syllable. */
    int limit() {
        return count;
    }

    /** The id of the syllable in {@code a[off, off + len)}, added if absent; 0 when the table is full. */
    int intern(char[] a, int off, int len) {
        int id = id(a, off, len);
        if (id > 0) {
            return id;
        }
        if (count >= maxIds) {
            return 0;
        }
        if (charsLen + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLen + len));
        }
        System.arraycopy(a, off, chars, charsLen, len);
        if (count == sylOff.length) {
            sylOff = Arrays.copyOf(sylOff, count * 2);
            sylLen = Arrays.copyOf(sylLen, count * 2);
        }
        id = count++;
        sylOff[id] = charsLen;
        sylLen[id] = len;
        charsLen += len;
        if (count * 2 > slots.length) {
            rehash();
        } else {
            insertSlot(id);
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int id = 1; id < count; id++) {
            insertSlot(id);
        }
    }

    private void insertSlot(int id) {
        int mask = slots.length - 1;
        int h = hash(chars, sylOff[id], sylLen[id]) & mask;
        while (slots[h] != 0) {
            h = (h + 1) & mask;
        }
        slots[h] = id;
    }

    // Both lexicon tables probe linearly from the low bits of their hashes, so the bits must be well mixed:
    // with the plain polynomial (and, for compounds, a multiply read from the low bits) clusters formed and
    // most of a lookup's time went into walking them. Murmur3's finalizers. WordTable probes the same way.
    static int hash(char[] a, int off, int len) {
        int h = 0;
        for (int i = off, e = off + len; i < e; i++) {
            h = 31 * h + a[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** The id of the syllable in {@code a[off, off + len)}, or 0 if unknown. */
    int id(char[] a, int off, int len) {
        int mask = slots.length - 1;
        int h = hash(a, off, len) & mask;
        while (true) {
            int id = slots[h];
            if (id == 0) {
                return 0;
            }
            if (sylLen[id] == len && sameChars(sylOff[id], a, off, len)) {
                return id;
            }
            h = (h + 1) & mask;
        }
    }

    // a plain loop: syllables are a few chars, too short for Arrays.equals' range checks and vector set-up
    private boolean sameChars(int at, char[] a, int off, int len) {
        char[] c = chars;
        for (int i = 0; i < len; i++) {
            if (c[at + i] != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The text of an id. */
    String text(int id) {
        return new String(chars, sylOff[id], sylLen[id]);
    }

    /** Appends the text of an id. */
    void appendTo(StringBuilder sb, int id) {
        sb.append(chars, sylOff[id], sylLen[id]);
    }
}
