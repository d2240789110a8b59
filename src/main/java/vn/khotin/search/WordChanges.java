package vn.khotin.search;

import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import vn.khotin.analysis.VietnameseText;

/**
 * A query and its correction or restoration, word by word: the stages that weigh a change ask which words it made.
 * Only texts of as many words compare.
 *
 * @param before the typed words
 * @param after the changed text's words
 * @param changed the positions where they differ, in order
 */
record WordChanges(String[] before, String[] after, int[] changed) {

    /** The words {@code changed} differs from {@code typed} at; null when the texts differ in their number of words. */
    static WordChanges of(String typed, String changed) {
        String[] before = words(typed);
        String[] after = words(changed);
        if (before.length != after.length) {
            return null;
        }
        int[] at = IntStream.range(0, before.length).filter(i -> !before[i].equals(after[i])).toArray();
        return new WordChanges(before, after, at);
    }

    /** How many words differ; 0 when the texts differ in their number of words. */
    static int count(String typed, String changed) {
        WordChanges c = of(typed, changed);
        return c == null ? 0 : c.changed().length;
    }

    /**
     * How many typed words a change takes part in: each word it changes, and each unchanged word typed without
     * diacritics beside one ("tham" of "tham nhung cán bộ" → "tham nhũng cán bộ": two, where "Hà tinh" → "Hà Tĩnh"
     * is one). 0 when the texts differ in their number of words.
     */
    static int withBareNeighbours(String typed, String changed) {
        return withBareNeighbours(typed, changed, (first, second) -> true);
    }

    /**
     * As above, counting a bare neighbour only when {@code joins} accepts it with the changed word, as the changed
     * text writes the pair (first, second in reading order).
     */
    static int withBareNeighbours(String typed, String changed, BiPredicate<String, String> joins) {
        WordChanges c = of(typed, changed);
        if (c == null) {
            return 0;
        }
        boolean[] part = new boolean[c.before().length];
        for (int at : c.changed()) {
            part[at] = true;
            for (int other : new int[] {at - 1, at + 1}) {
                if (other >= 0 && other < part.length && c.before()[other].equals(c.after()[other])
                        && bare(c.before()[other])
                        && joins.test(c.after()[Math.min(at, other)], c.after()[Math.max(at, other)])) {
                    part[other] = true;
                }
            }
        }
        int n = 0;
        for (boolean p : part) {
            n += p ? 1 : 0;
        }
        return n;
    }

    /** Whether a word has letters and none with diacritics. */
    static boolean bare(String word) {
        return word.chars().anyMatch(Character::isLetter) && !VietnameseText.hasDiacritics(word);
    }

    /** A text's words, split at white space. */
    static String[] words(String text) {
        return text.strip().split("\\s+");
    }

    /** The words {@code from} (inclusive) to {@code to} (exclusive) of {@code words}, joined by spaces. */
    static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }
}
