package vn.khotin.analysis;

/**
 * The formulas of interpolated Kneser–Ney smoothing with one absolute discount per order, shared by the
 * in-memory estimator ({@link AccentEstimator}) and the bounded trainer ({@link TrigramTrainer}), so the two
 * make the same model.
 *
 * <p>P(w|h) = (max(a(hw) − D, 0) + D·N1+(h•)·P(w|h′)) / Σ_w a(hw), where a is the count at the highest
 * order and for grams starting at a sentence start, and the continuation count N1+(•hw) below.
 */
final class KneserNey {

    private KneserNey() {
    }

    /**
     * D = n1 / (n1 + 2·n2) from the numbers of grams with adjusted count 1 and 2. A tiny text's counts of
     * counts say little (no gram seen twice makes D = 1), so a discount outside [0.3, 0.95] becomes 0.75.
     */
    static double discount(long n1, long n2) {
        double d = n1 + 2 * n2 == 0 ? 0.75 : (double) n1 / (n1 + 2 * n2);
        return d < 0.3 || d > 0.95 ? 0.75 : d;
    }

    /** P(w|h) from the adjusted count of hw, the context's distinct followers and total, and P(w|h′). */
    static double probability(long adjusted, double discount, long distinct, long total, double lower) {
        return (Math.max(adjusted - discount, 0) + discount * distinct * lower) / total;
    }

    /** ln of the weight that a context gives its lower order: D·N1+(h•) / Σ a(hw) (0 for no context). */
    static double logBackoff(double discount, long distinct, long total) {
        return total == 0 ? 0 : Math.log(discount * distinct / total);
    }

    /** P(w) of a unigram: its discounted adjusted count, plus the discounted mass shared by all words. */
    static double unigram(long adjusted, double discount, long seen, long total, int words) {
        return Math.max(adjusted - discount, 0) / total + discount * seen / total / words;
    }
}
