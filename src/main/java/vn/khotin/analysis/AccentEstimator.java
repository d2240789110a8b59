package vn.khotin.analysis;

import vn.khotin.analysis.AccentModel.Smoothing;

/**
 * Turns n-gram counts into an {@link AccentModel}: smoothing statistics from the counts, pruning, then each
 * kept gram's interpolated probability, order by order, so that a gram's lower order is read from the part
 * of the model already built.
 *
 * <p>Interpolated Kneser–Ney: P(w|h) = max(a(hw) − D, 0) / A(h) + D·N1+(h•)/A(h) · P(w|h′), where a is the
 * count at the highest order and for grams starting at a sentence start, and the continuation count
 * N1+(•hw) below; D = n1/(n1 + 2·n2) per order. Witten–Bell: P(w|h) = (c(hw) + N1+(h•)·P(w|h′)) /
 * (c(h) + N1+(h•)). Stupid back-off: c(hw)/c(h), else 0.4 times the shorter context's score.
 * The statistics are taken before pruning, so a pruned gram's mass goes to its context's back-off weight.
 */
final class AccentEstimator {

    private static final double STUPID_BACKOFF = Math.log(0.4);

    private final GramCounts counts;
    private final int order;
    private final Smoothing smoothing;
    private final long[] minCounts;
    private final double[] discounts;
    private long[] uniDistinct;
    private long[] uniCont;
    private long[] uniCtxTotal;

    private AccentEstimator(GramCounts counts, int order, Smoothing smoothing, long[] minCounts) {
        this.counts = counts;
        this.order = order;
        this.smoothing = smoothing;
        this.minCounts = minCounts;
        this.discounts = new double[order + 2];
    }

    /**
     * The model of order {@code order} (at most the counted order) with the given smoothing, keeping the
     * grams of order k counted at least {@code minCounts[k]} times (the thresholds must not decrease with
     * the order; a missing entry repeats the last one).
     */
    static AccentModel estimate(GramCounts counts, int order, Smoothing smoothing, int[] minCounts, int maxCandidates) {
        if (order < 1 || order > counts.order) {
            throw new IllegalArgumentException("order " + order + " not counted (counted up to " + counts.order + ")");
        }
        long[] min = new long[order + 1];
        for (int k = 1; k <= order; k++) {
            int given = minCounts.length == 0 ? 1 : minCounts[Math.min(k, minCounts.length - 1)];
            min[k] = Math.max(1, Math.max(given, k > 1 ? (int) min[k - 1] : 1));
        }
        AccentEstimator e = new AccentEstimator(counts, order, smoothing, min);
        try {
            e.statistics();
            e.discounts();
            return e.build(maxCandidates);
        } finally {
            for (int k = 2; k <= counts.order; k++) {
                counts.tables[k].freeStats();
            }
        }
    }

    /** N1+(h•), N1+(•g) and the context totals, from the grams of every order up to the model's. */
    private void statistics() {
        int v = counts.vocab.size();
        uniDistinct = new long[v];
        uniCont = new long[v];
        uniCtxTotal = new long[v];
        for (int k = 2; k < order; k++) {
            counts.tables[k].allocateStats();
        }
        for (int k = order; k >= 2; k--) {
            CountTable t = counts.tables[k];
            for (int s = 0; s < t.keys.length; s++) {
                long key = t.keys[s];
                if (key == 0) {
                    continue;
                }
                int fifth = t.fifths == null ? 0 : t.fifths[s];
                addTo(k - 1, Grams.prefix(key, k), 0, 1, Stat.DISTINCT);
                addTo(k - 1, Grams.suffix(key, fifth, k), 0, 1, Stat.CONT);
            }
        }
        for (int k = 2; k <= order; k++) {
            CountTable t = counts.tables[k];
            for (int s = 0; s < t.keys.length; s++) {
                if (t.keys[s] != 0) {
                    addTo(k - 1, Grams.prefix(t.keys[s], k), 0, adjusted(t, s, k), Stat.CTX_TOTAL);
                }
            }
        }
    }

    private enum Stat { DISTINCT, CONT, CTX_TOTAL }

    private void addTo(int k, long key, int fifth, long by, Stat stat) {
        if (k == 1) {
            int id = (int) key;
            switch (stat) {
                case DISTINCT -> uniDistinct[id] += by;
                case CONT -> uniCont[id] += by;
                case CTX_TOTAL -> uniCtxTotal[id] += by;
            }
            return;
        }
        CountTable t = counts.tables[k];
        int s = t.find(key, fifth);
        if (s < 0) {
            return; // never with exact counts: every prefix and suffix of a counted gram is counted
        }
        switch (stat) {
            case DISTINCT -> t.distinct[s] += (int) by;
            case CONT -> t.cont[s] += (int) by;
            case CTX_TOTAL -> t.ctxTotal[s] += (int) by;
        }
    }

    /** The count a gram contributes at its order: Kneser–Ney's continuation count below the top order. */
    private long adjusted(CountTable t, int s, int k) {
        boolean continuation = smoothing == Smoothing.KNESER_NEY && k < order
                && Grams.first(t.keys[s], k) != AccentVocabulary.BOS;
        return continuation ? t.cont[s] : t.counts[s];
    }

    private long adjustedUnigram(int id) {
        return smoothing == Smoothing.KNESER_NEY && order > 1 ? uniCont[id] : counts.unigrams[id];
    }

