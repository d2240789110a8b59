package vn.khotin.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The n-grams of one order of a built accent model: for each gram its log-probability and, for grams that
 * are contexts of a longer order, its back-off weight, both quantized to 1/1024 nat in a {@code char}. Grams
 * are found by a 32-bit fingerprint of their {@link Grams#hash hash} (the slot comes from the other 32
 * bits), so a slot is 6 or 8 bytes; the chance that a gram the model lacks matches a fingerprint is about
 * one in 10<sup>8</sup> per lookup. Immutable after building; lookups are thread-safe.
 */
final class ProbTable {

    /** Quantization step: log-probabilities are stored as round(-ln p × SCALE). */
    static final double SCALE = 1024;
    private static final double LOAD = 0.75;

    private final int[] fingerprints;
    private final char[] logProbs;
    private final char[] backoffs;
    private int size;

    ProbTable(int expected, boolean withBackoff) {
        int cap = Math.max(4, (int) Math.ceil(expected / LOAD) + 1);
        fingerprints = new int[cap];
        logProbs = new char[cap];
        backoffs = withBackoff ? new char[cap] : null;
    }

    private ProbTable(int[] fingerprints, char[] logProbs, char[] backoffs, int size) {
        this.fingerprints = fingerprints;
        this.logProbs = logProbs;
        this.backoffs = backoffs;
        this.size = size;
    }

    int size() {
        return size;
    }

    boolean hasBackoffs() {
        return backoffs != null;
    }

    /** Adds a gram; each gram is added once. */
    void put(long key, int fifth, double logProb, double backoff) {
        if (size + 1 >= fingerprints.length) {
            throw new IllegalStateException("probability table full");
        }
        long h = Grams.hash(key, fifth);
        int fp = fingerprint(h);
        int i = home(h);
        while (fingerprints[i] != 0) {
            i = i + 1 == fingerprints.length ? 0 : i + 1;
        }
        fingerprints[i] = fp;
        logProbs[i] = quantize(logProb);
        if (backoffs != null) {
            backoffs[i] = quantize(backoff);
        }
        size++;
    }

    /** The slot of a gram, or -1. */
    int find(long key, int fifth) {
        long h = Grams.hash(key, fifth);
        int fp = fingerprint(h);
        int i = home(h);
        while (true) {
            int f = fingerprints[i];
            if (f == fp) {
                return i;
            }
            if (f == 0) {
                return -1;
            }
            i = i + 1 == fingerprints.length ? 0 : i + 1;
        }
    }

    double logProb(int slot) {
        return -logProbs[slot] / SCALE;
    }

    /** The back-off weight of a context gram (0 = none, i.e. weight 1, where the table keeps none). */
    double backoff(int slot) {
        return backoffs == null ? 0 : -backoffs[slot] / SCALE;
    }

    private int home(long h) {
        return (int) (((h >>> 32) * fingerprints.length) >>> 32);
    }

    private static int fingerprint(long h) {
        int fp = (int) h;
        return fp == 0 ? 1 : fp;
    }

    private static char quantize(double logProb) {
        long q = Math.round(-logProb * SCALE);
        return (char) Math.max(0, Math.min(Character.MAX_VALUE, q));
    }

    long bytes() {
        return fingerprints.length * (6L + (backoffs == null ? 0 : 2));
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(fingerprints.length);
        out.writeInt(size);
        out.writeBoolean(backoffs != null);
        for (int i = 0; i < fingerprints.length; i++) {
            out.writeInt(fingerprints[i]);
        }
        writeChars(out, logProbs);
        if (backoffs != null) {
            writeChars(out, backoffs);
        }
    }

    static ProbTable read(DataInput in) throws IOException {
        int cap = in.readInt();
        int size = in.readInt();
        boolean withBackoff = in.readBoolean();
        if (cap < 4 || size < 0 || size >= cap) {
            throw new IOException("corrupt accent model table");
        }
        int[] fps = new int[cap];
        for (int i = 0; i < cap; i++) {
            fps[i] = in.readInt();
        }
        char[] lp = readChars(in, cap);
        char[] bo = withBackoff ? readChars(in, cap) : null;
        return new ProbTable(fps, lp, bo, size);
    }

    private static void writeChars(DataOutput out, char[] a) throws IOException {
        for (char c : a) {
            out.writeChar(c);
        }
    }

    private static char[] readChars(DataInput in, int n) throws IOException {
        char[] a = new char[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readChar();
        }
        return a;
    }
}
