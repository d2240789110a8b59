package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.index.ArticleSchema;

/**
 * Part of the compile stage ({@link WordTermFilters}): the forms in which the archive writes a pair of syllables
 * typed without diacritics, and which of those it writes as a word. "ca voi" is written "cá voi" (the whale) in 103
 * articles of 82,137, and "cả với", "ca với", "cá với" in 263 more, where the syllables only happen to meet: a
 * word typed without diacritics is required whole in the forms that are words, not in every accented pair that folds
 * to it.
 *
 * <p>A form is a word when its syllables stand together more often than chance would put them side by side: the
 * log of (the pair's occurrences less one × all syllables) / (the first syllable's occurrences × the second's), all
 * counted in the body, is above {@link #MIN_ASSOCIATION}; or when it carries most of the pair's occurrences (a word of two
 * frequent syllables, "công viên"). The archive's own counts decide, not the lexicon (which lacks many words a reader
 * types: "bán hàng"). When those forms carry less than most of the occurrences, every form counts, as before.
 * Remembered per index reader. Thread-safe.
 */
final class WrittenPairs {

    /**
     * The least association of a form that counts as a word (natural log): its syllables meet more often than chance
     * would put them side by side. Function words meet anything by chance ("cá với" −1.5, "cả với" −0.7, "bạn
     * hàng" −0.2 on the 82k evaluation archive), words far more ("cá voi" 6.1, "bán hàng" 3.3, "kỳ thị" 1.1). A
     * higher bar (1.5) also dropped phrases a reader means ("mất hàng triệu", "mất hàng" 0.4) on the 1,000
     * {@code bench search} queries typed without diacritics.
     */
    static final double MIN_ASSOCIATION = 0;

    /**
     * More written pairs than this to look up for one pair typed without diacritics, and the pair is not read from
     * the written forms ("ha tinh" has 11 × 8 written forms to pair, a lookup each).
     */
    static final int MAX_WRITTEN_PAIRS = 256;

    /**
     * How many pairs typed without diacritics keep their forms per reader: the same words come back query after query
     * ("thanh pho", "uy ban nhan dan"), each costing up to {@link #MAX_WRITTEN_PAIRS} lookups.
     */
    static final int MAX_REMEMBERED_PAIRS = 20_000;

    /** The field whose counts decide: the longest text, where chance meetings show. */
    private static final String COUNTED = ArticleSchema.BODY;

    /**
     * The written forms of one folded pair ({first, second} syllables, accented as written), and those among them
     * written as a word: all of them when none is.
     */
    record Forms(List<String[]> written, List<String[]> words) {

        /** Whether some written forms are not words. */
        boolean narrowed() {
            return words.size() < written.size();
        }
    }

    private static final Forms TOO_MANY = new Forms(List.of(), List.of());
    private static final Term[] NO_TERMS = new Term[0];

