package vn.khotin.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Restores Vietnamese diacritics to text typed without them ("uy ban nhan dan tinh" → "ủy ban nhân dân
 * tỉnh"): each word typed without diacritics may become any accented form the {@link AccentModel}'s
 * training text wrote with the same letters, and a beam search over those candidates picks the sequence
 * the n-gram model finds most probable, sentence by sentence.
 *
 * <p>What is never changed: a word typed with any diacritic (it stays as typed and is context for its
 * neighbours), an abbreviation in capitals ({@code UBND}, unless the whole text is in capitals), numbers,
 * codes and punctuation, and words the model has never seen. The typed case is kept letter by letter
 * ("Ha Tinh" → "Hà Tĩnh", "ha tinh" → "hà tĩnh"): no capital is ever added. Output is NFC with new-style
 * tone placement for the restored words.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccentRestorer {

    /** Hypotheses kept per word: with trigram histories and about ten forms a word this is nearly exact. */
    public static final int DEFAULT_BEAM = 64;
    /** Weight of the case evidence (see the analysis package documentation for how it was chosen). */
    public static final double DEFAULT_CASE_WEIGHT = 1;

    private final AccentModel model;
    private final AccentVocabulary vocab;
    private final int beam;
    private final long historyMask;
    private final double caseWeight;

    public AccentRestorer(AccentModel model) {
        this(model, DEFAULT_BEAM, DEFAULT_CASE_WEIGHT);
    }

    /**
     * @param beam hypotheses kept per word
     * @param caseWeight weight of the case evidence against the language model (0: case ignored)
     */
    public AccentRestorer(AccentModel model, int beam, double caseWeight) {
        this.model = model;
        this.vocab = model.vocab;
        this.beam = Math.max(1, beam);
        this.caseWeight = caseWeight;
        int kept = Math.max(1, model.order() - 1);
        this.historyMask = kept >= 4 ? -1L : (1L << (Grams.ID_BITS * kept)) - 1;
    }

    /** The model restored from. */
    public AccentModel model() {
        return model;
    }

    /**
     * Running text: the most probable diacritics on every word typed without them, each sentence scored
     * between a sentence start and end.
     */
    public String restore(String text) {
        return restore(text, Double.NEGATIVE_INFINITY, true);
    }

    /**
     * A query or another fragment: no sentence start or end is assumed around it (a query is mostly words
     * from the middle of a sentence). A word changes only where the model is confident: the best sequence
     * is at least {@code minMargin} (natural log) more probable than the best one with another form for that
     * word ({@code Double.NEGATIVE_INFINITY}: always the best form). Returns {@code query} itself when no
     * word changes.
     */
    public String restoreQuery(String query, double minMargin) {
        return restore(query, minMargin, false);
    }

    private String restore(String text, double minMargin, boolean sentences) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        List<AccentTokenizer.Token> tokens = AccentTokenizer.tokens(s);
        boolean allCaps = isAllCaps(s, tokens);
        StringBuilder out = new StringBuilder(s);
        boolean changed = false;
        List<Slot> sentence = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i <= tokens.size(); i++) {
            AccentTokenizer.Token t = i < tokens.size() ? tokens.get(i) : null;
            if (t == null || t.kind() == AccentTokenizer.Kind.BREAK) {
                changed |= decodeInto(sentence, s, out, minMargin, sentences);
                sentence.clear();
                first = true;
                continue;
            }
            Slot slot = slot(s, t, allCaps, first, sentences);
            first &= t.kind() == AccentTokenizer.Kind.PUNCT;
            if (slot.ids[0] == AccentVocabulary.PUNCT && !sentence.isEmpty()
                    && sentence.get(sentence.size() - 1).ids[0] == AccentVocabulary.PUNCT) {
                continue; // a run of punctuation is one token to the model, as in training
            }
            sentence.add(slot);
        }
        return changed ? out.toString() : text;
    }

    /**
     * One token of the decoded sequence: its candidate ids (one for a fixed token), the case evidence of
     * each candidate (null for none) and where it is.
     */
    private record Slot(int[] ids, double[] caseScores, int start, int end, boolean restorable) {}

    private Slot slot(String s, AccentTokenizer.Token t, boolean allCaps, boolean first, boolean runningText) {
        return switch (t.kind()) {
            case NUMBER -> new Slot(new int[] {AccentVocabulary.NUM}, null, t.start(), t.end(), false);
            case PUNCT, BREAK -> new Slot(new int[] {AccentVocabulary.PUNCT}, null, t.start(), t.end(), false);
            case WORD -> wordSlot(s, t.start(), t.end(), allCaps, first, runningText);
        };
    }

    private Slot wordSlot(String s, int start, int end, boolean allCaps, boolean first, boolean runningText) {
        char[] lower = new char[end - start];
        boolean accented = false;
        boolean upper = end - start >= 2;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            lower[i - start] = VietnameseText.toLowerCase(c);
            accented |= VietnameseText.hasDiacritic(c);
            upper &= !Character.isLowerCase(c);
        }
        if (accented || (upper && !allCaps)) {
            VietnameseText.toNewStyle(lower, 0, lower.length);
            return new Slot(new int[] {vocab.id(lower, 0, lower.length)}, null, start, end, false);
        }
        int c = vocab.foldClass(lower, 0, lower.length);
        if (c < 0) {
            return new Slot(new int[] {AccentVocabulary.UNK}, null, start, end, false);
        }
        int[] ids = new int[vocab.classSize(c)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocab.candidate(c, i);
        }
        WordTypes.Case written = allCaps ? WordTypes.Case.NONE : WordTypes.caseOf(s, start, end, first);
        return new Slot(ids, caseScores(ids, written, runningText), start, end, true);
    }

    /**
     * How well each candidate fits the way the word was typed: a capital initial in the middle of a text
     * favours the forms the archive writes as names ("Nam", not "năm"); lower case, in running text only,
     * favours the forms it writes in lower case. A query's lower case is no evidence: people type names in
     * lower case there.
     */
    private double[] caseScores(int[] ids, WordTypes.Case written, boolean runningText) {
        if (caseWeight == 0 || ids.length < 2 || written == WordTypes.Case.NONE
                || (written == WordTypes.Case.LOWER && !runningText)) {
            return null;
        }
        double[] scores = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            scores[i] = caseWeight * (written == WordTypes.Case.CAPITALIZED ? vocab.capitalizedLogProb(ids[i])
                    : vocab.lowerLogProb(ids[i]));
        }
        return scores;
    }

    /** True when every word is in capitals and there are two or more: a heading, not abbreviations. */
    private static boolean isAllCaps(String s, List<AccentTokenizer.Token> tokens) {
        int words = 0;
        for (AccentTokenizer.Token t : tokens) {
            if (t.kind() != AccentTokenizer.Kind.WORD) {
                continue;
            }
            words++;
            for (int i = t.start(); i < t.end(); i++) {
                if (Character.isLowerCase(s.charAt(i))) {
                    return false;
                }
            }
        }
        return words >= 2;
    }

    /** Decodes one sentence and writes its restored words into {@code out}; true if any word changed. */
    private boolean decodeInto(List<Slot> sentence, String s, StringBuilder out, double minMargin,
            boolean bounded) {
        boolean ambiguous = false;
        for (Slot slot : sentence) {
            ambiguous |= slot.restorable && (slot.ids.length > 1 || !sameLetters(s, slot, slot.ids[0]));
        }
        if (!ambiguous) {
            return false;
        }
        Path best = decode(sentence, bounded, -1, 0);
        boolean changed = false;
        for (int i = 0; i < sentence.size(); i++) {
            Slot slot = sentence.get(i);
            int id = best.choices[i];
            if (!slot.restorable || sameLetters(s, slot, id)) {
                continue;
            }
            if (minMargin > Double.NEGATIVE_INFINITY && slot.ids.length > 1
                    && best.score - decode(sentence, bounded, i, id).score < minMargin) {
                continue;
            }
            writeCased(s, slot, vocab.word(id), out);
            changed = true;
        }
        return changed;
    }

    private boolean sameLetters(String s, Slot slot, int id) {
        String w = vocab.word(id);
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != VietnameseText.toLowerCase(s.charAt(slot.start + i))) {
                return false;
            }
        }
        return true;
    }

    /** The form in the typed case, letter by letter (both have the same letters, folded). */
    private static void writeCased(String s, Slot slot, String form, StringBuilder out) {
        for (int i = 0; i < form.length(); i++) {
            char typed = s.charAt(slot.start + i);
            char c = form.charAt(i);
            out.setCharAt(slot.start + i, Character.isUpperCase(typed) ? Character.toUpperCase(c) : c);
        }
    }

    private record Path(double score, int[] choices) {}

    /**
     * The most probable choice of candidates (beam search, hypotheses recombined on their last
     * {@code order - 1} words), between a sentence start and end when {@code bounded}; with
     * {@code excludeAt >= 0}, slot {@code excludeAt} may not take {@code excludeId}.
     */
    private Path decode(List<Slot> sentence, boolean bounded, int excludeAt, int excludeId) {
        int n = sentence.size();
        Beam[] steps = new Beam[n + 1];
        steps[0] = new Beam(1);
        steps[0].add(bounded ? AccentVocabulary.BOS : 0, 0, -1, -1);
        int start = bounded ? 1 : 0;
        for (int t = 0; t < n; t++) {
            Beam prev = steps[t];
            int[] ids = sentence.get(t).ids;
            double[] caseScores = sentence.get(t).caseScores;
            Beam next = new Beam(prev.size * ids.length);
            int historyLength = t + start;
            for (int h = 0; h < prev.size; h++) {
                for (int c = 0; c < ids.length; c++) {
                    if (t == excludeAt && ids[c] == excludeId) {
                        continue;
                    }
                    double score = prev.scores[h] + model.logProb(prev.histories[h], historyLength, ids[c])
                            + (caseScores == null ? 0 : caseScores[c]);
                    long history = ((prev.histories[h] << Grams.ID_BITS) | ids[c]) & historyMask;
                    next.offer(history, score, h, c);
                }
            }
            next.prune(beam);
            steps[t + 1] = next;
        }
        Beam last = steps[n];
        int bestHyp = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < last.size; h++) {
            double score = last.scores[h]
                    + (bounded ? model.logProb(last.histories[h], n + 1, AccentVocabulary.EOS) : 0);
            if (score > bestScore) {
                bestScore = score;
                bestHyp = h;
            }
        }
        int[] choices = new int[n];
        for (int t = n; t > 0 && bestHyp >= 0; t--) {
            choices[t - 1] = sentence.get(t - 1).ids[steps[t].choices[bestHyp]];
            bestHyp = steps[t].backs[bestHyp];
        }
        return new Path(bestScore, choices);
    }

    /** The hypotheses after one word: histories, scores and back pointers, recombined by history. */
    private static final class Beam {
        final long[] histories;
        final double[] scores;
        final int[] backs;
        final int[] choices;
        int size;
        private final int[] index;

        Beam(int capacity) {
            histories = new long[capacity];
            scores = new double[capacity];
            backs = new int[capacity];
            choices = new int[capacity];
            index = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1];
        }

        void add(long history, double score, int back, int choice) {
            histories[size] = history;
            scores[size] = score;
            backs[size] = back;
            choices[size] = choice;
            size++;
        }

        /** Adds a hypothesis, or improves the one with the same history. */
        void offer(long history, double score, int back, int choice) {
            int mask = index.length - 1;
            int i = (int) Grams.hash(history, 0) & mask;
            while (index[i] != 0) {
                int h = index[i] - 1;
                if (histories[h] == history) {
                    if (score > scores[h]) {
                        scores[h] = score;
                        backs[h] = back;
                        choices[h] = choice;
                    }
                    return;
                }
                i = (i + 1) & mask;
            }
            index[i] = size + 1;
            add(history, score, back, choice);
        }

        /** Keeps the {@code width} best hypotheses. */
        void prune(int width) {
            if (size <= width) {
                return;
            }
            double[] sorted = java.util.Arrays.copyOf(scores, size);
            java.util.Arrays.sort(sorted);
            double threshold = sorted[size - width];
            int kept = 0;
            for (int h = 0; h < size && kept < width; h++) {
                if (scores[h] >= threshold) {
                    histories[kept] = histories[h];
                    scores[kept] = scores[h];
                    backs[kept] = backs[h];
                    choices[kept] = choices[h];
                    kept++;
                }
            }
            size = kept;
        }
    }
}
