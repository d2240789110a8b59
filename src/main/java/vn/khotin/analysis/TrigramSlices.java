package vn.khotin.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the trigrams of {@link TrigramTrainer}'s token file a slice of their hash space at a time, so that one
 * slice's distinct trigrams fit the count table whatever the size of the text.
 */
final class TrigramSlices {

    private TrigramSlices() {
    }

    /** Counts the trigrams of one slice of the hash space into {@code table} (emptied first). */
    static void count(Path tokenFile, int slice, int slices, CountTable table) throws IOException {
        table.clear();
        try (TokenFile.Reader in = new TokenFile.Reader(Files.newInputStream(tokenFile))) {
            int a = 0;
            int b = 0;
            for (int id = in.next(); id >= 0; id = in.next()) {
                if (id == 0) {
                    a = 0;
                    b = 0;
                    continue;
                }
                if (a != 0) {
                    long key = Grams.key3(a, b, id);
                    if (sliceOf(key, slices) == slice) {
                        table.increment(key, 0);
                    }
                }
                a = b;
                b = id;
            }
        }
    }

    /** The slice of a trigram: from the hash's high bits, as the count table's slots come from its low bits. */
    private static int sliceOf(long key, int slices) {
        return (int) (((Grams.hash(key, 0) >>> 32) * slices) >>> 32);
    }
}
