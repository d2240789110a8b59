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

    /**
     * Removes, in place, every gram counted at most {@code maxCount} times (the lossy counting that keeps
     * training within a memory budget). Deletion shifts later members of a probe run back (Knuth's
     * algorithm R), starting the sweep after an empty slot so that no run wraps around behind it.
     *
     * @return the number of grams removed
     */
    int removeAtMost(int maxCount) {
        int cap = keys.length;
        int mask = cap - 1;
        int start = 0;
        while (keys[start] != 0) {
            start++;
        }
        int removed = 0;
        for (int step = 1; step <= cap; step++) {
            int i = (start + step) & mask;
            while (keys[i] != 0 && counts[i] <= maxCount) {
                delete(i);
                removed++;
            }
        }
        return removed;
    }

    private void delete(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        int j = slot;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == 0) {
                break;
            }
            int home = (int) Grams.hash(keys[j], fifths == null ? 0 : fifths[j]) & mask;
            // the entry at j may fill the hole only if its home is not cyclically within (hole, j]
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                move(j, hole);
                hole = j;
            }
        }
        keys[hole] = 0;
        counts[hole] = 0;
        if (fifths != null) {
            fifths[hole] = 0;
        }
        size--;
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        counts[to] = counts[from];
        if (fifths != null) {
            fifths[to] = fifths[from];
        }
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
