package vn.khotin.analysis;

/**
 * Keys of syllable n-grams: word ids of 16 bits side by side in a {@code long}, the first word in the high
 * bits, so up to four words make an exact key and prefixes, suffixes and words come out by shifts and masks.
 * A five-word gram is the key of its first four words plus the fifth id apart. Ids start at 1, so no key of
 * a gram is 0 (the empty slot of the tables).
 */
final class Grams {

    /** Bits of one word id. */
    static final int ID_BITS = 16;
    /** Largest word id a key can hold. */
    static final int MAX_ID = (1 << ID_BITS) - 1;
    /** Longest gram a key holds (the fifth word apart). */
    static final int MAX_ORDER = 5;

    private static final long ID_MASK = MAX_ID;

    private Grams() {
    }

    /** The key of the first {@code min(n, 4)} ids of ids[from..]. */
    static long pack(int[] ids, int from, int n) {
        long k = 0;
        for (int i = 0, e = Math.min(n, 4); i < e; i++) {
            k = (k << ID_BITS) | ids[from + i];
        }
        return k;
    }

    /** The key of the trigram a b c. */
    static long key3(int a, int b, int c) {
        return (long) a << (2 * ID_BITS) | (long) b << ID_BITS | c;
    }

    /** The fifth id of a five-word gram at ids[from..], or 0 for shorter grams. */
    static int fifth(int[] ids, int from, int n) {
        return n == 5 ? ids[from + 4] : 0;
    }

    /** The first word of an n-gram. */
    static int first(long key, int n) {
        return (int) (key >>> (ID_BITS * (Math.min(n, 4) - 1)) & ID_MASK);
    }

    /** The last word of an n-gram. */
    static int last(long key, int fifth, int n) {
        return n == 5 ? fifth : (int) (key & ID_MASK);
    }

    /** The key of the (n-1)-gram without the last word (its context). */
    static long prefix(long key, int n) {
        return n == 5 ? key : key >>> ID_BITS;
    }

    /** The key of the (n-1)-gram without the first word (the lower order of the same prediction). */
    static long suffix(long key, int fifth, int n) {
        if (n == 5) {
            return (key << ID_BITS) | fifth;
        }
        return key & ((1L << (ID_BITS * (n - 1))) - 1);
    }

    /** A well-mixed 64-bit hash of a key (Murmur3's finalizer). */
    static long hash(long key, int fifth) {
        long x = key ^ (fifth * 0x9E3779B97F4A7C15L);
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }
}
