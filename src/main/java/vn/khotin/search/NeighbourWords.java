package vn.khotin.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Part of the suggest stage of a search: the archive's words within two edits of a typed word (Lucene's
 * {@link DirectSpellChecker}), remembered for the index reader they were read from. Building the Levenshtein
 * automata of a word was most of the suggest stage's CPU, and the same few thousand syllables come back in query
 * after query. The answers are the spelling checker's own: a reader sees no change until it is replaced, and a
 * new reader (after a commit) starts an empty memory. Thread-safe.
 */
final class NeighbourWords {

    /** Words remembered per reader; beyond this, answers are computed and not kept. */
    static final int MAX_WORDS = 50_000;

    private final DirectSpellChecker checker;
    private final SuggestMode mode;
    private volatile Memory memory = new Memory(null);

    /** The words of one reader (null key: none yet). */
    private record Memory(Object readerKey, ConcurrentHashMap<Term, SuggestWord[]> words) {
        Memory(Object readerKey) {
            this(readerKey, new ConcurrentHashMap<>());
        }
    }

    /**
     * @param minWordLength words shorter than this have no neighbours
     * @param maxWordFrequency words more frequent than this have no neighbours (as
     *     {@link DirectSpellChecker#setMaxQueryFrequency}: below 1 a share of the articles, else a number of them)
     * @param mode whether neighbours are looked up always or only for words rarer than them
     */
    NeighbourWords(int minWordLength, float maxWordFrequency, SuggestMode mode) {
        this.checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(minWordLength);
        checker.setMaxQueryFrequency(maxWordFrequency);
        this.mode = mode;
    }

    /**
     * Up to 20 words of the field within two edits of the term, best first (as
     * {@link DirectSpellChecker#suggestSimilar(Term, int, IndexReader, SuggestMode)} orders them). The array is
     * shared: callers must not change it.
     */
    SuggestWord[] of(IndexReader reader, Term term) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return lookUp(reader, term);
        }
        Memory m = memory;
        if (m.readerKey() != helper.getKey()) {
            m = new Memory(helper.getKey());
            memory = m;
        }
        SuggestWord[] known = m.words().get(term);
        if (known != null) {
            return known;
        }
        SuggestWord[] found = lookUp(reader, term);
        if (m.words().size() < MAX_WORDS) {
            m.words().putIfAbsent(term, found);
        }
        return found;
    }

    private SuggestWord[] lookUp(IndexReader reader, Term term) throws IOException {
        return checker.suggestSimilar(term, 20, reader, mode);
    }
}
