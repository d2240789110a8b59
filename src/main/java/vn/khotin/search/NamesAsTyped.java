package vn.khotin.search;

import org.apache.lucene.index.IndexReader;

/**
 * Part of the forgiving search ({@link ForgivingSearch}): whether a spelling correction would change a name the
 * archive writes exactly as typed ("Thạch Khê", a commune and an iron mine of Hà Tĩnh, "corrected" to "Thanh
 * Khê", a district of Đà Nẵng with many more articles). Such a correction is only offered: the few articles that
 * name the place are the answer. Stateless.
 */
final class NamesAsTyped {

    private NamesAsTyped() {}

    /**
     * Whether every word {@code corrected} changes in {@code typed} is capitalised and forms, with a capitalised
     * neighbour, a pair that some article's title or sapo writes exactly so.
     */
    static boolean changesOnlyWrittenNames(IndexReader reader, String typed, String corrected) {
        String[] t = typed.strip().split("\\s+");
        String[] c = corrected.strip().split("\\s+");
        if (t.length != c.length) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals(c[i])) {
                continue;
            }
            changed = true;
            if (!capitalised(t[i]) || !(writtenWithNeighbour(reader, t, i - 1) || writtenWithNeighbour(reader, t, i))) {
                return false;
            }
        }
        return changed;
    }

    /**
     * Whether the capitalised words at {@code left} and {@code left + 1} are written side by side in a title or sapo:
     * a name an editor wrote there. A body alone may hold the slip itself ("Sơn Chà" for Sơn Trà is in five bodies
     * of the 82k evaluation archive and no title or sapo; "Thạch Khê" is in three titles, "Cổ Đạm" in two sapos).
     */
    private static boolean writtenWithNeighbour(IndexReader reader, String[] words, int left) {
        if (left < 0 || left + 1 >= words.length || !capitalised(words[left]) || !capitalised(words[left + 1])) {
            return false;
        }
        return IntendedAccents.exactPairFrequency(reader, words[left], words[left + 1]) > 0;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
