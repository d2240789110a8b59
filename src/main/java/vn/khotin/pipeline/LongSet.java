package vn.khotin.pipeline;

import java.util.Arrays;

/**
 * A set of long values by open addressing, for millions of article IDs without a boxed object each (a
 * {@code HashSet<Long>} of a million IDs costs about 60 MB; this about 16 MB). Not thread-safe. Zero is not a
 * valid article ID and marks an empty slot.
 */
final class LongSet {

    private long[] slots;
    private int size;

    LongSet(int expected) {
        slots = new long[tableSize(expected)];
    }

    private static int tableSize(int expected) {
        int n = 16;
        while (n < expected * 2L && n < (1 << 30)) {
            n <<= 1;
        }
        return n;
    }

    /** Adds a value (non-zero); returns false when it was already present. */
    boolean add(long value) {
        if (value == 0) {
            throw new IllegalArgumentException("0 is not an article ID");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return false;
            }
            if (slots[i] == 0) {
                slots[i] = value;
                size++;
                return true;
            }
        }
    }

    boolean contains(long value) {
        int mask = slots.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return value != 0;
            }
            if (slots[i] == 0) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(v -> v != 0).forEach(this::add);
    }

    private static int slot(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
