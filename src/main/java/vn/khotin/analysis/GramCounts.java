package vn.khotin.analysis;

/**
 * The exact n-gram counts of an accent model's training text, orders 1 to {@link #order}, all in memory:
 * unigrams in an array by word id, longer grams in one {@link CountTable} per order. One set of counts can
 * be estimated into several models (smaller orders, other smoothing, other pruning), which is how the
 * evaluation compares them. Not thread-safe.
 */
final class GramCounts {

    final AccentVocabulary vocab;
    final int order;
    final long[] unigrams;
    /** Tables by order; entries 0 and 1 are null. */
    final CountTable[] tables;
    long tokens;
    int documents;

    GramCounts(AccentVocabulary vocab, int order) {
        if (order < 1 || order > Grams.MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1 to " + Grams.MAX_ORDER + ": " + order);
        }
        this.vocab = vocab;
        this.order = order;
        this.unigrams = new long[vocab.size()];
        this.tables = new CountTable[order + 1];
        for (int k = 2; k <= order; k++) {
            tables[k] = new CountTable(k, 1 << 12);
        }
    }

    /** Counts every gram of ids[0..len) (a sentence with its boundary tokens, or a phrase). */
    void add(int[] ids, int len) {
        long key4Before = 0;
        for (int i = 0; i < len; i++) {
            unigrams[ids[i]]++;
            long key = ids[i];
            long key4 = 0;
            for (int k = 2; k <= order && i - k + 1 >= 0; k++) {
                if (k <= 4) {
                    key |= (long) ids[i - k + 1] << (Grams.ID_BITS * (k - 1));
                    if (k == 4) {
                        key4 = key;
                    }
                    tables[k].increment(key, 0);
                } else {
                    tables[k].increment(key4Before, ids[i]);
                }
            }
            key4Before = key4;
        }
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
