package vn.khotin.analysis;

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
 * <p>Instances are immutable after loading (the files are read by {@link LexiconReader}) and safe to share
 * between threads; {@link #get()} returns the shared default lexicon, loaded once. Segmentation into words
 * is {@link WordSegmenter}'s, on top of the lookups here.
 */
public final class VietnameseLexicon {

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
    /** Per syllable id, the log of its one-syllable count (smoothed by 0.5); filled by {@link #freeze()}. */
    private double[] logUnigram;
    private double logTotal;
    private static final double LOG_HALF = Math.log(0.5);

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

    private static VietnameseLexicon load() {
        VietnameseLexicon lex = new VietnameseLexicon();
        LexiconReader.readDefault(lex::add);
        lex.freeze(); // precompute the log tables while still single-threaded
        return lex;
    }

    /**
     * A lexicon of only the given word list (the {@link LexiconReader#PROJECT_LEXICON} format), for tests that
     * need to know which id each syllable gets: ids are handed out in order of first appearance, from 1.
     */
    static VietnameseLexicon ofWordList(String wordList) {
        VietnameseLexicon lex = new VietnameseLexicon();
        LexiconReader.readWordList(wordList, lex::add);
        lex.freeze();
        return lex;
    }

    /**
     * Ends loading: fills the log tables, so that the segmenter takes no logarithm per lookup, and the
     * lexicon never changes again (safe to share between threads from here on).
     */
    private void freeze() {
        double[] cl = new double[cVals.length];
        for (int i = 0; i < cl.length; i++) {
            cl[i] = cVals[i] > 0 ? Math.log(cVals[i]) : 0;
        }
        cLogs = cl;
        double[] l = new double[sylCount];
        for (int i = 0; i < sylCount; i++) {
            l[i] = Math.log(unigram[i] + 0.5);
        }
        logTotal = Math.log(total + 1.0);
        logUnigram = l;
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
    // most of a lookup's time went into walking them. Murmur3's finalizers. WordTable probes the same way.
    static int hash(char[] a, int off, int len) {
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

    /** The log of the syllable's one-syllable count (smoothed), for the segmenter's unigram model. */
    double logUnigram(int id) {
        return id > 0 && id < sylCount ? logUnigram[id] : LOG_HALF;
    }

    /** The log of the sum of all counts (smoothed): the unigram model's denominator. */
    double logTotal() {
        return logTotal;
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

    /**
     * The log count of the n-syllable word at ids[from..], or NaN when it is not a word: what the segmenter asks
     * for every window (and mostly gets no), behind the memo when one is given.
     */
    double wordLog(int[] ids, int from, int n, WordMemo memo) {
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
