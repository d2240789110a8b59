package vn.khotin.analysis;

/**
 * The lexicon's words of two or more syllables, for {@link VietnameseLexicon}: an open-addressing table from a
 * key packing the word's syllable ids to the word's count, with the counts' logarithms once loading is done.
 * Filled while the lexicon loads, read-only after.
 */
final class CompoundTable {

    /** Most syllables in a key. */
    static final int MAX_LENGTH = 4;
    /**
     * Bits of a syllable id in a key: four ids fill the low 60 bits and the word length sits above them, so keys
     * of different lengths never collide and a key is never 0 (the empty slot).
     */
    private static final int ID_BITS = 15;
    private static final int LENGTH_SHIFT = ID_BITS * MAX_LENGTH;
    /** Ids, including the unused id 0, must fit in {@link #ID_BITS}; about 6,000 are in use. */
    static final int MAX_IDS = 1 << ID_BITS;
    private static final int KEY_BITS = 18;

    private long[] keys = new long[1 << 16];
    private int[] counts = new int[1 << 16];
    private int size;
    /** Math.log of counts, filled by {@link #freeze()}, so the segmenter takes no logarithm per lookup. */
    private double[] logs;
    /**
     * One bit per key hash (its high bits; the table uses the low ones): 32 KB that stay in cache, in front of a
     * table of several hundred KB whose every probe would be a cache miss. Exact, as it holds every key the table
     * holds; a set bit may still be another key's.
     */
    private final long[] keyBits = new long[1 << (KEY_BITS - 6)];

    /**
     * The key of the n-syllable (2..4) word at ids[from..]: the ids side by side with the length above them.
     * Injective over all lengths; the length must not be shifted out by the ids, as it once was, which made a
     * four-syllable key starting with id 3 equal to a three-syllable key.
     */
    static long pack(int[] ids, int from, int n) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = (k << ID_BITS) | ids[from + i];
        }
        return k | (long) n << LENGTH_SHIFT;
    }

    /** The number of syllables of a key. */
    static int length(long key) {
        return (int) (key >>> LENGTH_SHIFT);
    }

    /** The id of a key's syllable {@code s} places before its last. */
    static int idFromEnd(long key, int s) {
        return (int) (key >>> (ID_BITS * s)) & (MAX_IDS - 1);
    }

    /** The hash of a key: the table probes from its low bits, {@link #mayHold} reads its high bits. */
    static int hash(long key) {
        long x = key;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return (int) x;
    }

    /** Adds {@code count} to the key's count. */
    void add(long key, int count) {
        if ((size + 1) * 2 > keys.length) {
            long[] ok = keys;
            int[] ov = counts;
            keys = new long[ok.length * 2];
            counts = new int[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) {
                    add(ok[i], ov[i]);
                }
            }
        }
        int mask = keys.length - 1;
        int h = hash(key) & mask;
        while (keys[h] != 0 && keys[h] != key) {
            h = (h + 1) & mask;
        }
        if (keys[h] == 0) {
            keys[h] = key;
            size++;
            int b = hash(key) >>> (32 - KEY_BITS);
            keyBits[b >>> 6] |= 1L << b;
        }
        counts[h] += count;
    }

    /** Ends loading: the logarithms of the counts. */
    void freeze() {
        double[] cl = new double[counts.length];
        for (int i = 0; i < cl.length; i++) {
            cl[i] = counts[i] > 0 ? Math.log(counts[i]) : 0;
        }
        logs = cl;
    }

    /** The number of keys. */
    int size() {
        return size;
    }

    /** The count of a key, or 0. */
    int count(long key) {
        int mask = keys.length - 1;
        int h = hash(key) & mask;
        while (keys[h] != 0) {
            if (keys[h] == key) {
                return counts[h];
            }
            h = (h + 1) & mask;
        }
        return 0;
    }

    /** False when no key has this hash: the cheap test before {@link #log}. */
    boolean mayHold(int hash) {
        int b = hash >>> (32 - KEY_BITS);
        return (keyBits[b >>> 6] & (1L << b)) != 0;
    }

    /** The log count of a key of the given hash, or NaN when the key is not a word. */
    double log(long key, int hash) {
        int mask = keys.length - 1;
        int h = hash & mask;
        while (keys[h] != 0) {
            if (keys[h] == key) {
                return counts[h] > 0 ? logs[h] : Double.NaN;
            }
            h = (h + 1) & mask;
        }
        return Double.NaN;
    }

    /** Slots of the table, for walking it with {@link #keyAt} and {@link #countAt}. */
    int capacity() {
        return keys.length;
    }

    /** The key in a slot, 0 when it is empty. */
    long keyAt(int slot) {
        return keys[slot];
    }

    int countAt(int slot) {
        return counts[slot];
    }
}
