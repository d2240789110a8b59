package vn.khotin.search;

import static vn.khotin.analysis.VietnameseText.capitalised;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import vn.khotin.index.Gazetteer;

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
        List<int[]> places = Gazetteer.get().spans(List.of(t));
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals(c[i])) {
                continue;
            }
            changed = true;
            if (!capitalised(t[i]) || !(writtenWithNeighbour(reader, t, i - 1) || writtenWithNeighbour(reader, t, i)
                    || inWrittenPlace(reader, t, i, places))) {
                return false;
            }
        }
        return changed;
    }

    /**
     * Whether the word at {@code i} is part of a Hà Tĩnh place's name typed as the gazetteer writes it, and the
     * archive writes that name somewhere, in a body if not in a title or sapo: "Thạch Khê" on a 20,000-article
     * archive that names the commune in two bodies was still replaced by Đà Nẵng's "Thanh Khê".
     */
    private static boolean inWrittenPlace(IndexReader reader, String[] words, int i, List<int[]> places) {
        for (int[] span : places) {
            if (span[0] <= i && i < span[1] && span[1] - span[0] >= 2) {
                try {
                    for (int k = span[0]; k + 1 < span[1]; k++) {
                        if (WrittenNames.written(reader, words[k], words[k + 1]) == 0) {
                            return false;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            }
        }
        return false;
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
}
