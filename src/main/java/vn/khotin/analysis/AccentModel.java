package vn.khotin.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A syllable n-gram language model of Vietnamese text for accent restoration, in back-off form: every
 * gram it keeps has its (smoothed, interpolated) log-probability, every context its back-off weight, so the
 * probability of a word after a history is one lookup for the longest known gram plus the back-off weights
 * of the longer contexts. Words are lower-case, NFC, new-style tones ({@link AccentVocabulary}).
 *
 * <p>Built by {@link AccentModelBuilder}, used by {@link AccentRestorer}; {@link #save}/{@link #load} keep it
 * in a file. Immutable and thread-safe. Memory: about 8 bytes per kept gram plus the vocabulary, all in
 * primitive arrays ({@link #bytes()}).
 */
public final class AccentModel {

    private static final int MAGIC = 0x4B414D31; // "KAM1"
    private static final int FORMAT = 2;

    /** How the model's probabilities were smoothed. */
    public enum Smoothing {
        /** Interpolated Kneser–Ney with one absolute discount per order (estimated from counts of counts). */
        KNESER_NEY,
        /** Interpolated Witten–Bell. */
        WITTEN_BELL,
        /** Stupid back-off (relative frequencies, back-off factor 0.4; scores, not probabilities). */
        STUPID_BACKOFF
    }

    /** What a model is and was trained on. */
    public record Info(int order, Smoothing smoothing, long[] grams, long bytes, long tokens, int documents,
            int vocabulary, int maxCandidates) {}

    final AccentVocabulary vocab;
    private final int order;
    private final Smoothing smoothing;
    private final float[] unigramLogProbs;
    private final float[] unigramBackoffs;
    /** Tables by order; 0 and 1 are null. */
    private final ProbTable[] tables;
    private final long tokens;
    private final int documents;
    private final int maxCandidates;

    AccentModel(AccentVocabulary vocab, int order, Smoothing smoothing, float[] unigramLogProbs,
            float[] unigramBackoffs, ProbTable[] tables, long tokens, int documents, int maxCandidates) {
        this.vocab = vocab;
        this.order = order;
        this.smoothing = smoothing;
        this.unigramLogProbs = unigramLogProbs;
        this.unigramBackoffs = unigramBackoffs;
        this.tables = tables;
        this.tokens = tokens;
        this.documents = documents;
        this.maxCandidates = maxCandidates;
    }

    /** The longest gram the model knows. */
    public int order() {
        return order;
    }

    /** Number of texts (articles) the model was trained on. */
    public int documents() {
        return documents;
    }

    /** Sizes and provenance. */
    public Info info() {
        long[] grams = new long[order + 1];
        grams[1] = unigramLogProbs.length;
        for (int k = 2; k <= order; k++) {
            grams[k] = tables[k].size();
        }
        return new Info(order, smoothing, grams, bytes(), tokens, documents, vocab.size(), maxCandidates);
    }

    /** Heap bytes of the model's arrays. */
    public long bytes() {
        long b = vocab.bytes() + 8L * unigramLogProbs.length;
        for (int k = 2; k <= order; k++) {
            b += tables[k].bytes();
        }
        return b;
    }

    /**
     * ln P(w | history): {@code history} holds the preceding word ids packed as in {@link Grams}, the one
     * next to {@code w} in the low bits, {@code historyLength} of them (only the last {@code order - 1} are
     * read).
     */
    double logProb(long history, int historyLength, int w) {
        int n = Math.min(historyLength, order - 1) + 1;
        double backoff = 0;
        for (; n >= 2; n--) {
            long context = n == 5 ? history : history & ((1L << (Grams.ID_BITS * (n - 1))) - 1);
            ProbTable t = tables[n];
            int slot = n == 5 ? t.find(context, w) : t.find((context << Grams.ID_BITS) | w, 0);
            if (slot >= 0) {
                return backoff + t.logProb(slot);
            }
            backoff += contextBackoff(context, n - 1);
        }
        return backoff + unigramLogProbs[w];
    }

    /** ln P of the last word of a gram after the others (the estimator's view of a lower order). */
    double logProbOfGram(long key, int fifth, int n) {
        double backoff = 0;
        for (; n >= 2; n--) {
            int slot = tables[n].find(key, fifth);
            if (slot >= 0) {
                return backoff + tables[n].logProb(slot);
            }
            backoff += contextBackoff(Grams.prefix(key, n), n - 1);
            key = Grams.suffix(key, fifth, n);
            fifth = 0;
        }
        return backoff + unigramLogProbs[(int) key];
    }

    private double contextBackoff(long contextKey, int n) {
        if (n == 1) {
            return unigramBackoffs[(int) contextKey];
        }
        ProbTable t = tables[n];
        int slot = t.find(contextKey, 0);
        return slot < 0 ? 0 : t.backoff(slot);
    }

    /** Writes the model to a file (atomically: a temporary file, then a rename). */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a full disk must not also keep the partial file: the previous model, if any, stays as it was
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private void write(Path tmp) throws IOException {
        try (OutputStream raw = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(order);
            out.writeUTF(smoothing.name());
            out.writeLong(tokens);
            out.writeInt(documents);
            out.writeInt(maxCandidates);
            vocab.write(out);
            for (int i = 0; i < unigramLogProbs.length; i++) {
                out.writeFloat(unigramLogProbs[i]);
                out.writeFloat(unigramBackoffs[i]);
            }
            for (int k = 2; k <= order; k++) {
                tables[k].write(out);
            }
        }
    }

    /** Reads a model {@link #save saved} before; fails with an IOException on any other file. */
    public static AccentModel load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not an accent model (or an older format): " + file);
            }
            int order = in.readInt();
            if (order < 1 || order > Grams.MAX_ORDER) {
                throw new IOException("corrupt accent model: order " + order);
            }
            Smoothing smoothing;
            try {
                smoothing = Smoothing.valueOf(in.readUTF());
            } catch (IllegalArgumentException e) {
                throw new IOException("corrupt accent model: smoothing", e);
            }
            long tokens = in.readLong();
            int documents = in.readInt();
            int maxCandidates = in.readInt();
            AccentVocabulary vocab = AccentVocabulary.read(in, maxCandidates);
            float[] lp = new float[vocab.size()];
            float[] bo = new float[vocab.size()];
            for (int i = 0; i < lp.length; i++) {
                lp[i] = in.readFloat();
                bo[i] = in.readFloat();
            }
            ProbTable[] tables = new ProbTable[order + 1];
            for (int k = 2; k <= order; k++) {
                tables[k] = ProbTable.read(in);
            }
            return new AccentModel(vocab, order, smoothing, lp, bo, tables, tokens, documents, maxCandidates);
        }
    }
}
