package vn.khotin.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import vn.khotin.analysis.AccentTokenizer;
import vn.khotin.analysis.AccentTokenizer.Kind;
import vn.khotin.analysis.AccentTokenizer.Token;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;

/**
 * The data of the accent evaluation: every {@code holdoutEvery}-th article of a corpus is held out (never
 * trained on) and cut into sentences, the others are training articles (a seeded uniform sample when fewer
 * are asked for). Gold text is NFC with new-style tones; test input is the gold text with every diacritic
 * removed ({@code đ → d}), case kept.
 */
public final class AccentEvalSet {

    /** A gold text and its input; {@code stripped[i]} tells whether word i (of the gold's words) lost its accents. */
    public record Item(String gold, String input, boolean[] stripped) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_SENTENCE_WORDS = 3;
    private static final VietnameseLexicon LEXICON = VietnameseLexicon.get();
    private static final vn.khotin.analysis.WordSegmenter SEGMENTER = new vn.khotin.analysis.WordSegmenter(LEXICON);

    private final List<CorpusArticle> training;
    private final List<String> heldOutSentences;
    private final int heldOutArticles;

    private AccentEvalSet(List<CorpusArticle> training, List<String> heldOutSentences, int heldOutArticles) {
        this.training = training;
        this.heldOutSentences = heldOutSentences;
        this.heldOutArticles = heldOutArticles;
    }

