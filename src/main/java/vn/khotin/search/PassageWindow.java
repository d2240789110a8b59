package vn.khotin.search;

import java.util.Arrays;
import java.util.List;

/**
 * Whether words found at known places of a text stand near one another: the smallest stretch of the text that holds
 * one place of each word. Used by {@link WordsTogether} on the start offsets of each word's matches in a body.
 */
final class PassageWindow {

    private PassageWindow() {}

    /**
     * Whether one stretch of at most {@code window} characters (from the first place's start to the last's)
     * holds one of each word's places. {@code places} has one sorted array per word, none empty; no word is
     * trivially true.
     */
    static boolean covers(List<int[]> places, int window) {
        return smallestSpan(places) <= window;
    }

    /**
     * The smallest distance from the first to the last place of a stretch holding a place of each word ({@code 0}
     * for no word or one): the usual sweep over all the places in order, the stretch's start moved on while it
     * still holds every word.
     */
    static int smallestSpan(List<int[]> places) {
        int words = places.size();
        if (words <= 1) {
            return 0;
        }
        int total = places.stream().mapToInt(p -> p.length).sum();
        long[] events = new long[total];
        int n = 0;
        for (int w = 0; w < words; w++) {
            for (int at : places.get(w)) {
                events[n++] = ((long) at << 20) | w;
            }
        }
        Arrays.sort(events);
        int[] inWindow = new int[words];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        int from = 0;
        for (int to = 0; to < n; to++) {
            if (inWindow[word(events[to])]++ == 0) {
                covered++;
            }
            while (covered == words) {
                best = Math.min(best, place(events[to]) - place(events[from]));
                if (--inWindow[word(events[from])] == 0) {
                    covered--;
                }
                from++;
            }
        }
        return best;
    }

    private static int word(long event) {
        return (int) (event & 0xFFFFF);
    }

    private static int place(long event) {
        return (int) (event >>> 20);
    }
}
