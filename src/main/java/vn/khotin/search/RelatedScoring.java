package vn.khotin.search;

/**
 * The one scoring function of related stories: named signals, each in [0, 1], added with named weights. A
 * suggestion needs at least {@link Weights#cutoff()}; below it nothing is padded in.
 *
 * <ul>
 *   <li>{@code text}: the share of the source's weighted terms the candidate has (title counts fully, sapo 0.8,
 *       body 0.5);</li>
 *   <li>{@code places}: shared gazetteer places, a commune or landmark counting more than a district, the
 *       province almost nothing;</li>
 *   <li>{@code people}: shared rare names of people and organisations;</li>
 *   <li>{@code tags}: shared newsroom tags;</li>
 *   <li>{@code sameEvent}: published within {@link Weights#eventDays()} days of each other, sharing a rare name or a
 *       local place, and similar enough in text: the same event or a follow-up;</li>
 *   <li>{@code recency}: a weak preference for stories close in time.</li>
 * </ul>
 */
final class RelatedScoring {

    /** The weights; {@link #DEFAULT} is what the product uses (tuned on the development part of the judged set). */
    record Weights(double text, double places, double people, double tags, double sameEvent, double recency,
            double cutoff, int eventDays, double eventMinText) {}

    static final Weights DEFAULT = new Weights(1.0, 0.25, 0.3, 0.2, 0.25, 0.05, 0.25, 14, 0.3);

    /** A candidate's signals, each in [0, 1]. */
    record Signals(double text, double places, double people, double tags, boolean sameEvent, double recency) {}

    private RelatedScoring() {}

    static double score(Signals s, Weights w) {
        return w.text() * s.text() + w.places() * s.places() + w.people() * s.people() + w.tags() * s.tags()
                + (s.sameEvent() ? w.sameEvent() : 0) + w.recency() * s.recency();
    }
}