    /** Reads a JSONL(.gz) corpus: held-out sentences (shuffled) and up to {@code maxTraining} training articles. */
    public static AccentEvalSet read(Path file, int holdoutEvery, int maxTraining, long seed) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return read(in, holdoutEvery, maxTraining, seed);
        }
    }

    /** The same from a stream. */
    public static AccentEvalSet read(InputStream in, int holdoutEvery, int maxTraining, long seed) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<CorpusArticle> training = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Random rnd = new Random(seed);
        long seenTraining = 0;
        int heldOut = 0;
        int index = -1;
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            index++;
            if (index % holdoutEvery == 0) {
                CorpusArticle a = parse(line);
                heldOut++;
                for (String field : List.of(a.title(), a.sapo(), a.body())) {
                    sentences.addAll(sentences(field));
                }
                continue;
            }
            seenTraining++;
            long slot = training.size() < maxTraining ? training.size() : (long) (rnd.nextDouble() * seenTraining);
            if (slot < maxTraining) {
                CorpusArticle a = parse(line);
                if (slot == training.size()) {
                    training.add(a);
                } else {
                    training.set((int) slot, a);
                }
            }
        }
        Collections.shuffle(sentences, new Random(seed));
        return new AccentEvalSet(training, sentences, heldOut);
    }

    private static CorpusArticle parse(String line) throws IOException {
        JsonNode j = JSON.readTree(line);
        return new CorpusArticle(text(j, "id"), text(j, "title"), text(j, "sapo"), text(j, "body"));
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** The gold form of a text: NFC, new-style tone placement. */
    public static String gold(String text) {
        return VietnameseText.toNewStyle(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The sentences of a text with at least three words, gold form, from first to last token. */
    static List<String> sentences(String text) {
        String s = gold(text);
        List<String> out = new ArrayList<>();
        List<Token> tokens = AccentTokenizer.tokens(s);
        int first = -1;
        int words = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            if (t == null || t.kind() == Kind.BREAK) {
                if (first >= 0 && words >= MIN_SENTENCE_WORDS) {
                    out.add(s.substring(tokens.get(first).start(), tokens.get(i - 1).end()));
                }
                first = -1;
                words = 0;
                continue;
            }
            if (first < 0) {
                first = i;
            }
            words += t.kind() == Kind.WORD ? 1 : 0;
        }
        return out;
    }

    /** Training articles. */
    public List<CorpusArticle> training() {
        return training;
    }

    /** Number of held-out articles. */
    public int heldOutArticles() {
        return heldOutArticles;
    }

    /** The first {@code n} held-out sentences (in shuffled order), every word stripped. */
    public List<Item> sentenceItems(int n) {
        List<Item> items = new ArrayList<>();
        for (String s : heldOutSentences.subList(0, Math.min(n, heldOutSentences.size()))) {
            items.add(item(s, null));
        }
        return items;
    }

    /**
     * Query-like spans: {@code n} runs of 2–6 consecutive words (no punctuation or number between) drawn
     * from the first {@code fromSentences} held-out sentences. With {@code wholeWords}, a span starts and
     * ends at a boundary of the lexicon's word segmentation ("ủy ban nhân dân tỉnh", never "ban nhân"), as
     * a typed query does; otherwise anywhere.
     */
    public List<String> spans(int n, int fromSentences, long seed, boolean wholeWords) {
        Random rnd = new Random(seed);
        List<String> pool = heldOutSentences.subList(0, Math.min(fromSentences, heldOutSentences.size()));
        List<String> out = new ArrayList<>();
        for (int attempts = 0; out.size() < n && attempts < n * 50 && !pool.isEmpty(); attempts++) {
            String s = pool.get(rnd.nextInt(pool.size()));
            List<Token> tokens = AccentTokenizer.tokens(s);
            int start = rnd.nextInt(tokens.size());
            int length = 2 + rnd.nextInt(5);
            if (start + length > tokens.size()) {
                continue;
            }
            boolean words = true;
            for (int i = start; i < start + length; i++) {
                words &= tokens.get(i).kind() == Kind.WORD;
            }
            if (words && (!wholeWords || alignedToWords(s, tokens, start, start + length))) {
                out.add(s.substring(tokens.get(start).start(), tokens.get(start + length - 1).end()));
            }
        }
        return out;
    }

    /** True when tokens [from, to) begin and end words of the segmentation of their run of words. */
    private static boolean alignedToWords(String s, List<Token> tokens, int from, int to) {
        int runStart = from;
        while (runStart > 0 && tokens.get(runStart - 1).kind() == Kind.WORD) {
            runStart--;
        }
        int runEnd = to;
        while (runEnd < tokens.size() && tokens.get(runEnd).kind() == Kind.WORD) {
            runEnd++;
        }
        int n = runEnd - runStart;
        int[] ids = new int[n];
        boolean[] capitalized = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = tokens.get(runStart + i).text(s);
            ids[i] = LEXICON.syllableId(w);
            capitalized[i] = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }
        int[] lengths = new int[n];
        int words = SEGMENTER.segment(ids, capitalized, 0, n, runStart == 0, lengths, new boolean[n],
                new double[n + 1], new int[n + 1]);
        boolean startOk = false;
        boolean endOk = false;
        int at = runStart;
        for (int w = 0; w <= words; w++) {
            startOk |= at == from;
            endOk |= at == to;
            if (w < words) {
                at += lengths[w];
            }
        }
        return startOk && endOk;
    }

    /** Every word of a gold text stripped ({@code keep} null), or all but the words marked in {@code keep}. */
    public static Item item(String gold, boolean[] keep) {
        List<Token> tokens = AccentTokenizer.tokens(gold);
        char[] input = gold.toCharArray();
        List<Boolean> stripped = new ArrayList<>();
        int w = 0;
        for (Token t : tokens) {
            boolean isWord = t.kind() == Kind.WORD;
            boolean strip = !isWord || keep == null || !keep[w];
            if (strip) {
                VietnameseText.fold(input, t.start(), t.end() - t.start());
            }
            if (isWord) {
                stripped.add(strip);
                w++;
            }
        }
        boolean[] mask = new boolean[stripped.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = stripped.get(i);
        }
        return new Item(gold, new String(input), mask);
    }

    /** The span with a random half of its words (rounded down, at least one) typed with their accents. */
    public static Item halfAccented(String gold, Random rnd) {
        int words = 0;
        for (Token t : AccentTokenizer.tokens(gold)) {
            words += t.kind() == Kind.WORD ? 1 : 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        boolean[] keep = new boolean[words];
        for (int i = 0; i < Math.max(1, words / 2); i++) {
            keep[order.get(i)] = true;
        }
        return item(gold, keep);
    }
}
