package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.index.ArticleSchema;
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
 * lexicon folded, and checked side by side in the folded fields. Immutable and thread-safe.
 */
final class WholeWords {

    private final TextAnalysis analysis;
    /**
     * The lexicon's words of several syllables, folded and in lower case ("ha tinh", "nong thon"), with the count of
     * their most frequent accented form.
     */
    private final Map<String, Integer> foldedLexicon;
    /** The most frequent accented form of each of those words, in lower case ("lu lut" → "lũ lụt"). */
    private final Map<String, String> usualForms;
    private final MixedPairs mixedPairs;

    WholeWords(TextAnalysis analysis) {
        this.analysis = analysis;
        Map<String, Integer> folded = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        analysis.vietnamese().lexicon().forEachWord((word, count) -> {
            if (word.indexOf(' ') > 0) {
                String key = VietnameseText.fold(word).toLowerCase(Locale.ROOT);
                Integer before = folded.get(key);
                if (before == null || count > before) {
                    folded.put(key, count);
                    forms.put(key, VietnameseText.toNewStyle(word.toLowerCase(Locale.ROOT)));
                }
            }
        });
        this.foldedLexicon = Map.copyOf(folded);
        this.usualForms = Map.copyOf(forms);
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
     * typed without diacritics ({@link #foldedFilters}), and each place of the gazetteer typed capitalised, its
     * name's syllables side by side ("Kỳ Anh", "Nghi Xuân": "kỳ" and "anh" apart are in most articles). Other
     * capitalised words are not: "Luật An ninh" or "Bắc Nam" are not one name. And each half-accented lexicon word
     * ({@link MixedPairs}: "Hà tinh").
     */
    List<Query> strictFilters(List<Unit> units, IndexReader reader) {
        List<Query> out = new ArrayList<>();
        for (Word w : words(units, false)) {
            Query q = rareSyllablesApart(units, w, reader);
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        out.addAll(placeFilters(units));
        out.addAll(mixedPairs.filters(units));
        return out;
    }

    /** A syllable in at most this share of the archive's articles is rare enough to stand for its word apart. */
    static final double RARE_SYLLABLE_SHARE = 0.05;

    /**
     * A word typed without diacritics, in lower case, whose usual accented form's syllables are each rare
     * ({@link #RARE_SYLLABLE_SHARE}): its folded syllables side by side, or those syllables anywhere, as the same
     * word typed with diacritics asks ("lu lut": "lũ" and "lụt" of a story that writes "mưa lũ … ngập lụt"; "ha
     * tinh lu lut" found 15 articles of 82,137 where "hà tĩnh lũ lụt" finds 47). Frequent syllables apart say
     * nothing ("qua" and "đời" of "qua doi"), nor do a name's ("Cau Treo"): those stay side by side.
     */
    private Query rareSyllablesApart(List<Unit> units, Word w, IndexReader reader) {
        if (reader == null || w.name() || units.subList(w.from(), w.to()).stream()
                .anyMatch(u -> CapitalisedNames.titleCase(u.text()))) {
            return w.filter();
        }
        List<String> folded = units.subList(w.from(), w.to()).stream()
                .map(u -> VietnameseText.fold(u.text()).toLowerCase(Locale.ROOT)).toList();
        String usual = usualForms.get(String.join(" ", folded));
        if (usual == null) {
            return w.filter();
        }
        long most = (long) (reader.numDocs() * RARE_SYLLABLE_SHARE);
        try {
            for (String syllable : usual.split(" ")) {
                if (reader.docFreq(new Term(Role.EXACT.field(ArticleSchema.BODY), syllable)) > most) {
                    return w.filter();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SideBySide.foldedOrUsual(folded, usual);
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
     * A word of several syllables among a query's units: the units {@code from} (inclusive) to {@code to}
     * (exclusive) it is made of, the filter that an article writes them as one word, and whether it is a name the
     * analyzer joined from capitals rather than a lexicon word.
     */
    record Word(int from, int to, Query filter, boolean name) {}

    /**
     * The words of several syllables of {@code units}, in query order: the lexicon words and names of the runs of
     * accented words and the folded lexicon words of the runs typed without diacritics.
     */
    List<Word> words(List<Unit> units) {
        return words(units, true);
    }

    private List<Query> filters(List<Unit> units, boolean withAccented) {
        Set<Query> out = new LinkedHashSet<>();
        words(units, withAccented).forEach(w -> out.add(w.filter()));
        return new ArrayList<>(out);
    }

    private List<Word> words(List<Unit> units, boolean withAccented) {
        List<Word> out = new ArrayList<>();
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
                addFoldedWords(units, unaccentedStart, i, out);
                unaccentedStart = -1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Word::from));
        return out;
    }

    /** What each syllable joined to a word adds to a reading: above any word's log count. */
    private static final double LONGER_WORD = 100;

    /** The longest word the lexicon has, in syllables, looked for in a run typed without diacritics. */
    private static final int MAX_WORD_SYLLABLES = 4;

    /**
     * The lexicon words (of two or more syllables, folded) that a run of words typed without diacritics forms: the
     * reading that joins the most syllables into words ("khu do thi" as one word, not "do thi"), and among those
     * the one whose words are the most frequent (the sum of their log counts), so "phong chay chua chay" reads
     * [chua chay], not [chay chua], and "cong chuc cua can bo" [can bo], not [cua can]. The run's words are only
     * checked side by side, folded, in the folded fields: which accents were meant is not known.
     */
    private void addFoldedWords(List<Unit> units, int from, int to, List<Word> out) {
        if (to - from < 2) {
            return;
        }
        List<String> folded = units.subList(from, to).stream()
                .map(u -> VietnameseText.fold(u.text()).toLowerCase(Locale.ROOT)).toList();
        int n = folded.size();
        double[] best = new double[n + 1];
        int[] length = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            best[end] = best[end - 1];
            length[end] = 1;
            for (int len = 2; len <= Math.min(MAX_WORD_SYLLABLES, end); len++) {
                if (nameStartsInside(units, from + end - len, from + end)) {
                    break;
                }
                Integer count = foldedLexicon.get(String.join(" ", folded.subList(end - len, end)));
                double score = best[end - len] + LONGER_WORD * (len - 1) + Math.log1p(count == null ? 0 : count);
                if (count != null && score > best[end]) {
                    best[end] = score;
                    length[end] = len;
                }
            }
        }
        for (int end = n; end > 0; end -= length[end]) {
            if (length[end] > 1) {
                out.add(new Word(from + end - length[end], from + end,
                        SideBySide.folded(folded.subList(end - length[end], end)), false));
            }
        }
    }

    /**
     * Whether a capitalised word follows a lower-case one inside units {@code from} to {@code to}: a name begins
     * there ("hang Son Doong" is the cave Sơn Đoòng, not the word "hàng sơn" and a "doong").
     */
    private static boolean nameStartsInside(List<Unit> units, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CapitalisedNames.titleCase(units.get(k).text()) && !CapitalisedNames.titleCase(units.get(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon words and names the analyzer reads in the accented units {@code from} to {@code to}. */
    private void addWords(List<Unit> units, int from, int to, List<Word> out) {
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
                    out.add(new Word(from + first, from + last + 1, SideBySide.word(term.toString()),
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
