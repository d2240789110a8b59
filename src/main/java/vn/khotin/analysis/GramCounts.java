package vn.khotin.analysis;

/**
 * The n-gram counts of an accent model's training text, orders 1 to {@link #order}: unigrams in an array by
 * word id, longer grams in one {@link CountTable} per order. One set of counts can be estimated into several
 * models (smaller orders, other smoothing, other pruning), which is how the evaluation compares them.
 *
 * <p>Counting keeps within a budget of table entries: when the grams of order three and up would pass it,
 * the rarest of them are dropped (lossy counting: each sweep removes the grams seen at most {@code floor}
 * times so far, and the floor rises while sweeps free too little). Counts of the grams that stay are then
 * lower bounds; with an unlimited budget every count is exact. Not thread-safe.
 */
final class GramCounts {

    final AccentVocabulary vocab;
    final int order;
    final long[] unigrams;
    /** Tables by order; entries 0 and 1 are null. */
    final CountTable[] tables;
    private final long maxEntries;
    private final int[] floors;
    long tokens;
    int documents;
    /** Sweeps of lossy counting done (0 when every count is exact). */
    int sweeps;

    GramCounts(AccentVocabulary vocab, int order, long maxEntries) {
        if (order < 1 || order > Grams.MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1 to " + Grams.MAX_ORDER + ": " + order);
        }
        this.vocab = vocab;
        this.order = order;
        this.maxEntries = maxEntries;
        this.unigrams = new long[vocab.size()];
        this.tables = new CountTable[order + 1];
        this.floors = new int[order + 1];
        // small budgets start small, so that the budget is checked (at growth) before it is far exceeded
        int initial = (int) Math.max(16, Math.min(1 << 12, maxEntries / Math.max(1, order - 1)));
        for (int k = 2; k <= order; k++) {
            tables[k] = new CountTable(k, initial);
            floors[k] = 1;
        }
    }

    /** Counts every gram of ids[0..len) (a sentence with its boundary tokens, or a phrase), {@code by} times. */
    void add(int[] ids, int len, int by) {
        long key4Before = 0;
        for (int i = 0; i < len; i++) {
            unigrams[ids[i]] += by;
            long key = ids[i];
            long key4 = 0;
            for (int k = 2; k <= order && i - k + 1 >= 0; k++) {
                if (k <= 4) {
                    key |= (long) ids[i - k + 1] << (Grams.ID_BITS * (k - 1));
                    if (k == 4) {
                        key4 = key;
                    }
                    increment(tables[k], key, 0, by);
                } else {
                    increment(tables[k], key4Before, ids[i], by);
                }
            }
            key4Before = key4;
        }
    }

    private void increment(CountTable t, long key, int fifth, int by) {
        if (t.full()) {
            makeRoom(t);
        }
        t.add(key, fifth, by);
    }

    /**
     * Room for one more gram in {@code t}: the table doubles while all tables stay within the budget; past
     * it, a table of order three or up loses its rarest entries instead (and doubles only if that freed
     * too little).
     */
    private void makeRoom(CountTable t) {
        if (t.order <= 2 || entries() + t.capacity() * 0.7 <= maxEntries) {
            t.grow();
            return;
        }
        sweep(t.order);
        if (t.size > t.capacity() * 0.6) {
            t.grow();
        }
    }

    private void sweep(int k) {
        CountTable t = tables[k];
        int before = t.size;
        int removed = t.removeAtMost(floors[k]);
        sweeps++;
        if (removed < before / 4) {
            floors[k]++;
        }
    }

    /** Grams held in all tables. */
    long entries() {
        long n = 0;
        for (int k = 2; k <= order; k++) {
            n += tables[k].size;
        }
        return n;
    }

    /** Grams of one order (distinct words for order 1). */
    long size(int k) {
        if (k == 1) {
            long n = 0;
            for (long c : unigrams) {
                n += c > 0 ? 1 : 0;
            }
            return n;
        }
        return tables[k].size;
    }

    /** Heap bytes of the count tables. */
    long bytes() {
        long b = 8L * unigrams.length + vocab.bytes();
        for (int k = 2; k <= order; k++) {
            b += tables[k].bytes();
        }
        return b;
    }
}
