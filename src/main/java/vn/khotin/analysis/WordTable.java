package vn.khotin.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Interned strings with dense ids (0, 1, 2, … in order of first addition), in one char pool with an
 * open-addressing index: about a tenth of the memory of a {@code HashMap<String, Integer>}, and lookups
 * take char slices without allocating. Not thread-safe while being filled; read-only use is.
 */
final class WordTable {

    private char[] chars;
    private int charsLen;
    /** ends[id] is the end of entry id in {@link #chars}; it starts at ends[id - 1] (0 for id 0). */
    private int[] ends;
    private int size;
    /** id + 1 of the entry in each slot, 0 for an empty slot. */
    private int[] slots;

    WordTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        chars = new char[Math.max(64, expected * 6)];
        ends = new int[Math.max(16, expected)];
        slots = new int[cap];
    }

    int size() {
        return size;
    }

    /** The id of the string in {@code a[off, off + len)}, added if absent. */
    int add(char[] a, int off, int len) {
        int id = find(a, off, len);
        if (id >= 0) {
            return id;
        }
        if (charsLen + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLen + len));
        }
        System.arraycopy(a, off, chars, charsLen, len);
        charsLen += len;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        id = size++;
        ends[id] = charsLen;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int i = 0; i < size; i++) {
                insert(i);
            }
        } else {
            insert(id);
        }
        return id;
    }

    /** {@link #add(char[], int, int)} of a string. */
    int add(String s) {
        return add(s.toCharArray(), 0, s.length());
    }

    /** The id of the string in {@code a[off, off + len)}, or -1. */
    int find(char[] a, int off, int len) {
        int mask = slots.length - 1;
        int h = SyllableTable.hash(a, off, len) & mask;
        while (true) {
            int v = slots[h];
            if (v == 0) {
                return -1;
            }
            int id = v - 1;
            if (same(id, a, off, len)) {
                return id;
            }
            h = (h + 1) & mask;
        }
    }

    /** The id of a string, or -1. */
    int find(String s) {
        return find(s.toCharArray(), 0, s.length());
    }

    /** The string of an id. */
    String get(int id) {
        int start = id == 0 ? 0 : ends[id - 1];
        return new String(chars, start, ends[id] - start);
    }

    /** Heap bytes of the arrays. */
    long bytes() {
        return 2L * chars.length + 4L * ends.length + 4L * slots.length;
    }

    private boolean same(int id, char[] a, int off, int len) {
        int start = id == 0 ? 0 : ends[id - 1];
        if (ends[id] - start != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (chars[start + i] != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    private void insert(int id) {
        int start = id == 0 ? 0 : ends[id - 1];
        int mask = slots.length - 1;
        int h = SyllableTable.hash(chars, start, ends[id] - start) & mask;
        while (slots[h] != 0) {
            h = (h + 1) & mask;
        }
        slots[h] = id + 1;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(size);
        out.writeInt(charsLen);
        for (int i = 0; i < charsLen; i++) {
            out.writeChar(chars[i]);
        }
        for (int i = 0; i < size; i++) {
            out.writeInt(ends[i]);
        }
    }

    static WordTable read(DataInput in) throws IOException {
        int size = in.readInt();
        int charsLen = in.readInt();
        if (size < 0 || charsLen < 0) {
            throw new IOException("corrupt word table");
        }
        WordTable t = new WordTable(size);
        char[] a = new char[charsLen];
        for (int i = 0; i < charsLen; i++) {
            a[i] = in.readChar();
        }
        int prev = 0;
        for (int i = 0; i < size; i++) {
            int end = in.readInt();
            if (end < prev || end > charsLen) {
                throw new IOException("corrupt word table");
            }
            if (t.add(a, prev, end - prev) != i) {
                throw new IOException("duplicate word in table");
            }
            prev = end;
        }
        return t;
    }
}