    /** Kneser–Ney discounts D = n1 / (n1 + 2 n2) per order, from the adjusted counts. */
    private void discounts() {
        for (int k = 1; k <= order; k++) {
            long n1 = 0;
            long n2 = 0;
            if (k == 1) {
                for (int id = AccentVocabulary.EOS; id < counts.unigrams.length; id++) {
                    long a = adjustedUnigram(id);
                    n1 += a == 1 ? 1 : 0;
                    n2 += a == 2 ? 1 : 0;
                }
            } else {
                CountTable t = counts.tables[k];
                for (int s = 0; s < t.keys.length; s++) {
                    if (t.keys[s] != 0) {
                        long a = adjusted(t, s, k);
                        n1 += a == 1 ? 1 : 0;
                        n2 += a == 2 ? 1 : 0;
                    }
                }
            }
            discounts[k] = KneserNey.discount(n1, n2);
        }
    }

    private AccentModel build(int maxCandidates) {
        int v = counts.vocab.size();
        float[] uniLp = new float[v];
        float[] uniBo = new float[v];
        buildUnigrams(uniLp, uniBo);
        ProbTable[] tables = new ProbTable[order + 1];
        AccentModel partial = new AccentModel(counts.vocab, order, smoothing, uniLp, uniBo, tables,
                counts.tokens, counts.documents, maxCandidates);
        for (int k = 2; k <= order; k++) {
            tables[k] = buildOrder(k, partial);
        }
        return partial;
    }

    private void buildUnigrams(float[] lp, float[] bo) {
        long total = 0;
        long seen = 0;
        int words = lp.length - AccentVocabulary.EOS;
        for (int id = AccentVocabulary.EOS; id < lp.length; id++) {
            long a = adjustedUnigram(id);
            total += a;
            seen += a > 0 ? 1 : 0;
        }
        total = Math.max(total, 1);
        double d = discounts[1];
        for (int id = 0; id < lp.length; id++) {
            long a = id < AccentVocabulary.EOS ? 0 : adjustedUnigram(id);
            double p = switch (smoothing) {
                case KNESER_NEY -> KneserNey.unigram(a, d, seen, total, words);
                case WITTEN_BELL -> (a + (double) seen / words) / (total + seen);
                case STUPID_BACKOFF -> a > 0 ? (double) a / total : 1.0 / (total + words);
            };
            lp[id] = (float) Math.log(p);
            bo[id] = (float) backoff(uniDistinct[id], uniCtxTotal[id], 2);
        }
    }

    /** ln of the back-off weight of a context with these statistics, for predictions of order k. */
    private double backoff(long distinct, long ctxTotal, int k) {
        if (k > order || ctxTotal == 0) {
            return 0;
        }
        return switch (smoothing) {
            case KNESER_NEY -> KneserNey.logBackoff(discounts[k], distinct, ctxTotal);
            case WITTEN_BELL -> Math.log((double) distinct / (ctxTotal + distinct));
            case STUPID_BACKOFF -> STUPID_BACKOFF;
        };
    }

    private ProbTable buildOrder(int k, AccentModel partial) {
        CountTable t = counts.tables[k];
        int kept = 0;
        for (int s = 0; s < t.keys.length; s++) {
            if (t.keys[s] != 0 && keep(t, s, k)) {
                kept++;
            }
        }
        ProbTable out = new ProbTable(kept, k < order);
        for (int s = 0; s < t.keys.length; s++) {
            if (t.keys[s] == 0 || !keep(t, s, k)) {
                continue;
            }
            long key = t.keys[s];
            int fifth = t.fifths == null ? 0 : t.fifths[s];
            long ctx = Grams.prefix(key, k);
            long distinct = context(k - 1, ctx, Stat.DISTINCT);
            long total = context(k - 1, ctx, Stat.CTX_TOTAL);
            double lower = Math.exp(partial.logProbOfGram(Grams.suffix(key, fifth, k), 0, k - 1));
            double p = switch (smoothing) {
                case KNESER_NEY -> KneserNey.probability(adjusted(t, s, k), discounts[k], distinct, total, lower);
                case WITTEN_BELL -> (t.counts[s] + distinct * lower) / (total + distinct);
                case STUPID_BACKOFF -> (double) t.counts[s] / total;
            };
            double bo = k < order ? backoff(t.distinct[s], t.ctxTotal[s], k + 1) : 0;
            out.put(key, fifth, Math.log(p), bo);
        }
        return out;
    }

    /** A gram is kept when counted often enough and its context is kept (to hold the back-off weight). */
    private boolean keep(CountTable t, int s, int k) {
        if (t.counts[s] < minCounts[k]) {
            return false;
        }
        long ctx = Grams.prefix(t.keys[s], k);
        if (k == 2) {
            return uniCtxTotal[(int) ctx] > 0;
        }
        CountTable c = counts.tables[k - 1];
        int cs = c.find(ctx, 0);
        return cs >= 0 && c.counts[cs] >= minCounts[k - 1] && c.ctxTotal[cs] > 0;
    }

    private long context(int k, long key, Stat stat) {
        if (k == 1) {
            return stat == Stat.DISTINCT ? uniDistinct[(int) key] : uniCtxTotal[(int) key];
        }
        CountTable t = counts.tables[k];
        int s = t.find(key, 0);
        return stat == Stat.DISTINCT ? t.distinct[s] : t.ctxTotal[s];
    }
}
