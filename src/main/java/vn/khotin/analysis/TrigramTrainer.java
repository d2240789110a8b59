package vn.khotin.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import vn.khotin.analysis.AccentModel.Smoothing;

/**
 * Trains a pruned trigram Kneser–Ney accent model from exact counts in bounded memory, for the server: a
 * 100,000-article archive has some twelve million distinct word triples, which counted in memory would take
 * most of a 256 MB heap.
 *
 * <ol>
 *   <li>One pass over the texts writes their sentences as word ids to a temporary token file and counts
 *       words and word pairs in memory (two million pairs at 80,000 articles: 33 MB).
 *   <li>Pairs seen once are summarized (each was preceded by one word, so its continuation count is 1) and
 *       the others kept with room for their statistics.
 *   <li>The token file is read once per slice of the trigram hash space (about {@link #GRAMS_PER_PASS}
 *       distinct trigrams a slice): each slice's trigrams are counted exactly and added to the pairs' statistics.
 *   <li>Words and pairs get their probabilities; then the slices are counted again and each trigram seen
 *       often enough goes straight into the model's table.
 * </ol>
 *
 * The model equals the one the in-memory estimator makes from the same text with the same pruning, except
 * that a phrase's first pair counts as preceded by a word. Not thread-safe; one use. The token file's format is
 * {@link TokenFile}'s; {@link TrigramSlices} counts a slice of it.
 */
final class TrigramTrainer {

    /** Distinct trigrams counted at once by default: a table of 2^21 slots, 25 MB. */
    static final int GRAMS_PER_PASS = 1_400_000;
    /** Distinct trigrams per trigram of text, an upper estimate (0.22 at 80,000 articles, 0.40 at 10,000). */
    private static final double DISTINCT_SHARE = 0.45;

    private final AccentVocabulary vocab;
    private final int minBigram;
    private final int minTrigram;
    private final int maxCandidates;
    private final Path workDir;
    private final int gramsPerPass;
    private final long[] unigrams;
    private final long[] uniDistinct;
    private final long[] uniCont;
    private final long[] uniCtxTotal;
    /** Pairs seen twice or more, with their statistics. */
    private BigramTable bigrams;
    private long n1Bigrams;
    private long n2Bigrams;
    private long n1Trigrams;
    private long n2Trigrams;
    private long tokens;
    private int documents;
    private long trigramOccurrences;
    private long keptTrigrams;
    private double trigramDiscount;

    /**
     * Texts to train on, read more than once (the builder's text source; a type of its own so that the trainer
     * does not depend back on the builder).
     */
    @FunctionalInterface
    interface TextSource {
        void forEach(Consumer<String> text) throws IOException;
    }

    /**
     * @param minBigram word pairs seen fewer times are pruned
     * @param minTrigram word triples seen fewer times are pruned
     * @param maxCandidates most accented forms kept per folded spelling
     */
    TrigramTrainer(AccentVocabulary vocab, int minBigram, int minTrigram, int maxCandidates, Path workDir,
            int gramsPerPass) {
        this.vocab = vocab;
        this.gramsPerPass = gramsPerPass;
        this.minBigram = minBigram;
        this.minTrigram = minTrigram;
        this.maxCandidates = maxCandidates;
        this.workDir = workDir;
        int v = vocab.size();
        unigrams = new long[v];
        uniDistinct = new long[v];
        uniCont = new long[v];
        uniCtxTotal = new long[v];
    }

    AccentModel train(TextSource texts, Collection<String> phrases) throws IOException {
        Files.createDirectories(workDir);
        Path tokenFile = Files.createTempFile(workDir, "accent-tokens-", ".tmp");
        try {
            countWordsAndPairs(texts, phrases, tokenFile);
            int slices = (int) Math.max(1, Math.ceil(trigramOccurrences * DISTINCT_SHARE / gramsPerPass));
            CountTable slice = new CountTable(3, (int) Math.min(gramsPerPass / 0.7, trigramOccurrences + 16));
            for (int p = 0; p < slices; p++) {
                TrigramSlices.count(tokenFile, p, slices, slice);
                addPairStatistics(slice);
            }
            ProbTable[] tables = new ProbTable[4];
            AccentModel model = lowerOrders(tables);
            tables[3] = new ProbTable((int) Math.min(Integer.MAX_VALUE - 8, keptTrigrams), false);
            for (int p = 0; p < slices; p++) {
                TrigramSlices.count(tokenFile, p, slices, slice);
                addTrigrams(slice, model, tables[3]);
            }
            return model;
        } finally {
            Files.deleteIfExists(tokenFile);
        }
    }