    private final WrittenSyllables syllables = new WrittenSyllables();
    private volatile Memory memory = new Memory(null, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

    /** What was looked up for one reader (null key: none yet): forms by folded pair, terms by field and pair. */
    private record Memory(Object readerKey, Map<String, Forms> forms, Map<String, Term[]> terms) {}

    /** The forms of a folded pair in this reader, or null when there are too many to look up. */
    Forms of(IndexReader reader, String first, String second) {
        Memory m = memoryFor(reader);
        String key = first + ' ' + second;
        Forms known = m == null ? null : m.forms().get(key);
        if (known == null) {
            known = lookUp(reader, first, second);
            known = known == null ? TOO_MANY : known;
            if (m != null && m.forms().size() < MAX_REMEMBERED_PAIRS) {
                m.forms().put(key, known);
            }
        }
        return known == TOO_MANY ? null : known;
    }

    /**
     * The terms of a word field ({@code base.words}) for a folded pair: each written form ({@link Forms#written()}), or
     * only those the archive writes as words ({@link Forms#words()}), side by side or across a soft break, that the
     * field has. Null when there are too many forms to look up.
     */
    Term[] terms(IndexReader reader, String base, String first, String second, boolean wordsOnly) {
        Forms forms = of(reader, first, second);
        if (forms == null) {
            return null;
        }
        Memory m = memoryFor(reader);
        String key = base + (wordsOnly ? " words " : " written ") + first + ' ' + second;
        Term[] known = m == null ? null : m.terms().get(key);
        if (known == null) {
            known = existing(reader, Role.WORDS.field(base), wordsOnly ? forms.words() : forms.written());
            if (m != null && m.terms().size() < MAX_REMEMBERED_PAIRS) {
                m.terms().put(key, known);
            }
        }
        return known;
    }

    private Memory memoryFor(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return null;
        }
        Memory m = memory;
        if (m.readerKey() != helper.getKey()) {
            m = new Memory(helper.getKey(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            memory = m;
        }
        return m;
    }

    private Forms lookUp(IndexReader reader, String first, String second) {
        List<String> firsts = syllables.of(reader, COUNTED, first);
        List<String> seconds = syllables.of(reader, COUNTED, second);
        if (firsts.size() * seconds.size() > MAX_WRITTEN_PAIRS) {
            return null;
        }
        String field = Role.WORDS.field(COUNTED);
        List<Written> written = new ArrayList<>();
        try {
            long all = reader.getSumTotalTermFreq(COUNTED);
            for (String a : firsts) {
                for (String b : seconds) {
                    long together = 0;
                    for (Term t : pair(field, a, b)) {
                        together += reader.totalTermFreq(t);
                    }
                    if (together > 0) {
                        written.add(new Written(new String[] {a, b}, together, association(together,
                                reader.totalTermFreq(new Term(COUNTED, a)), reader.totalTermFreq(new Term(COUNTED, b)),
                                all) > MIN_ASSOCIATION));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Forms(written.stream().map(Written::form).toList(), words(written));
    }

    /** One written form of a folded pair: its syllables, how often the body writes it, whether it is associated. */
    private record Written(String[] form, long count, boolean associated) {}

    /**
     * The forms that are words: those associated, and the one that carries most of the pair's occurrences (a word of
     * two frequent syllables, "công viên", meets them no more often than chance says); all of them when these carry
     * less than most of the occurrences ("dong la": "đồng là", "động là", "đông là" …, the place "Đông La" 3 %),
     * since then which the reader meant is not known.
     */
    private static List<String[]> words(List<Written> written) {
        long total = written.stream().mapToLong(Written::count).sum();
        List<Written> words = written.stream().filter(w -> w.associated() || w.count() * 2 > total).toList();
        List<Written> kept = words.stream().mapToLong(Written::count).sum() * 2 > total ? words : written;
        return kept.stream().map(Written::form).toList();
    }

    /** The meetings {@link #association} discounts. */
    private static final double SINGLE_MEETING = 1;

    /**
     * How much more often two syllables stand side by side than chance would put them there (natural log), one
     * meeting discounted: a single one says nothing, and beside a rare syllable it scored as a word ("cả voi lớn"
     * and "vui ca với" on the 1,500-article demo, where "voi" and "ca" are rare).
     */
    static double association(long together, long first, long second, long all) {
        return Math.log((together - SINGLE_MEETING) * all / ((double) Math.max(1, first) * Math.max(1, second)));
    }

    private static Term[] existing(IndexReader reader, String field, List<String[]> forms) {
        List<Term> out = new ArrayList<>();
        try {
            for (String[] f : forms) {
                for (Term t : pair(field, f[0], f[1])) {
                    if (reader.docFreq(t) > 0) {
                        out.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.isEmpty() ? NO_TERMS : out.toArray(Term[]::new);
    }

    /** A pair of syllables as the word fields write it: side by side, or across a soft break. */
    static Term[] pair(String field, String first, String second) {
        return new Term[] {new Term(field, first + "_" + second),
            new Term(field, first + VietnameseWordFilter.SOFT_BREAK_JOINER + second)};
    }
}
