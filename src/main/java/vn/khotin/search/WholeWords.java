package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): the words of several syllables that a query's words typed with
 * accents form ("sai phạm tuyển dụng giáo viên" → sai_phạm, tuyển_dụng, giáo_viên), each as a filter that an
 * article writes it as one word (its syllables side by side) in the title, sapo or body. A Vietnamese word is
 * most often two syllables: an article that has every syllable of the query, scattered through a long body, does
 * not have every word. Words typed without diacritics ("sai pham tuyen dung") are read the same way against the
 * lexicon folded, and checked side by side in the folded fields ({@link FoldedRuns}). Thread-safe; the words of
 * recent queries are remembered ({@link #MAX_REMEMBERED_QUERIES}).
 */
final class WholeWords {

    private final TextAnalysis analysis;
    private final FoldedRuns foldedRuns;
    private final MixedPairs mixedPairs;

    WholeWords(TextAnalysis analysis) {
        this(analysis, new WrittenPairs());
    }

    /** Words whose written forms ({@link FoldedRuns#strictFilter}) are looked up in {@code writtenPairs}. */
    WholeWords(TextAnalysis analysis, WrittenPairs writtenPairs) {
        this.analysis = analysis;
        this.foldedRuns = new FoldedRuns(analysis, writtenPairs);
        this.mixedPairs = MixedPairs.DEFAULT;
    }

    /**
     * The filters of the lexicon words and names of the runs of accented words among {@code units}, and of the
     * folded lexicon words of the runs of words typed without diacritics (a word of the other kind, an abbreviation
     * or a mistyped pair breaks a run); empty if none.
     */
    List<Query> filters(List<Unit> units) {
        return filters(units, true);
    }

    /** The filters of the folded lexicon words of the runs typed without diacritics alone. */
    List<Query> foldedFilters(List<Unit> units) {
        return filters(units, false);
    }

    /**
     * What the strict search requires whole ({@link Strictness#WHOLE_WORDS}): the folded lexicon words of the runs
     * typed without diacritics ({@link #foldedFilters}; rare syllables may stand apart,
     * {@link FoldedRuns#strictFilter}), and each place of the gazetteer typed capitalised, its
     * name's syllables side by side ("Kỳ Anh", "Nghi Xuân": "kỳ" and "anh" apart are in most articles). Other
     * capitalised words are not: "Luật An ninh" or "Bắc Nam" are not one name. And each half-accented lexicon word
     * ({@link MixedPairs}: "Hà tinh"), and each lower-case word of two syllables typed with diacritics
     * ({@link AccentedWords}: "động đất").
     */
    List<Query> strictFilters(List<Unit> units, IndexReader reader) {
        List<Query> out = new ArrayList<>();
        for (SyllableWord w : words(units, false)) {
            Query q = foldedRuns.strictFilter(units, w, reader);
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        out.addAll(placeFilters(units));
        out.addAll(mixedPairs.filters(units));
        List<SyllableWord> accented = words(units, true).stream()
                .filter(w -> units.subList(w.from(), w.to()).stream().allMatch(Unit::accented)).toList();
        AccentedWords.filters(units, accented, analysis.vietnamese().lexicon(), reader).stream()
                .filter(q -> !out.contains(q)).forEach(out::add);
        return out;
    }

    /**
     * Each lexicon word typed half accented ("Hà tinh"), as the filter that it is written whole ({@link MixedPairs}):
     * what a relaxed search's top tier requires too. Without it, an article with "Hà Giang" and "tỉnh" apart topped
     * {@code Hà tinh mưa lũ} as one with every word.
     */
    List<Query> mixedPairFilters(List<Unit> units) {
        return mixedPairs.filters(units);
    }

    /**
     * Each place of the gazetteer typed capitalised, with a syllable typed with diacritics, as a filter that its
     * name's syllables stand side by side: what even the syllable fall-back and the relaxed search keep whole
     * ("Thiên Cầm" is not "Bao Thanh Thiên cầm dao").
     */
    List<Query> placeFilters(List<Unit> units) {
        List<Query> out = new ArrayList<>();
        List<String> words = units.stream().map(u -> u.kind() == Kind.WORD ? u.text() : "").toList();
        for (int[] span : Gazetteer.get().spans(words)) {
            int from = span[0];
            while (from < span[1] && !Character.isUpperCase(words.get(from).codePointAt(0))) {
                from++; // a type word before the name ("huyện") stays a word
            }
            if (span[1] - from < 2 || !units.subList(from, span[1]).stream().anyMatch(Unit::accented)) {
                continue;
            }
            BooleanQuery.Builder name = new BooleanQuery.Builder();
            for (int k = from; k + 1 < span[1]; k++) {
                String pair = pairTerm(words.get(k) + " " + words.get(k + 1));
                if (pair == null) {
                    name = null;
                    break;
                }
                name.add(SideBySide.word(pair), Occur.FILTER);
            }
            if (name != null) {
                out.add(name.build());
            }
        }
        return out;
    }

    /** The word fields' term for two syllables side by side ("kỳ_anh"), or null. */
    private String pairTerm(String twoWords) {
        try (TokenStream ts = analysis.vietnamese().indexAnalyzer(Role.WORDS).tokenStream(
                Role.WORDS.field(UnitQueries.TEXT_BASES.get(0)), twoWords)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String found = null;
            while (ts.incrementToken()) {
                String t = term.toString();
                if (found == null && t.indexOf('_') > 0 && t.indexOf('_') == t.lastIndexOf('_')) {
                    found = t;
                }
            }
            ts.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code units} are one word of several syllables and nothing else ("động đất", "tu thien", "từ thiện"
     * with its stopword): an article that has its syllables apart, by chance in a long text, is seldom about it.
     */
    boolean isOneWord(List<Unit> units) {
        List<SyllableWord> all = words(units, true);
        return units.size() > 1 && all.size() == 1 && all.get(0).from() == 0 && all.get(0).to() == units.size();
    }

    /**
     * The words of several syllables of {@code units}, in query order: the lexicon words and names of the runs of
     * accented words and the folded lexicon words of the runs typed without diacritics.
     */
    List<SyllableWord> words(List<Unit> units) {
        return words(units, true);
    }

    private List<Query> filters(List<Unit> units, boolean withAccented) {
        Set<Query> out = new LinkedHashSet<>();
        words(units, withAccented).forEach(w -> out.add(w.filter()));
        return new ArrayList<>(out);
    }

    /**
     * How many queries' words {@link #words(List, boolean)} keeps: a search reads them several times (the strict
     * filters, whether the query is one word, the relaxed clauses), each an analyzer pass over its accented runs.
     */
    static final int MAX_REMEMBERED_QUERIES = 4_096;

    private final Map<List<Unit>, List<SyllableWord>> remembered = new ConcurrentHashMap<>();

    private List<SyllableWord> words(List<Unit> units, boolean withAccented) {
        if (!withAccented) {
            return read(units, false);
        }
        List<SyllableWord> known = remembered.get(units);
        if (known == null) {
            known = List.copyOf(read(units, true));
            if (remembered.size() >= MAX_REMEMBERED_QUERIES) {
                remembered.clear();
            }
            remembered.put(List.copyOf(units), known);
        }
        return known;
    }

    private List<SyllableWord> read(List<Unit> units, boolean withAccented) {
        List<SyllableWord> out = new ArrayList<>();
        int runStart = -1;
        int unaccentedStart = -1;
        for (int i = 0; i <= units.size(); i++) {
            Unit u = i < units.size() ? units.get(i) : null;
            boolean word = u != null && u.kind() == Kind.WORD;
            boolean accented = word && u.accented();
            if (accented && runStart < 0) {
                runStart = i;
            } else if (!accented && runStart >= 0) {
                if (withAccented) {
                    addWords(units, runStart, i, out);
                }
                runStart = -1;
            }
            boolean plain = word && !u.accented();
            if (plain && unaccentedStart < 0) {
                unaccentedStart = i;
            } else if (!plain && unaccentedStart >= 0) {
                foldedRuns.addWords(units, unaccentedStart, i, out);
                unaccentedStart = -1;
            }
        }
        // a word of the lexicon that only asks the question ("tại sao", "thế nào": stopwords by QuestionWords) is no
        // word an answer writes: required whole, it left "tại sao giá xăng tăng" with none of the 8 articles "vì sao
        // giá xăng tăng" finds
        out.removeIf(w -> units.subList(w.from(), w.to()).stream().allMatch(Unit::stopword));
        out.sort(java.util.Comparator.comparingInt(SyllableWord::from));
        return out;
    }

    /** The lexicon words and names the analyzer reads in the accented units {@code from} to {@code to}. */
    private void addWords(List<Unit> units, int from, int to, List<SyllableWord> out) {
        if (to - from < 2) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[to - from];
        for (int i = from; i < to; i++) {
            text.append(i > from ? " " : "");
            starts[i - from] = text.length();
            text.append(units.get(i).text());
        }
        try (TokenStream ts = analysis.vietnamese().indexAnalyzer(Role.WORDS).tokenStream(
                Role.WORDS.field(UnitQueries.TEXT_BASES.get(0)), text.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = type.type();
                if (t.equals(VietnameseWordFilter.WORD) || t.equals(VietnameseWordFilter.NAME)) {
                    int first = unitAt(starts, offset.startOffset());
                    int last = unitAt(starts, offset.endOffset() - 1);
                    out.add(new SyllableWord(from + first, from + last + 1, SideBySide.word(term.toString()),
                            t.equals(VietnameseWordFilter.NAME)));
                }
            }
            ts.end();
        } catch (IOException e) {
            // The analyzer reads a String: no I/O can fail.
            throw new UncheckedIOException(e);
        }
    }

    /** The unit of a run whose text holds character {@code offset}. */
    private static int unitAt(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= offset) {
            k++;
        }
        return k;
    }
}