    /** Step 1 and 2: the token file, the word and pair counts, the pairs seen once summarized. */
    private void countWordsAndPairs(TextSource texts, Collection<String> phrases, Path tokenFile) throws IOException {
        BigramTable counting = new BigramTable(1 << 16);
        AccentTexts reader = new AccentTexts();
        try (TokenFile.Writer out = new TokenFile.Writer(Files.newOutputStream(tokenFile))) {
            AccentTexts.SentenceSink sink = (ids, len) -> record(ids, len, counting, out);
            texts.forEach(text -> {
                documents++;
                reader.sentences(text, vocab, true, (ids, len) -> {
                    tokens += len - 2;
                    sink.sentence(ids, len);
                });
            });
            for (String phrase : phrases) {
                reader.sentences(phrase, vocab, false, sink);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int s = 0; s < counting.keys.length; s++) {
            int key = counting.keys[s];
            if (key == 0) {
                continue;
            }
            int first = BigramTable.first(key);
            uniDistinct[first]++;
            uniCont[BigramTable.second(key)]++;
            if (counting.counts[s] == 1) {
                uniCtxTotal[first]++; // continuation count 1, or a count of 1 after a sentence start
                n1Bigrams++;
            }
        }
        bigrams = counting.withStats(2);
    }

    private void record(int[] ids, int len, BigramTable counting, TokenFile.Writer out) {
        for (int i = 0; i < len; i++) {
            unigrams[ids[i]]++;
            if (i >= 1) {
                counting.increment(BigramTable.key(ids[i - 1], ids[i]));
            }
        }
        trigramOccurrences += Math.max(0, len - 2);
        out.segment(ids, len);
    }

    /** Step 3: a slice's trigrams in the statistics of their pairs, and the trigram counts of counts. */
    private void addPairStatistics(CountTable slice) {
        for (int s = 0; s < slice.keys.length; s++) {
            long key = slice.keys[s];
            if (key == 0) {
                continue;
            }
            int c = slice.counts[s];
            n1Trigrams += c == 1 ? 1 : 0;
            n2Trigrams += c == 2 ? 1 : 0;
            keptTrigrams += c >= minTrigram ? 1 : 0;
            int prefix = bigrams.find((int) (key >>> Grams.ID_BITS));
            if (prefix >= 0) {
                bigrams.distinct[prefix]++;
                bigrams.ctxTotal[prefix] += c;
            }
            int suffix = bigrams.find((int) key);
            if (suffix >= 0) {
                bigrams.cont[suffix]++;
            }
        }
    }

    /** Step 4, first half: the unigram and bigram probabilities, in a model whose trigram table comes later. */
    private AccentModel lowerOrders(ProbTable[] tables) {
        for (int s = 0; s < bigrams.keys.length; s++) {
            if (bigrams.keys[s] != 0) {
                long a = adjusted(s);
                uniCtxTotal[BigramTable.first(bigrams.keys[s])] += a;
                n1Bigrams += a == 1 ? 1 : 0;
                n2Bigrams += a == 2 ? 1 : 0;
            }
        }
        double d2 = KneserNey.discount(n1Bigrams, n2Bigrams);
        double d3 = KneserNey.discount(n1Trigrams, n2Trigrams);
        int v = vocab.size();
        float[] uniLp = new float[v];
        float[] uniBo = new float[v];
        unigrams(uniLp, uniBo, d2);
        int kept = 0;
        for (int s = 0; s < bigrams.keys.length; s++) {
            kept += keepBigram(s) ? 1 : 0;
        }
        ProbTable table = new ProbTable(kept, true);
        for (int s = 0; s < bigrams.keys.length; s++) {
            if (keepBigram(s)) {
                int first = BigramTable.first(bigrams.keys[s]);
                double lower = Math.exp(uniLp[BigramTable.second(bigrams.keys[s])]);
                double p = KneserNey.probability(adjusted(s), d2, uniDistinct[first], uniCtxTotal[first], lower);
                double bo = KneserNey.logBackoff(d3, bigrams.distinct[s], bigrams.ctxTotal[s]);
                table.put(bigrams.keys[s] & 0xFFFFFFFFL, 0, Math.log(p), bo);
            }
        }
        tables[2] = table;
        trigramDiscount = d3;
        return new AccentModel(vocab, 3, Smoothing.KNESER_NEY, uniLp, uniBo, tables, tokens, documents,
                maxCandidates);
    }

    /** Kneser–Ney's count of a pair: its continuation count, or its count after a sentence start. */
    private long adjusted(int s) {
        return BigramTable.first(bigrams.keys[s]) == AccentVocabulary.BOS ? bigrams.counts[s] : bigrams.cont[s];
    }

    private boolean keepBigram(int s) {
        return bigrams.keys[s] != 0 && bigrams.counts[s] >= minBigram
                && uniCtxTotal[BigramTable.first(bigrams.keys[s])] > 0;
    }

    private void unigrams(float[] lp, float[] bo, double d2) {
        long n1 = 0;
        long n2 = 0;
        long total = 0;
        long seen = 0;
        for (int id = AccentVocabulary.EOS; id < lp.length; id++) {
            n1 += uniCont[id] == 1 ? 1 : 0;
            n2 += uniCont[id] == 2 ? 1 : 0;
            total += uniCont[id];
            seen += uniCont[id] > 0 ? 1 : 0;
        }
        double d1 = KneserNey.discount(n1, n2);
        total = Math.max(total, 1);
        int words = lp.length - AccentVocabulary.EOS;
        for (int id = 0; id < lp.length; id++) {
            long a = id < AccentVocabulary.EOS ? 0 : uniCont[id];
            lp[id] = (float) Math.log(KneserNey.unigram(a, d1, seen, total, words));
            bo[id] = (float) KneserNey.logBackoff(d2, uniDistinct[id], uniCtxTotal[id]);
        }
    }

    /** Step 4, second half: a slice's trigrams seen often enough, with their probabilities, into the model. */
    private void addTrigrams(CountTable slice, AccentModel model, ProbTable out) {
        for (int s = 0; s < slice.keys.length; s++) {
            long key = slice.keys[s];
            if (key == 0 || slice.counts[s] < minTrigram) {
                continue;
            }
            int ctx = bigrams.find((int) (key >>> Grams.ID_BITS));
            if (ctx < 0 || bigrams.counts[ctx] < minBigram || bigrams.ctxTotal[ctx] == 0) {
                continue;
            }
            double lower = Math.exp(model.logProbOfGram(key & 0xFFFFFFFFL, 0, 2));
            double p = KneserNey.probability(slice.counts[s], trigramDiscount, bigrams.distinct[ctx],
                    bigrams.ctxTotal[ctx], lower);
            out.put(key, 0, Math.log(p), 0);
        }
    }
}
