package vn.khotin.analysis;

import java.util.Arrays;

/**
 * The word types of an accent model's training text (lower case, NFC, new-style tones) with how often each
 * was written, and how often in the middle of a sentence with a capital initial or all in lower case: the
 * case evidence that tells the name "Nam" from the year "năm". Not thread-safe.
 */
final class WordTypes {

    /** How a word was written, as evidence of what it is. */
    enum Case {
        /** No evidence: a sentence's first word, or a word in capitals (an abbreviation, a heading). */
        NONE,
        /** A capital initial, lower case after it, not first in its sentence: a name, mostly. */
        CAPITALIZED,
        /** All lower case. */
        LOWER
    }

    final WordTable words = new WordTable(1 << 16);
    int[] counts = new int[1 << 16];
    int[] capitalized = new int[1 << 16];
    int[] lower = new int[1 << 16];

    /** Counts a word given in lower case, written as {@code written}. */
    void add(char[] a, int off, int len, Case written) {
        int id = words.add(a, off, len);
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
            capitalized = Arrays.copyOf(capitalized, counts.length);
            lower = Arrays.copyOf(lower, counts.length);
        }
        counts[id]++;
        switch (written) {
            case CAPITALIZED -> capitalized[id]++;
            case LOWER -> lower[id]++;
            case NONE -> { }
        }
    }

    int size() {
        return words.size();
    }

    /** How a word in {@code a[off, off + len)} (as typed, any case) is written, {@code first} in its sentence. */
    static Case caseOf(char[] a, int off, int len, boolean first) {
        boolean upperInitial = Character.isUpperCase(a[off]);
        boolean restLower = true;
        boolean restUpper = true;
        for (int i = off + 1; i < off + len; i++) {
            restLower &= !Character.isUpperCase(a[i]);
            restUpper &= !Character.isLowerCase(a[i]);
        }
        if (!upperInitial) {
            return restLower ? Case.LOWER : Case.NONE;
        }
        if (first || (len > 1 && restUpper) || !restLower) {
            return Case.NONE;
        }
        return Case.CAPITALIZED;
    }

    /** {@link #caseOf(char[], int, int, boolean)} of a string slice. */
    static Case caseOf(CharSequence s, int start, int end, boolean first) {
        char[] a = new char[end - start];
        for (int i = start; i < end; i++) {
            a[i - start] = s.charAt(i);
        }
        return caseOf(a, 0, a.length, first);
    }
}
