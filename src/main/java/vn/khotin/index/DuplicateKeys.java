package vn.khotin.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khotin.analysis.VietnameseText;

/**
 * The keys near-duplicate detection compares: a hash of a title as compared for copies, and the bands of a
 * SimHash (six bands, so that two hashes within 5 bits share at least one). {@link ArticleSchema} indexes them
 * and hands them to the search.
 */
final class DuplicateKeys {

    /** Widths of the SimHash bands. */
    private static final int[] BAND_BITS = {11, 11, 11, 11, 10, 10};

    /** The widest SimHash band, in bits. */
    static final int MAX_BAND_BITS = 11;

    private DuplicateKeys() {}

    /** NFC, lower case, without diacritics, letters and digits only; never 0. */
    static long titleHash(String title) {
        String key = VietnameseText.fold(Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Each band as a term: its number, a colon and its value in hexadecimal. */
    static List<String> simhashBands(long simhash) {
        int[] values = simhashBandValues(simhash);
        List<String> out = new ArrayList<>(values.length);
        for (int b = 0; b < values.length; b++) {
            out.add(b + ":" + Integer.toHexString(values[b]));
        }
        return out;
    }

    /** The bits of one band, as numbered by {@link #simhashBandValues}. */
    static long simhashBandMask(int band) {
        int shift = 0;
        for (int b = 0; b < band; b++) {
            shift += BAND_BITS[b];
        }
        return ((1L << BAND_BITS[band]) - 1) << shift;
    }

    /** Lowest bits first. */
    static int[] simhashBandValues(long simhash) {
        int[] out = new int[BAND_BITS.length];
        int shift = 0;
        for (int b = 0; b < BAND_BITS.length; b++) {
            out[b] = (int) ((simhash >>> shift) & ((1L << BAND_BITS[b]) - 1));
            shift += BAND_BITS[b];
        }
        return out;
    }
}
