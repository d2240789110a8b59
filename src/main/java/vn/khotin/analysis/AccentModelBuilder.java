package vn.khotin.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import vn.khotin.analysis.AccentModel.Smoothing;

/**
 * Trains an {@link AccentModel} from text: the archive's titles, sapos and bodies, plus phrases the caller
 * vouches for (lexicon words, abbreviation expansions, place names), which add their words as candidates and
 * their word sequences as n-grams but no sentence boundaries.
 *
 * <p>The first pass over the text counts word types (the vocabulary: words seen at least
 * {@link Options#minWordCount} times, with their case); then the n-grams of each sentence between
 * {@code <s>} and {@code </s>} are counted, with numbers and punctuation as tokens of their own. Text is
 * read as NFC, lower case, new-style tones, so old-style sources ({@code hoà, thuỷ}) count as the same words.
 *
 * <p>Two ways to count, with the same counts: {@link #count} holds every n-gram in memory (fast; gigabytes
 * for a large archive at order 4 or 5: for evaluations), {@link #buildBounded} keeps the served trigram model
 * within a few tens of megabytes by counting trigrams a slice at a time over a token file
 * ({@link TrigramTrainer}). Counts are exact either way: counting only the grams that fit (lossy counting)
 * lost more than a point of accuracy, because Kneser–Ney's lower orders are made of the rare grams.
 */
public final class AccentModelBuilder {

    /**
     * How to train.
     *
     * @param order longest gram (1 to 5)
     * @param smoothing how probabilities are smoothed
     * @param minCounts by order (index 1 = unigrams): grams seen fewer times are dropped from the model (the
     *     size knob); thresholds never decrease with the order, a missing entry repeats the last one
     * @param minWordCount words seen fewer times are outside the vocabulary
     * @param maxCandidates most accented forms kept per folded spelling
     */
    public record Options(int order, Smoothing smoothing, int[] minCounts, int minWordCount, int maxCandidates) {

        public Options {
            if (order < 1 || order > Grams.MAX_ORDER) {
                throw new IllegalArgumentException("order must be 1 to " + Grams.MAX_ORDER);
            }
            minCounts = minCounts.clone();
        }

        /**
         * What the server uses: trigrams, Kneser–Ney, word pairs and triples seen once dropped (see the
         * analysis package documentation for the measurements behind the choice).
         */
        public static Options served() {
            return new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1, 2, 2}, 2, 12);
        }

        /** Every gram kept. */
        public static Options unpruned(int order, Smoothing smoothing) {
            return new Options(order, smoothing, new int[] {1, 1}, 2, 12);
        }

        /** The same options with other pruning thresholds (index 1 = unigrams). */
        public Options withMinCounts(int... minCounts) {
            return new Options(order, smoothing, minCounts, minWordCount, maxCandidates);
        }

        /** The threshold of order k (the last one given repeats, never below the one of order k - 1). */
        int minCount(int k) {
            int m = 1;
            for (int i = 1; i <= k; i++) {
                m = Math.max(m, minCounts.length == 0 ? 1 : minCounts[Math.min(i, minCounts.length - 1)]);
            }
            return m;
        }
    }

    /** Texts to train on; {@link #forEach} is called more than once (once per pass) and must give the same texts. */
    @FunctionalInterface
    public interface TextSource {
        void forEach(Consumer<String> text) throws IOException;
    }

    /** The counts of one training run, from which several models can be estimated. */
    public static final class Counts {
        private final GramCounts counts;
        private final Options options;

        private Counts(GramCounts counts, Options options) {
            this.counts = counts;
            this.options = options;
        }

        /** The model of the given order (at most the counted one), smoothing and pruning. */
        public AccentModel estimate(int order, Smoothing smoothing, int... minCounts) {
            return AccentEstimator.estimate(counts, order, smoothing, minCounts, options.maxCandidates());
        }

        /** The model the counting options describe. */
        public AccentModel estimate() {
            return estimate(options.order(), options.smoothing(), options.minCounts());
        }

        /** Heap bytes of the counts. */
        public long bytes() {
            return counts.bytes();
        }

        /** Distinct grams counted per order (index 1 = words). */
        public long[] grams() {
            long[] g = new long[counts.order + 1];
            for (int k = 1; k <= counts.order; k++) {
                g[k] = counts.size(k);
            }
            return g;
        }

        /** Word tokens read. */
        public long tokens() {
            return counts.tokens;
        }
    }

    private AccentModelBuilder() {
    }

    /** Trains a model with every n-gram counted in memory. */
    public static AccentModel build(TextSource texts, Collection<String> phrases, Options options) throws IOException {
        return count(texts, phrases, options).estimate();
    }

    /**
     * Trains the trigram Kneser–Ney model of {@code options} in bounded memory: trigrams are counted a slice
     * at a time from a temporary token file in {@code workDir} (deleted afterwards). The model is the one
     * {@link #build} makes (up to the rounding of its tables), so bigrams seen once must be pruned
     * ({@code minCounts[2] >= 2}).
     */
    public static AccentModel buildBounded(TextSource texts, Collection<String> phrases, Options options,
            Path workDir) throws IOException {
        return buildBounded(texts, phrases, options, workDir, TrigramTrainer.GRAMS_PER_PASS);
    }

    /** {@link #buildBounded(TextSource, Collection, Options, Path)} counting about so many trigrams at once. */
    static AccentModel buildBounded(TextSource texts, Collection<String> phrases, Options options, Path workDir,
            int gramsPerPass) throws IOException {
        if (options.order() != 3 || options.smoothing() != Smoothing.KNESER_NEY || options.minCount(2) < 2) {
            throw new IllegalArgumentException("bounded training makes pruned trigram Kneser–Ney models only");
        }
        AccentVocabulary vocab = vocabulary(texts, phrases, options);
        return new TrigramTrainer(vocab, options.minCount(2), options.minCount(3), options.maxCandidates(), workDir,
                gramsPerPass).train(texts::forEach, phrases);
    }

    /** Counts the n-grams of the texts and phrases up to {@code options.order()}, in memory. */
    public static Counts count(TextSource texts, Collection<String> phrases, Options options) throws IOException {
        AccentVocabulary vocab = vocabulary(texts, phrases, options);
        GramCounts counts = new GramCounts(vocab, options.order());
        AccentTexts reader = new AccentTexts();
        texts.forEach(text -> {
            counts.documents++;
            reader.sentences(text, vocab, true, (ids, len) -> {
                counts.add(ids, len);
                counts.tokens += len - 2;
            });
        });
        for (String phrase : phrases) {
            reader.sentences(phrase, vocab, false, counts::add);
        }
        return new Counts(counts, options);
    }

    private static AccentVocabulary vocabulary(TextSource texts, Collection<String> phrases, Options options)
            throws IOException {
        WordTypes types = new WordTypes();
        AccentTexts reader = new AccentTexts();
        texts.forEach(text -> reader.words(text, true, types));
        phrases.forEach(phrase -> reader.words(phrase, false, types));
        return AccentVocabulary.build(types, options.minWordCount(), options.maxCandidates());
    }
}
