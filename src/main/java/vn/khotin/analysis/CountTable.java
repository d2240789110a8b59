package vn.khotin.analysis;

/**
 * Counts of the n-grams of one order while an accent model is trained: open addressing with linear probing
 * over {@link Grams} keys, in primitive arrays (12 bytes a slot, 14 for five-grams). The estimator adds the
 * smoothing statistics as extra columns once counting is done. Not thread-safe.
 */
final class CountTable {

    private static final double MAX_LOAD = 0.7;

    final int order;
    long[] keys;
    /** The fifth word of five-grams (null below order 5). */
    char[] fifths;
    int[] counts;
    int size;

    /** Distinct words seen after the gram: N1+(g •). Filled by {@link #allocateStats()} users. */
    int[] distinct;
    /** Distinct words seen before the gram: N1+(• g), the Kneser–Ney continuation count. */
    int[] cont;
    /** The denominator of predictions after the gram: Σ over followers of their count or continuation count. */
    int[] ctxTotal;

    CountTable(int order, int capacity) {
        this.order = order;
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new long[cap];
        fifths = order == 5 ? new char[cap] : null;
        counts = new int[cap];
    }

    int capacity() {
        return keys.length;
    }

    /** True when one more key would pass the load limit. */
    boolean full() {
        return size + 1 > keys.length * MAX_LOAD;
    }

    /** Adds one to the gram's count, growing the table when it is full. */
    void increment(long key, int fifth) {
        if (full()) {
            grow();
        }
        add(key, fifth, 1);
    }

    /** Adds {@code by} to the gram's count; the caller makes room first ({@link #full()}). */
    void add(long key, int fifth, int by) {
        int mask = keys.length - 1;
        int h = (int) Grams.hash(key, fifth) & mask;
        while (true) {
            long k = keys[h];
            if (k == 0) {
                keys[h] = key;
                if (fifths != null) {
                    fifths[h] = (char) fifth;
                }
                counts[h] = by;
                size++;
                return;
            }
            if (k == key && (fifths == null || fifths[h] == fifth)) {
                counts[h] += by;
                return;
            }
            h = (h + 1) & mask;
        }
    }

    /** The slot of a gram, or -1. */
    int find(long key, int fifth) {
        int mask = keys.length - 1;
        int h = (int) Grams.hash(key, fifth) & mask;
        while (true) {
            long k = keys[h];
            if (k == 0) {
                return -1;
            }
            if (k == key && (fifths == null || fifths[h] == fifth)) {
                return h;
            }
            h = (h + 1) & mask;
        }
    }

    /** The count of a gram, 0 if absent. */
    int count(long key, int fifth) {
        int slot = find(key, fifth);
        return slot < 0 ? 0 : counts[slot];
    }

    /** Doubles the capacity. */
    void grow() {
        long[] oldKeys = keys;
        char[] oldFifths = fifths;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        fifths = oldFifths == null ? null : new char[keys.length];
        counts = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i], oldFifths == null ? 0 : oldFifths[i], oldCounts[i]);
            }
        }
    }

    /** Empties the table, keeping its capacity. */
    void clear() {
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(counts, 0);
        if (fifths != null) {
            java.util.Arrays.fill(fifths, (char) 0);
        }
        size = 0;
    }

    /** Adds the zeroed statistics columns. */
    void allocateStats() {
        distinct = new int[keys.length];
        cont = new int[keys.length];
        ctxTotal = new int[keys.length];
    }

    /** Drops the statistics columns. */
    void freeStats() {
        distinct = null;
        cont = null;
        ctxTotal = null;
    }

    /** Heap bytes of the counting arrays. */
    long bytes() {
        return keys.length * (12L + (fifths == null ? 0 : 2));
    }
}
