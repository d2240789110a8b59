package vn.khotin.analysis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.WordSegmenter;

/**
 * Word segmentation precision, recall and F1 of {@link WordSegmenter#segment} against a gold file
 * ({@code <id> TAB <text> TAB <segmented>}, words joined by {@code _}), with the one-word-per-syllable
 * baseline for scale. A word counts as correct when its syllable span equals a gold word's span.
 */
public final class SegmentationEval {

    /** Name of the gold file inside the corpus directory. */
    public static final String GOLD = "vi-segmented-gold.txt.gz";

    /** Precision, recall, F1 of the lexicon segmenter and of the syllable baseline, and the sentence count. */
    public record Result(double precision, double recall, double f1, double baselineP, double baselineR,
            double baselineF1, int sentences, long goldWords) {
    }

    private SegmentationEval() {
    }

    public static Result run(Path gold, VietnameseLexicon lexicon) throws IOException {
        WordSegmenter segmenter = new WordSegmenter(lexicon);
        long correct = 0;
        long predicted = 0;
        long goldCount = 0;
        long baseCorrect = 0;
        long baseCount = 0;
        int sentences = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gold));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int[] ids = new int[64];
            boolean[] cap = new boolean[64];
            int[] lengths = new int[64];
            boolean[] names = new boolean[64];
            double[] best = new double[65];
            int[] back = new int[65];
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    continue;
                }
                sentences++;
                String[] sylls = Normalizer.normalize(cols[1], Normalizer.Form.NFC).split(" ");
                String[] goldWords = cols[2].split(" ");
                Set<Long> goldSpans = new HashSet<>();
                int at = 0;
                for (String w : goldWords) {
                    int len = w.split("_", -1).length;
                    goldSpans.add(((long) at << 32) | (at + len));
                    at += len;
                }
                goldCount += goldSpans.size();
                int n = sylls.length;
                if (ids.length < n + 1) {
                    ids = new int[n * 2];
                    cap = new boolean[n * 2];
                    lengths = new int[n * 2];
                    names = new boolean[n * 2];
                    best = new double[n * 2 + 1];
                    back = new int[n * 2 + 1];
                }
                // segment each run of letter-only syllables; punctuation and numbers stand alone
                int i = 0;
                while (i < n) {
                    if (!isSyllable(sylls[i])) {
                        predicted++;
                        if (goldSpans.contains(((long) i << 32) | (i + 1))) {
                            correct++;
                        }
                        i++;
                        continue;
                    }
                    int j = i;
                    while (j < n && isSyllable(sylls[j])) {
                        String s = sylls[j];
                        ids[j] = lexicon.syllableId(s);
                        cap[j] = Character.isUpperCase(s.charAt(0)) && !(s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)));
                        j++;
                    }
                    boolean clauseStart = i == 0 || !isSyllable(sylls[i - 1]);
                    int words = segmenter.segment(ids, cap, i, j, clauseStart, lengths, names, best, back);
                    int p = i;
                    for (int k = 0; k < words; k++) {
                        predicted++;
                        if (goldSpans.contains(((long) p << 32) | (p + lengths[k]))) {
                            correct++;
                        }
                        p += lengths[k];
                    }
                    i = j;
                }
                for (int k = 0; k < n; k++) {
                    baseCount++;
                    if (goldSpans.contains(((long) k << 32) | (k + 1))) {
                        baseCorrect++;
                    }
                }
            }
        }
        double p = (double) correct / Math.max(1, predicted);
        double rc = (double) correct / Math.max(1, goldCount);
        double bp = (double) baseCorrect / Math.max(1, baseCount);
        double br = (double) baseCorrect / Math.max(1, goldCount);
        return new Result(p, rc, f1(p, rc), bp, br, f1(bp, br), sentences, goldCount);
    }

    private static boolean isSyllable(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Prints the result as a small table. */
    public static void print(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%nTách từ (word segmentation), %d câu, %d từ chuẩn:%n", r.sentences(), r.goldWords());
        out.printf(Locale.ROOT, "  %-40s %9s %9s %9s%n", "", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "  %-40s %9.3f %9.3f %9.3f%n", "khotin (lexicon + names, unigram Viterbi)",
                r.precision(), r.recall(), r.f1());
        out.printf(Locale.ROOT, "  %-40s %9.3f %9.3f %9.3f%n", "baseline: one word per syllable",
                r.baselineP(), r.baselineR(), r.baselineF1());
        out.flush();
    }
}
