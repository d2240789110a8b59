package vn.khotin.analysis;

/**
 * Word pairs and their counts for the bounded trainer: a pair of 16-bit word ids is one {@code int} key
 * (never 0: ids start at 1), in open addressing with linear probing over any capacity (the home slot is a
 * multiply-shift of the hash), so a table can be made exactly as large as its content needs. The Kneser–Ney
 * statistics are extra columns, added by {@link #withStats}. 8 bytes a slot while counting, 20 with the
 * statistics. Not thread-safe.
 */
final class BigramTable {

    private static final double MAX_LOAD = 0.75;

    int[] keys;
    int[] counts;
    int size;
    /** Distinct words seen after the pair: N1+(ab•). */
    int[] distinct;
    /** Distinct words seen before the pair: N1+(•ab). */
    int[] cont;
    /** Occurrences of the pair followed by a word: Σ_w c(abw). */
    int[] ctxTotal;

    BigramTable(int capacity) {
        keys = new int[Math.max(16, capacity)];
        counts = new int[keys.length];
    }

    static int key(int first, int second) {
        return first << Grams.ID_BITS | second;
    }

    static int first(int key) {
        return key >>> Grams.ID_BITS;
    }

    static int second(int key) {
        return key & Grams.MAX_ID;
    }

    /** Adds one to the pair's count, growing the table when it is full. */
    void increment(int key) {
        if (size + 1 > keys.length * MAX_LOAD) {
            rehash(keys.length * 2);
        }
        int i = home(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                counts[i]++;
                return;
            }
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        keys[i] = key;
        counts[i] = 1;
        size++;
    }

    /** The slot of a pair, or -1. */
    int find(int key) {
        int i = home(key);
        while (true) {
            int k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
            i = i + 1 == keys.length ? 0 : i + 1;
        }
    }

    /**
     * A table of the pairs counted at least {@code minCount} times, just large enough, with zeroed
     * statistics columns.
     */
    BigramTable withStats(int minCount) {
        int n = 0;
        for (int s = 0; s < keys.length; s++) {
            n += keys[s] != 0 && counts[s] >= minCount ? 1 : 0;
        }
        BigramTable t = new BigramTable((int) Math.ceil(n / MAX_LOAD) + 1);
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0 && counts[s] >= minCount) {
                t.put(keys[s], counts[s]);
            }
        }
        t.distinct = new int[t.keys.length];
        t.cont = new int[t.keys.length];
        t.ctxTotal = new int[t.keys.length];
        return t;
    }

    private void put(int key, int count) {
        int i = home(key);
        while (keys[i] != 0) {
            i = i + 1 == keys.length ? 0 : i + 1;
        }
        keys[i] = key;
        counts[i] = count;
        size++;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[capacity];
        counts = new int[capacity];
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                put(oldKeys[s], oldCounts[s]);
            }
        }
    }

    private int home(int key) {
        long h = Grams.hash(key, 0);
        return (int) (((h >>> 32) * keys.length) >>> 32);
    }

    /** Heap bytes. */
    long bytes() {
        return keys.length * (8L + (distinct == null ? 0 : 12));
    }
}
