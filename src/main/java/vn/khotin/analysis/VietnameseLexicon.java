package vn.khotin.analysis;

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
 * between threads; {@link #get()} returns the shared default lexicon, loaded once. The syllables are kept in a
 * {@link SyllableTable}, the words of two or more syllables in a {@link CompoundTable}. Segmentation into words
 * is {@link WordSegmenter}'s, on top of the lookups here.
 */
public final class VietnameseLexicon {

    /** Longest word, in syllables, that the lexicon keeps. */
    public static final int MAX_WORD_SYLLABLES = CompoundTable.MAX_LENGTH;

    private final SyllableTable syllables;
    private final CompoundTable compounds;
    /** Count of the syllable as a one-syllable word. */
    private final int[] unigram;
    /** Count of the syllable written in lower case as a word of its own (not a name part). */
    private final int[] lowerForm;
    /**
     * Per syllable id, bit {@code n} is set when the syllable begins some n-syllable word, bit {@code n + 3}
     * when it ends one (n = 2..4). Most syllable windows in running text are no word at all; a read of this
     * array per end rejects them before the compound table, whose probes are cache misses, is touched.
     */
    private final byte[] wordEdges;
    private final long total;
    /** Per syllable id, the log of its one-syllable count (smoothed by 0.5). */
    private final double[] logUnigram;
    private final double logTotal;
    private static final double LOG_HALF = Math.log(0.5);

    private static volatile VietnameseLexicon shared;

    /**
     * Takes over the tables of a finished load and fills the log tables, so that the segmenter takes no
     * logarithm per lookup; the lexicon never changes again (safe to share between threads from here on).
     */
    private VietnameseLexicon(LexiconBuilder b) {
        syllables = b.syllables;
        compounds = b.compounds;
        unigram = b.unigram;
        lowerForm = b.lowerForm;
        wordEdges = b.wordEdges;
        total = b.total;
        compounds.freeze();
        int n = syllables.limit();
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = Math.log(unigram[i] + 0.5);
        }
        logTotal = Math.log(total + 1.0);
        logUnigram = l;
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
        LexiconBuilder b = new LexiconBuilder();
        LexiconReader.readDefault(b::add);
        return new VietnameseLexicon(b); // the log tables are computed while still single-threaded
    }

    /**
     * A lexicon of only the given word list (the {@link LexiconReader#PROJECT_LEXICON} format), for tests that
     * need to know which id each syllable gets: ids are handed out in order of first appearance, from 1.
     */
    static VietnameseLexicon ofWordList(String wordList) {
        LexiconBuilder b = new LexiconBuilder();
        LexiconReader.readWordList(wordList, b::add);
        return new VietnameseLexicon(b);
    }

    /** The id of a syllable given lower-cased and tone-normalized, or 0 if unknown. */
    public int syllableId(char[] a, int off, int len) {
        return syllables.id(a, off, len);
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
        return id > 0 && id < syllables.limit() ? lowerForm[id] : 0;
    }

    /** Sum of all counts. */
    public long total() {
        return total;
    }

    /** Number of distinct syllables. */
    public int syllableCount() {
        return syllables.limit() - 1;
    }

    /** Number of multi-syllable words. */
    public int wordCount() {
        return compounds.size();
    }

    /** The syllable text of an id. */
    public String syllable(int id) {
        return syllables.text(id);
    }

    /**
     * Calls {@code action} with each multi-syllable word (lower case, syllables separated by a space) and its
     * count, in no particular order: phrase evidence for the accent model.
     */
    public void forEachWord(java.util.function.ObjIntConsumer<String> action) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < compounds.capacity(); i++) {
            long key = compounds.keyAt(i);
            if (key == 0) {
                continue;
            }
            int n = CompoundTable.length(key);
            sb.setLength(0);
            for (int s = n - 1; s >= 0; s--) {
                sb.append(sb.isEmpty() ? "" : " ");
                syllables.appendTo(sb, CompoundTable.idFromEnd(key, s));
            }
            action.accept(sb.toString(), compounds.countAt(i));
        }
    }

    /** The compound-table key of the n-syllable (2..4) word at ids[from..] ({@link CompoundTable#pack}). */
    static long pack(int[] ids, int from, int n) {
        return CompoundTable.pack(ids, from, n);
    }

    /**
     * The count of the multi-syllable word made of {@code n} (2..4) syllable ids, or 0 if it is not a word.
     * An id of 0 (unknown syllable) or one this lexicon never gave out never matches.
     */
    public int wordCount(int[] ids, int from, int n) {
        if (n < 2 || n > MAX_WORD_SYLLABLES) {
            return 0;
        }
        int limit = syllables.limit();
        for (int i = from; i < from + n; i++) {
            if (ids[i] <= 0 || ids[i] >= limit) {
                return 0;
            }
        }
        return compounds.count(pack(ids, from, n));
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
        return id > 0 && id < syllables.limit() ? logUnigram[id] : LOG_HALF;
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
        if ((wordEdges[ids[from + n - 1]] & LexiconBuilder.endBit(n)) == 0
                || (wordEdges[ids[from]] & LexiconBuilder.startBit(n)) == 0) {
            return Double.NaN;
        }
        for (int i = from + 1; i < from + n - 1; i++) {
            if (ids[i] <= 0) {
                return Double.NaN;
            }
        }
        long key = pack(ids, from, n);
        int hash = CompoundTable.hash(key);
        if (!compounds.mayHold(hash)) {
            return Double.NaN;
        }
        if (memo == null) {
            return compounds.log(key, hash);
        }
        int m = hash & ((1 << WordMemo.BITS) - 1);
        if (memo.keys[m] == key) {
            return memo.logs[m];
        }
        double lw = compounds.log(key, hash);
        memo.keys[m] = key;
        memo.logs[m] = lw;
        return lw;
    }
}
