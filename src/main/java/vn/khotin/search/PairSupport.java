package vn.khotin.search;

import vn.khotin.analysis.VietnameseConfusions;

/**
 * Part of the suggest stage ({@link SpellingCorrection}): how well the words beside a misspelt word support each
 * candidate for it, from the word pairs of titles and sapos ({@link WordForms}). Stateless.
 */
final class PairSupport {

    private PairSupport() {}

    /**
     * How well the syllables on either side ({@code left}, {@code right}; empty for none) go with {@code candidate}
     * in titles and sapos: the smaller of its two pair counts (a word between two others must fit both: "Trịnh Suân Thanh" is "Trịnh Xuân
     * Thanh", 139 and 195 pairs, not "Trịnh Quân Thanh", 57 and 233), then their sum, then the larger; with one
     * neighbour, that pair's count for all three. Each neighbour counts by the syllable that touches the word
     * ("Hang" of "Hang-seo"), as the suggestion would show the pair ({@link CandidatePairs#of}): "Rạng
     * Đôg" is "Rạng Đông", not "Rạng Đô", whose folded pair "rang do" is also "rạng đỏ" and "rang đỗ".
     */
    static long[] of(WordForms st, String left, String right, String candidate, boolean typedAccented) {
        long before = left.isEmpty() ? -1 : CandidatePairs.of(st, candidate, left, false, typedAccented);
        long after = right.isEmpty() ? -1 : CandidatePairs.of(st, candidate, right, true, typedAccented);
        if (before < 0 && after < 0) {
            return new long[] {0, 0, 0};
        }
        if (before < 0 || after < 0) {
            long one = Math.max(before, after);
            return new long[] {one, one, one};
        }
        return new long[] {Math.min(before, after), before + after, Math.max(before, after)};
    }

    /**
     * How likely a candidate is between its two neighbours, as a noisy channel reads it: its frequency times the
     * chance of each neighbour beside it, {@code (before + ½)(after + ½) / frequency}. The smaller pair count alone
     * let a frequent word win on its other side: "tham nhủng Hà Tĩnh" was read "tham nhưng Hà Tĩnh" ("nhưng Hà" is
     * common, "tham nhưng" and "nhũng Hà" are rare), where "tham nhũng" is one of the commonest pairs.
     */
    static double channel(WordForms st, String left, String right, String candidate, boolean typedAccented) {
        long before = CandidatePairs.of(st, candidate, left, false, typedAccented);
        long after = CandidatePairs.of(st, candidate, right, true, typedAccented);
        return (before + 0.5) * (after + 0.5) / Math.max(1, st.frequency(candidate));
    }

    /** Whether support {@code a} beats {@code b}: the smaller pair count first, then the sum. */
    static boolean better(long[] a, long[] b) {
        return a[0] != b[0] ? a[0] > b[0] : a[1] > b[1];
    }

    /**
     * Pair counts weighed for a sound-alike of the typed word ({@link VietnameseConfusions}: s for x, ch for tr …),
     * the likelier mistake ({@link RealWordCorrection#CONFUSION_PRIOR}): "sác cá heo" is "xác cá heo" (29 titles and
     * sapos of the corpus write "xác cá"), not "các cá heo" (55, most of them "các cá nhân").
     */
    static long[] weighed(long[] support, boolean soundAlike) {
        if (!soundAlike) {
            return support;
        }
        long[] out = support.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] *= RealWordCorrection.CONFUSION_PRIOR;
        }
        return out;
    }
}
