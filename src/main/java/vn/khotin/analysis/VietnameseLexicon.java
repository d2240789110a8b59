package vn.khotin.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Vietnamese word lexicon with frequencies, used to find multi-syllable words ("thành phố",
 * "nông thôn mới") and to validate syllables (Telex/VNI repair).
 *
 * <p>Sources, merged at load time:
 * <ol>
 *   <li>{@code models/tokenization/bigram/unigram.xml} from the Maven artifact
 *       {@code org.codelibs:elasticsearch-analysis-vi:5.6.0} (Apache-2.0; a vnTokenizer model): about
 *       24,000 words and syllables with corpus counts. It is a data-only dependency.</li>
 *   <li>{@code vn/khotin/analysis/lexicon.txt}: words the project adds (Hà Tĩnh place names, terms of the
 *       local press), one per line, optionally followed by a tab and a count.</li>
 * </ol>
 * Every entry is lower-cased and tone-normalized to the canonical style, so lookups match whatever the
 * input style was. Lookups take char slices and never allocate.
 *
 * <p>Instances are immutable after loading and safe to share between threads; {@link #get()} returns the
 * shared default lexicon, loaded once.
 */
public final class VietnameseLexicon {

    /** The classpath resource of the registry lexicon. */
    public static final String CODELIBS_UNIGRAMS = "models/tokenization/bigram/unigram.xml";
    /** The classpath resource of the project's own additions. */
    public static final String PROJECT_LEXICON = "vn/khotin/analysis/lexicon.txt";

    /** Longest word, in syllables, that the lexicon keeps. */
    public static final int MAX_WORD_SYLLABLES = 4;

    /**
     * Bits of a syllable id in a compound key: four ids fill the low 60 bits and the word length sits above
     * them, so keys of different lengths never collide and a key is never 0 (the empty slot).
     */
    private static final int ID_BITS = 15;
    private static final int LENGTH_SHIFT = ID_BITS * MAX_WORD_SYLLABLES;
    /** Ids, including the unused id 0, must fit in {@link #ID_BITS}; about 6,000 are in use. */
    private static final int MAX_SYLLABLES = 1 << ID_BITS;

    // syllable table: open addressing over char content
    private char[] chars = new char[1 << 16];
    private int charsLen;
    private int[] sylOff = new int[1024];
    private int[] sylLen = new int[1024];
    private int sylCount = 1; // id 0 is "none"
    private int[] slots = new int[1 << 15];
    /** Count of the syllable as a one-syllable word. */
    private int[] unigram = new int[1024];
    /** Count of the syllable written in lower case as a word of its own (not a name part). */
    private int[] lowerForm = new int[1024];
    private long total;

    // compounds: open addressing long -> count
    private long[] cKeys = new long[1 << 16];
    private int[] cVals = new int[1 << 16];
    private int cCount;
    /** Math.log of cVals, filled once loading is done, so the segmenter takes no logarithm per lookup. */
    private double[] cLogs;
    /**
     * Per syllable id, bit {@code n} is set when the syllable begins some n-syllable word, bit {@code n + 3}
     * when it ends one (n = 2..4). Most syllable windows in running text are no word at all; a read of this
     * array per end rejects them before the compound table, whose probes are cache misses, is touched.
     */
    private byte[] wordEdges = new byte[1024];
    /**
     * One bit per compound key hash (its high bits; the table uses the low ones): 32 KB that stay in cache,
     * in front of a table of several hundred KB whose every probe would be a cache miss. Exact, as it holds
     * every key the table holds; a set bit may still be another key's.
     */
    private final long[] keyBits = new long[1 << (KEY_BITS - 6)];
    private static final int KEY_BITS = 18;

    private static volatile VietnameseLexicon shared;

    private VietnameseLexicon() {
    }

    /** The default lexicon (registry words plus project words), loaded on first use. */
    public static VietnameseLexicon get() {
        VietnameseLexicon l = shared;
        if (l == null) {
            synchronized (VietnameseLexicon.class) {
                l = shared;
                if (l == null) {
                    l = load();
                    shared = l;
                }
            }
        }
        return l;
    }

    static VietnameseLexicon load() {
        VietnameseLexicon lex = new VietnameseLexicon();
        ClassLoader cl = VietnameseLexicon.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(CODELIBS_UNIGRAMS)) {
            if (in != null) {
                lex.readUnigramXml(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CODELIBS_UNIGRAMS, e);
        }
        try (InputStream in = cl.getResourceAsStream(PROJECT_LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROJECT_LEXICON);
            }
            lex.readWordList(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROJECT_LEXICON, e);
        }
        lex.logTotal(); // precompute the log tables while still single-threaded
        return lex;
    }

    /**
     * A lexicon of only the given word list (the {@link #PROJECT_LEXICON} format), for tests that need to
     * know which id each syllable gets: ids are handed out in order of first appearance, from 1.
     */
    static VietnameseLexicon ofWordList(String wordList) {
        VietnameseLexicon lex = new VietnameseLexicon();
        try {
            lex.readWordList(new java.io.ByteArrayInputStream(wordList.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lex.logTotal();
        return lex;
    }

    private void readUnigramXml(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int w = line.indexOf("<w msd=\"");
            if (w < 0) {
                continue;
            }
            int q = line.indexOf('"', w + 8);
            int gt = line.indexOf('>', q);
            int close = line.indexOf("</w>", gt);
            if (q < 0 || gt < 0 || close < 0) {
                continue;
            }
            int count;
            try {
                count = Integer.parseInt(line.substring(w + 8, q));
            } catch (NumberFormatException e) {
                continue;
            }
            String word = line.substring(gt + 1, close).replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
            add(word, count);
        }
    }

    private void readWordList(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            int count = 10;
            if (tab > 0) {
                count = Integer.parseInt(line.substring(tab + 1).strip());
                line = line.substring(0, tab).strip();
            }
            add(line, count);
        }
    }

    /** Adds a word given in any case and tone style; entries with non-letters are ignored. */
    private void add(String word, int count) {
        String[] parts = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC).strip().split("\\s+");
        if (parts.length == 0 || parts.length > MAX_WORD_SYLLABLES || parts[0].isEmpty()) {
            return;
        }
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            for (int k = 0; k < p.length(); k++) {
                if (!Character.isLetter(p.charAt(k))) {
                    return;
                }
            }
            char[] a = p.toLowerCase(java.util.Locale.ROOT).toCharArray();
            VietnameseText.toNewStyle(a, 0, a.length);
            ids[i] = intern(a, 0, a.length);
            if (ids[i] == 0) {
                return;
            }
        }
        total += count;
        if (parts.length == 1) {
            unigram[ids[0]] += count;
            if (!Character.isUpperCase(parts[0].charAt(0))) {
                lowerForm[ids[0]] += count;
            }
        } else {
            putCompound(pack(ids, 0, ids.length), count);
            wordEdges[ids[0]] |= (byte) startBit(ids.length);
            wordEdges[ids[ids.length - 1]] |= (byte) endBit(ids.length);
        }
    }

    private static int startBit(int n) {
        return 1 << n;
    }

    private static int endBit(int n) {
        return 1 << (n + 3);
    }

    private int intern(char[] a, int off, int len) {
        int id = syllableId(a, off, len);
        if (id > 0) {
            return id;
        }
        if (sylCount >= MAX_SYLLABLES) {
            return 0;
        }
        if (charsLen + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLen + len));
        }
        System.arraycopy(a, off, chars, charsLen, len);
        if (sylCount == sylOff.length) {
            int n = sylCount * 2;
            sylOff = Arrays.copyOf(sylOff, n);
            sylLen = Arrays.copyOf(sylLen, n);
            unigram = Arrays.copyOf(unigram, n);
            lowerForm = Arrays.copyOf(lowerForm, n);
            wordEdges = Arrays.copyOf(wordEdges, n);
        }
        id = sylCount++;
        sylOff[id] = charsLen;
        sylLen[id] = len;
        charsLen += len;
        if (sylCount * 2 > slots.length) {
            rehashSyllables();
        } else {
            insertSlot(id);
        }
        return id;
    }

    private void rehashSyllables() {
        slots = new int[slots.length * 2];
        for (int id = 1; id < sylCount; id++) {
            insertSlot(id);
        }
    }

    private void insertSlot(int id) {
        int mask = slots.length - 1;
        int h = hash(chars, sylOff[id], sylLen[id]) & mask;
        while (slots[h] != 0) {
            h = (h + 1) & mask;
        }
        slots[h] = id;
    }

    // Both tables probe linearly from the low bits of these hashes, so the bits must be well mixed: with
    // the plain polynomial (and, for compounds, a multiply read from the low bits) clusters formed and
    // most of a lookup's time went into walking them. Murmur3's finalizers.
    private static int hash(char[] a, int off, int len) {
        int h = 0;
        for (int i = off, e = off + len; i < e; i++) {
            h = 31 * h + a[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private static int slot(long key) {
        long x = key;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return (int) x;
    }

    /**
     * The id of a syllable given lower-cased and tone-normalized, or 0 if unknown.
     */
    public int syllableId(char[] a, int off, int len) {
        int mask = slots.length - 1;
        int h = hash(a, off, len) & mask;
        while (true) {
            int id = slots[h];
            if (id == 0) {
                return 0;
            }
            if (sylLen[id] == len && sameChars(sylOff[id], a, off, len)) {
                return id;
            }
            h = (h + 1) & mask;
        }
    }

    // a plain loop: syllables are a few chars, too short for Arrays.equals' range checks and vector set-up
    private boolean sameChars(int at, char[] a, int off, int len) {
        char[] c = chars;
        for (int i = 0; i < len; i++) {
            if (c[at + i] != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The id of a syllable in any case and tone style, or 0 (allocates; for APIs, not token streams). */
    public int syllableId(String syllable) {
        char[] a = syllable.toLowerCase(java.util.Locale.ROOT).toCharArray();
        VietnameseText.toNewStyle(a, 0, a.length);
        return syllableId(a, 0, a.length);
    }

    /** True if the syllable occurs in the lexicon (as a word or inside one). */
    public boolean isKnownSyllable(String syllable) {
        return syllableId(syllable) > 0;
    }

    /** How often the syllable occurs as a one-syllable word. */
    public int unigramCount(int id) {
        return id > 0 && id < sylCount ? unigram[id] : 0;
    }

    /** How often the syllable occurs written in lower case as a word of its own. */
    public int lowerFormCount(int id) {
        return id > 0 && id < sylCount ? lowerForm[id] : 0;
    }

    /** Sum of all counts. */
    public long total() {
        return total;
    }

    /** Number of distinct syllables. */
    public int syllableCount() {
        return sylCount - 1;
    }

    /** Number of multi-syllable words. */
    public int wordCount() {
        return cCount;
    }

    /** The syllable text of an id. */
    public String syllable(int id) {
        return new String(chars, sylOff[id], sylLen[id]);
    }

    /**
     * Calls {@code action} with each multi-syllable word (lower case, syllables separated by a space) and its
     * count, in no particular order: phrase evidence for the accent model.
     */
    public void forEachWord(java.util.function.ObjIntConsumer<String> action) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cKeys.length; i++) {
            long key = cKeys[i];
            if (key == 0) {
                continue;
            }
            int n = (int) (key >>> LENGTH_SHIFT);
            sb.setLength(0);
            for (int s = n - 1; s >= 0; s--) {
                int id = (int) (key >>> (ID_BITS * s)) & (MAX_SYLLABLES - 1);
                sb.append(sb.isEmpty() ? "" : " ").append(chars, sylOff[id], sylLen[id]);
            }
            action.accept(sb.toString(), cVals[i]);
        }
    }

    /**
     * The compound-table key of the n-syllable (2..4) word at ids[from..]: the ids side by side with the
     * length above them. Injective over all lengths; the length must not be shifted out by the ids, as
     * it once was, which made a four-syllable key starting with id 3 equal to a three-syllable key.
     */
    static long pack(int[] ids, int from, int n) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = (k << ID_BITS) | ids[from + i];
        }
        return k | (long) n << LENGTH_SHIFT;
    }

    private void putCompound(long key, int count) {
        if ((cCount + 1) * 2 > cKeys.length) {
            long[] ok = cKeys;
            int[] ov = cVals;
            cKeys = new long[ok.length * 2];
            cVals = new int[ok.length * 2];
            cCount = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) {
                    putCompound(ok[i], ov[i]);
                }
            }
        }
        int mask = cKeys.length - 1;
        int h = slot(key) & mask;
        while (cKeys[h] != 0 && cKeys[h] != key) {
            h = (h + 1) & mask;
        }
        if (cKeys[h] == 0) {
            cKeys[h] = key;
            cCount++;
            int b = slot(key) >>> (32 - KEY_BITS);
            keyBits[b >>> 6] |= 1L << b;
        }
        cVals[h] += count;
    }

    /**
     * The count of the multi-syllable word made of {@code n} (2..4) syllable ids, or 0 if it is not a word.
     * An id of 0 (unknown syllable) or one this lexicon never gave out never matches.
     */
    public int wordCount(int[] ids, int from, int n) {
        if (n < 2 || n > MAX_WORD_SYLLABLES) {
            return 0;
        }
        for (int i = from; i < from + n; i++) {
            if (ids[i] <= 0 || ids[i] >= sylCount) {
                return 0;
            }
        }
        long key = pack(ids, from, n);
        int mask = cKeys.length - 1;
        int h = slot(key) & mask;
        while (cKeys[h] != 0) {
            if (cKeys[h] == key) {
                return cVals[h];
            }
            h = (h + 1) & mask;
        }
        return 0;
    }

    /** The count of a multi-syllable word given as text in any case and tone style, or 0. */
    public int wordCount(String word) {
        String[] parts = word.strip().split("[\\s_]+");
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = syllableId(parts[i]);
        }
        return wordCount(ids, 0, ids.length);
    }

    /**
     * Segments a run of syllables into words: capitalized runs of two or more syllables are names, the rest
     * is split by a unigram model (the segmentation with the highest product of word probabilities, words up
     * to {@link #MAX_WORD_SYLLABLES} syllables).
     *
     * @param ids syllable ids (0 for unknown syllables)
     * @param capitalized whether each syllable starts with a capital letter (and is not an all-caps abbreviation)
     * @param from first syllable of the run
     * @param to end of the run (exclusive)
     * @param clauseStart whether the run starts a clause, where a capital does not mark a name by itself
     * @param lengths receives the word lengths in syllables, in order (room for {@code to - from})
     * @param names receives whether each word is a name
     * @param best scratch space of {@code to - from + 1}
     * @param back scratch space of {@code to - from + 1}
     * @return the number of words
     */
    public int segment(int[] ids, boolean[] capitalized, int from, int to, boolean clauseStart, int[] lengths,
            boolean[] names, double[] best, int[] back) {
        return segment(ids, capitalized, from, to, clauseStart, lengths, names, best, back, null);
    }

    /**
     * Recent answers of the segmenter's word lookups, for one thread: the compound table is several hundred
     * KB, so its probes are cache misses, while running text asks about the same few thousand windows over
     * and over. Direct-mapped; a memo holds copies of the table's values, so using one changes no result.
     */
    public static final class WordMemo {
        private static final int BITS = 12;
        private final long[] keys = new long[1 << BITS];
        private final double[] logs = new double[1 << BITS];
    }

    /** {@link #segment(int[], boolean[], int, int, boolean, int[], boolean[], double[], int[])} with a memo. */
    /** A capitalised run is cut before its last syllable when that and the next make a word this frequent. */
    static final int CUT_NAME_MIN_COUNT = 5;

    public int segment(int[] ids, boolean[] capitalized, int from, int to, boolean clauseStart, int[] lengths,
            boolean[] names, double[] best, int[] back, WordMemo memo) {
        int words = 0;
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && capitalized[j]) {
                j++;
            }
            int nameStart = i;
            if (i == from && clauseStart && j - i >= 2 && lowerFormCount(ids[i]) >= 20) {
                nameStart = i + 1; // "Ông Võ Hồng Hải": the sentence-initial common word is not part of the name
            }
            if (j - nameStart >= 2 && j < to && ids[j - 1] > 0 && ids[j] > 0
                    && wordCount(ids, j - 1, 2) >= CUT_NAME_MIN_COUNT) {
                // "Ban Chỉ huy", "Ban Thường vụ": the run's last capital begins a word with the lower-case syllable
                // after it, so the name ends before it ("chỉ huy" is a word, "Ban Chỉ" is no name)
                j--;
            }
            if (j - nameStart >= 2) {
                if (nameStart > i) {
                    lengths[words] = 1;
                    names[words++] = false;
                }
                lengths[words] = j - nameStart;
                names[words++] = true;
                i = j;
                continue;
            }
            // a plain stretch, up to the next capitalized run of two or more
            int k = j;
            while (k < to) {
                int m = k;
                while (m < to && capitalized[m]) {
                    m++;
                }
                if (m - k >= 2) {
                    break;
                }
                k = m == k ? k + 1 : m;
            }
            words = viterbi(ids, i, k, lengths, names, words, best, back, memo);
            i = k;
        }
        return words;
    }

    private double[] logUni;
    private double logTot;

    private double logTotal() {
        if (logUni == null) {
            double[] cl = new double[cVals.length];
            for (int i = 0; i < cl.length; i++) {
                cl[i] = cVals[i] > 0 ? Math.log(cVals[i]) : 0;
            }
            cLogs = cl;
            double[] l = new double[sylCount];
            for (int i = 0; i < sylCount; i++) {
                l[i] = Math.log(unigram[i] + 0.5);
            }
            logTot = Math.log(total + 1.0);
            logUni = l;
        }
        return logTot;
    }

    private double logUnigram(int id) {
        return id > 0 && id < sylCount ? logUni[id] : LOG_HALF;
    }

    private static final double LOG_HALF = Math.log(0.5);

    /**
     * The most probable split of ids[from..to) into words (unigram model), appended to {@code lengths}; word
     * lookups go through {@code memo} when one is given (the same scores, term for term).
     */
    private int viterbi(int[] ids, int from, int to, int[] lengths, boolean[] names, int words, double[] best,
            int[] back, WordMemo memo) {
        double logTotal = logTotal();
        int n = to - from;
        best[0] = 0;
        for (int e = 1; e <= n; e++) {
            int id = ids[from + e - 1];
            best[e] = best[e - 1] + logUnigram(id) - logTotal;
            back[e] = 1;
            for (int len = 2; len <= MAX_WORD_SYLLABLES && len <= e; len++) {
                double lw = wordLog(ids, from + e - len, len, memo);
                if (lw == lw) { // not NaN: a word
                    double s = best[e - len] + lw - logTotal;
                    if (s > best[e]) {
                        best[e] = s;
                        back[e] = len;
                    }
                }
            }
        }
        return backtrack(n, back, lengths, names, words);
    }

    /** Walks the best path back from the end, appending its word lengths in reading order; returns the count. */
    private static int backtrack(int n, int[] back, int[] lengths, boolean[] names, int words) {
        int startWords = words;
        for (int e = n; e > 0; e -= back[e]) {
            lengths[words] = back[e];
            names[words++] = false;
        }
        for (int a = startWords, b = words - 1; a < b; a++, b--) {
            int t = lengths[a];
            lengths[a] = lengths[b];
            lengths[b] = t;
        }
        return words;
    }

    /**
     * The log count of the n-syllable word at ids[from..], or NaN when it is not a word: what the segmenter asks
     * for every window (and mostly gets no), behind the memo when one is given.
     */
    private double wordLog(int[] ids, int from, int n, WordMemo memo) {
        if ((wordEdges[ids[from + n - 1]] & endBit(n)) == 0 || (wordEdges[ids[from]] & startBit(n)) == 0) {
            return Double.NaN;
        }
        for (int i = from + 1; i < from + n - 1; i++) {
            if (ids[i] <= 0) {
                return Double.NaN;
            }
        }
        long key = pack(ids, from, n);
        int hash = slot(key);
        int b = hash >>> (32 - KEY_BITS);
        if ((keyBits[b >>> 6] & (1L << b)) == 0) {
            return Double.NaN;
        }
        if (memo == null) {
            return probe(key, hash);
        }
        int m = hash & ((1 << WordMemo.BITS) - 1);
        if (memo.keys[m] == key) {
            return memo.logs[m];
        }
        double lw = probe(key, hash);
        memo.keys[m] = key;
        memo.logs[m] = lw;
        return lw;
    }

    /** The compound table's log count for a packed key, or NaN when the key is not a word. */
    private double probe(long key, int hash) {
        int mask = cKeys.length - 1;
        int h = hash & mask;
        while (cKeys[h] != 0) {
            if (cKeys[h] == key) {
                return cVals[h] > 0 ? cLogs[h] : Double.NaN;
            }
            h = (h + 1) & mask;
        }
        return Double.NaN;
    }
}
