package vn.khotin.analysis;

import java.io.IOException;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;
import vn.khotin.analysis.AccentModel.Smoothing;

/**
 * Trains an {@link AccentModel} from text: the archive's titles, sapos and bodies, plus phrases the caller
 * vouches for (lexicon words, abbreviation expansions, place names), which add their words as candidates and
 * their word sequences as n-grams but no sentence boundaries.
 *
 * <p>Two passes over the text: the first counts word types (the vocabulary: words seen at least
 * {@link Options#minWordCount} times), the second counts the n-grams of each sentence between
 * {@code <s>} and {@code </s>}, with numbers and punctuation as tokens of their own. Text is read as NFC,
 * lower case, new-style tones, so old-style sources ({@code hoà, thuỷ}) count as the same words.
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
     * @param maxEntries budget of counted grams of order two and up while training (memory: about 17 bytes
     *     each); past it, counting becomes lossy (see {@link GramCounts}); {@code Long.MAX_VALUE} for exact
     */
    public record Options(int order, Smoothing smoothing, int[] minCounts, int minWordCount, int maxCandidates,
            long maxEntries) {

        public Options {
            if (order < 1 || order > Grams.MAX_ORDER) {
                throw new IllegalArgumentException("order must be 1 to " + Grams.MAX_ORDER);
            }
            minCounts = minCounts.clone();
        }

        /**
         * What the server uses: trigrams, Kneser–Ney, grams seen once dropped, counting within a budget of
         * 4 million grams (see the analysis package documentation for the measurements behind the choice).
         */
        public static Options served() {
            return new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1, 2, 2}, 2, 12, 4_000_000);
        }

        /** Every gram kept, counts exact. */
        public static Options unpruned(int order, Smoothing smoothing) {
            return new Options(order, smoothing, new int[] {1, 1}, 2, 12, Long.MAX_VALUE);
        }

        /** The same options with another order, smoothing and pruning. */
        public Options with(int order, Smoothing smoothing, int... minCounts) {
            return new Options(order, smoothing, minCounts, minWordCount, maxCandidates, maxEntries);
        }
    }

    /** Texts to train on; {@link #forEach} is called twice (once per pass) and must give the same texts. */
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

        /** Sweeps of lossy counting (0: every count exact). */
        public int sweeps() {
            return counts.sweeps;
        }
    }

    private AccentModelBuilder() {
    }

    /** Trains a model. */
    public static AccentModel build(TextSource texts, Collection<String> phrases, Options options) throws IOException {
        return count(texts, phrases, options).estimate();
    }

    /** Counts the n-grams of the texts and phrases up to {@code options.order()}. */
    public static Counts count(TextSource texts, Collection<String> phrases, Options options) throws IOException {
        WordTypes types = new WordTypes();
        Reader reader = new Reader();
        texts.forEach(text -> reader.words(text, true, types));
        phrases.forEach(phrase -> reader.words(phrase, false, types));
        AccentVocabulary vocab = AccentVocabulary.build(types, options.minWordCount(), options.maxCandidates());
        GramCounts counts = new GramCounts(vocab, options.order(), options.maxEntries());
        texts.forEach(text -> {
            counts.documents++;
            reader.sentences(text, vocab, true, (ids, len) -> {
                counts.add(ids, len, 1);
                counts.tokens += len - 2;
            });
        });
        for (String phrase : phrases) {
            reader.sentences(phrase, vocab, false, (ids, len) -> counts.add(ids, len, 1));
        }
        return new Counts(counts, options);
    }

    /** Normalizes texts and hands out their words or their sentences as word ids. Reused across texts. */
    private static final class Reader {
        private int[] ids = new int[256];
        private int len;

        interface SentenceSink {
            void sentence(int[] ids, int len);
        }

        /**
         * Counts the words of a text, with their case as evidence; the first word of each sentence tells
         * nothing about its case when the text is made of {@code sentences} (a phrase's does).
         */
        void words(String text, boolean sentences, WordTypes sink) {
            char[] a = normalizeKeepingCase(text);
            boolean[] first = {sentences};
            AccentTokenizer.scan(CharBuffer.wrap(a), (kind, start, end) -> {
                switch (kind) {
                    case WORD -> {
                        WordTypes.Case written = WordTypes.caseOf(a, start, end - start, first[0]);
                        for (int i = start; i < end; i++) {
                            a[i] = VietnameseText.toLowerCase(a[i]);
                        }
                        sink.add(a, start, end - start, written);
                        first[0] = false;
                    }
                    case NUMBER -> first[0] = false;
                    case BREAK -> first[0] = sentences;
                    case PUNCT -> { }
                }
            });
        }

        /** Sentences as ids, with {@code <s>} and {@code </s>} around them when {@code bounded}. */
        void sentences(String text, AccentVocabulary vocab, boolean bounded, SentenceSink sink) {
            char[] a = normalize(text);
            len = 0;
            AccentTokenizer.scan(CharBuffer.wrap(a), (kind, start, end) -> {
                switch (kind) {
                    case WORD -> push(vocab.id(a, start, end - start));
                    case NUMBER -> push(AccentVocabulary.NUM);
                    case PUNCT -> {
                        if (len > 0 && ids[len - 1] != AccentVocabulary.PUNCT) {
                            push(AccentVocabulary.PUNCT);
                        }
                    }
                    case BREAK -> flush(bounded, sink);
                }
            });
            flush(bounded, sink);
        }

        private void push(int id) {
            if (len + 2 >= ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[len++] = id;
        }

        private void flush(boolean bounded, SentenceSink sink) {
            if (len > 0 && ids[len - 1] == AccentVocabulary.PUNCT) {
                len--;
            }
            if (len == 0) {
                return;
            }
            if (bounded) {
                System.arraycopy(ids, 0, ids, 1, len);
                ids[0] = AccentVocabulary.BOS;
                ids[len + 1] = AccentVocabulary.EOS;
                len += 2;
            }
            sink.sentence(ids, len);
            len = 0;
        }

        /** NFC, lower case, new-style tones; lengths of words never change. */
        static char[] normalize(String text) {
            char[] a = normalizeKeepingCase(text);
            for (int i = 0; i < a.length; i++) {
                a[i] = VietnameseText.toLowerCase(a[i]);
            }
            return a;
        }

        /** NFC, new-style tones. */
        static char[] normalizeKeepingCase(String text) {
            String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC);
            char[] a = nfc.toCharArray();
            VietnameseText.toNewStyle(a, 0, a.length);
            return a;
        }
    }
}
