package vn.khotin.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The words of an accent model (lower case, NFC, new-style tones) with their ids, and for each folded form
 * ("thanh") the accented forms the training text wrote it as ("thành", "thanh", "thánh", "thạnh", …), most
 * frequent first: the candidates the decoder chooses among. Ids below {@link #FIRST_WORD} are the model's
 * special tokens. Immutable once built.
 */
final class AccentVocabulary {

    static final int NONE = 0;
    /** Sentence start. */
    static final int BOS = 1;
    /** Sentence end. */
    static final int EOS = 2;
    /** A word outside the vocabulary. */
    static final int UNK = 3;
    /** A number, date or code. */
    static final int NUM = 4;
    /** Clause punctuation. */
    static final int PUNCT = 5;
    static final int FIRST_WORD = 6;
    private static final String[] SPECIALS = {"", "<s>", "</s>", "<unk>", "<num>", "<p>"};

    /** Forms rarer than this share of all forms of their folded spelling are typos, not candidates. */
    private static final double MIN_CANDIDATE_SHARE = 1e-4;
    /** Occurrences' worth of the overall capitalisation rate mixed into each word's own. */
    private static final double CASE_PRIOR_WEIGHT = 2;

    private final WordTable words;
    private final int[] counts;
    /** Mid-sentence occurrences with a capital initial and all in lower case, by id. */
    private final int[] capitalized;
    private final int[] lower;
    /** ln P(written with a capital initial | word, mid-sentence) and ln P(all lower case | word), by id. */
    private final float[] capitalizedLogProbs;
    private final float[] lowerLogProbs;
    private final WordTable folds;
    /** Candidates of fold class c are classIds[classEnds[c - 1] .. classEnds[c]) (from 0 for c = 0). */
    private final int[] classEnds;
    private final int[] classIds;

    private AccentVocabulary(WordTable words, int[] counts, int[] capitalized, int[] lower, WordTable folds,
            int[] classEnds, int[] classIds) {
        this.words = words;
        this.counts = counts;
        this.capitalized = capitalized;
        this.lower = lower;
        this.capitalizedLogProbs = new float[counts.length];
        this.lowerLogProbs = new float[counts.length];
        caseProbabilities();
        this.folds = folds;
        this.classEnds = classEnds;
        this.classIds = classIds;
    }

    /**
     * The vocabulary of the word types counted in training: those seen at least {@code minCount} times, the
     * most frequent first, as many as ids allow; each folded spelling keeps at most {@code maxCandidates}
     * forms.
     */
    static AccentVocabulary build(WordTypes typed, int minCount, int maxCandidates) {
        WordTable types = typed.words;
        int[] typeCounts = typed.counts;
        Integer[] order = new Integer[types.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> typeCounts[a] != typeCounts[b] ? Integer.compare(typeCounts[b], typeCounts[a])
                : types.get(a).compareTo(types.get(b)));
        WordTable words = new WordTable(Math.min(order.length, Grams.MAX_ID) + SPECIALS.length);
        int[] counts = new int[Math.min(order.length, Grams.MAX_ID) + SPECIALS.length];
        int[] capitalized = new int[counts.length];
        int[] lower = new int[counts.length];
        for (String s : SPECIALS) {
            words.add(s);
        }
        for (Integer t : order) {
            if (typeCounts[t] < minCount || words.size() > Grams.MAX_ID) {
                break;
            }
            int id = words.add(types.get(t));
            counts[id] = typeCounts[t];
            capitalized[id] = typed.capitalized[t];
            lower[id] = typed.lower[t];
        }
        int n = words.size();
        return withClasses(words, Arrays.copyOf(counts, n), Arrays.copyOf(capitalized, n), Arrays.copyOf(lower, n),
                maxCandidates);
    }

    /**
     * The case probabilities, smoothed towards the share of capitalised words overall (weight
     * {@link #CASE_PRIOR_WEIGHT} occurrences), so a word seen a few times tells little.
     */
    private void caseProbabilities() {
        long caps = 0;
        long all = 0;
        for (int id = FIRST_WORD; id < counts.length; id++) {
            caps += capitalized[id];
            all += capitalized[id] + lower[id];
        }
        double prior = all == 0 ? 0.5 : Math.min(0.9, Math.max(0.1, (double) caps / all));
        for (int id = 0; id < counts.length; id++) {
            double n = capitalized[id] + lower[id] + CASE_PRIOR_WEIGHT;
            capitalizedLogProbs[id] = (float) Math.log((capitalized[id] + CASE_PRIOR_WEIGHT * prior) / n);
            lowerLogProbs[id] = (float) Math.log((lower[id] + CASE_PRIOR_WEIGHT * (1 - prior)) / n);
        }
    }

    private static AccentVocabulary withClasses(WordTable words, int[] counts, int[] capitalized, int[] lower,
            int maxCandidates) {
        int n = words.size();
        WordTable folds = new WordTable(n / 2);
        int[] classOf = new int[n];
        long[] classTotal = new long[n];
        for (int id = FIRST_WORD; id < n; id++) {
            char[] f = fold(words.get(id));
            classOf[id] = folds.add(f, 0, f.length);
            classTotal[classOf[id]] += counts[id];
        }
        int[] sizes = new int[folds.size()];
        int[] members = new int[n];
        int[] memberClass = new int[n];
        int m = 0;
        // ids are in order of decreasing count, so each class receives its forms most frequent first
        for (int id = FIRST_WORD; id < n; id++) {
            int c = classOf[id];
            boolean first = sizes[c] == 0;
            if (sizes[c] < maxCandidates && (first || counts[id] >= classTotal[c] * MIN_CANDIDATE_SHARE)) {
                sizes[c]++;
                members[m] = id;
                memberClass[m++] = c;
            }
        }
        int[] ends = new int[folds.size()];
        int sum = 0;
        for (int c = 0; c < ends.length; c++) {
            sum += sizes[c];
            ends[c] = sum;
        }
        int[] fill = new int[folds.size()];
        int[] ids = new int[sum];
        for (int i = 0; i < m; i++) {
            int c = memberClass[i];
            int start = c == 0 ? 0 : ends[c - 1];
            ids[start + fill[c]++] = members[i];
        }
        return new AccentVocabulary(words, counts, capitalized, lower, folds, ends, ids);
    }

    private static char[] fold(String word) {
        char[] a = word.toCharArray();
        VietnameseText.fold(a, 0, a.length);
        return a;
    }

    /** Number of ids, specials included. */
    int size() {
        return words.size();
    }

    /** The id of a word given lower-cased and new-style, or {@link #UNK}. */
    int id(char[] a, int off, int len) {
        int id = words.find(a, off, len);
        return id < FIRST_WORD ? UNK : id;
    }

    /** The word of an id. */
    String word(int id) {
        return words.get(id);
    }

    /** How often the training text had the word. */
    int count(int id) {
        return counts[id];
    }

    /** ln P(a word is written with a capital initial | the word), in the middle of a sentence. */
    double capitalizedLogProb(int id) {
        return capitalizedLogProbs[id];
    }

    /** ln P(a word is written in lower case | the word). */
    double lowerLogProb(int id) {
        return lowerLogProbs[id];
    }

    /** The class of a folded lower-case spelling, or -1 when training never saw it. */
    int foldClass(char[] a, int off, int len) {
        return folds.find(a, off, len);
    }

    /** Number of candidate forms of a class. */
    int classSize(int c) {
        return classEnds[c] - (c == 0 ? 0 : classEnds[c - 1]);
    }

    /** The i-th candidate form of a class (most frequent first). */
    int candidate(int c, int i) {
        return classIds[(c == 0 ? 0 : classEnds[c - 1]) + i];
    }

    long bytes() {
        return words.bytes() + folds.bytes() + 4L * (5L * counts.length + classEnds.length + classIds.length);
    }

    void write(DataOutput out) throws IOException {
        words.write(out);
        for (int i = 0; i < counts.length; i++) {
            out.writeInt(counts[i]);
            out.writeInt(capitalized[i]);
            out.writeInt(lower[i]);
        }
    }

    static AccentVocabulary read(DataInput in, int maxCandidates) throws IOException {
        WordTable words = WordTable.read(in);
        int[] counts = new int[words.size()];
        int[] capitalized = new int[counts.length];
        int[] lower = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readInt();
            capitalized[i] = in.readInt();
            lower[i] = in.readInt();
        }
        return withClasses(words, counts, capitalized, lower, maxCandidates);
    }
}
