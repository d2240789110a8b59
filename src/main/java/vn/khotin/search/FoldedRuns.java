package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link WholeWords}): the lexicon words a run of words typed without diacritics forms
 * ("sai pham tuyen dung" → sai_phạm, tuyển_dụng), each checked side by side in the folded fields, and what the
 * strict search requires of each. Immutable and thread-safe.
 */
final class FoldedRuns {

    /**
     * The lexicon's words of several syllables, folded and in lower case ("ha tinh", "nong thon"), with the count of
     * their most frequent accented form.
     */
    private final Map<String, Integer> foldedLexicon;
    /** The most frequent accented form of each of those words, in lower case ("lu lut" → "lũ lụt"). */
    private final Map<String, String> usualForms;

    private final WrittenPairs writtenPairs;

    FoldedRuns(TextAnalysis analysis, WrittenPairs writtenPairs) {
        this.writtenPairs = writtenPairs;
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
    void addWords(List<Unit> units, int from, int to, List<SyllableWord> out) {
        if (to - from < 2) {
            return;
        }
        List<String> folded = units.subList(from, to).stream()
                .map(u -> VietnameseText.fold(u.text()).toLowerCase(Locale.ROOT)).toList();
        int n = folded.size();
        double[] best = new double[n + 1];
        int[] length = new int[n + 1];
        List<List<String>> otherSpelling = new ArrayList<>(Collections.nCopies(n + 1, null));
        for (int end = 1; end <= n; end++) {
            best[end] = best[end - 1];
            length[end] = 1;
            for (int len = 2; len <= Math.min(MAX_WORD_SYLLABLES, end); len++) {
                if (nameStartsInside(units, from + end - len, from + end)) {
                    break;
                }
                List<String> window = folded.subList(end - len, end);
                Integer count = foldedLexicon.get(String.join(" ", window));
                List<String> other = count == null ? lexiconIy(window) : otherIy(window);
                if (count == null && other != null) {
                    count = foldedLexicon.get(String.join(" ", other));
                }
                double score = best[end - len] + LONGER_WORD * (len - 1) + Math.log1p(count == null ? 0 : count);
                if (count != null && score > best[end]) {
                    best[end] = score;
                    length[end] = len;
                    otherSpelling.set(end, other);
                }
            }
        }
        for (int end = n; end > 0; end -= length[end]) {
            if (length[end] > 1) {
                Query typed = SideBySide.folded(folded.subList(end - length[end], end));
                List<String> other = otherSpelling.get(end);
                out.add(new SyllableWord(from + end - length[end], from + end, other == null ? typed
                        : new BooleanQuery.Builder().add(typed, Occur.SHOULD)
                                .add(SideBySide.folded(other), Occur.SHOULD).build(), false));
            }
        }
    }

    /** The syllables with the first that has one in its other i/y spelling ("ky thi" → "ki thi"), or null. */
    private static List<String> otherIy(List<String> window) {
        for (int k = 0; k < window.size(); k++) {
            String swapped = IyVariants.of(window.get(k));
            if (swapped != null) {
                List<String> other = new ArrayList<>(window);
                other.set(k, swapped);
                return other;
            }
        }
        return null;
    }

    /**
     * The syllables with one of them spelt with the other of i and y ({@link IyVariants}) as the lexicon has the word
     * ("sy quan" is "sĩ quan", "bac sy" "bác sĩ"), or null: the word is then required in either spelling.
     */
    private List<String> lexiconIy(List<String> window) {
        for (int k = 0; k < window.size(); k++) {
            String swapped = IyVariants.of(window.get(k));
            if (swapped != null) {
                List<String> other = new ArrayList<>(window);
                other.set(k, swapped);
                if (foldedLexicon.containsKey(String.join(" ", other))) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * Whether a capitalised word follows a lower-case one inside units {@code from} to {@code to}: a name begins
     * there ("hang Son Doong" is the cave Sơn Đoòng, not the word "hàng sơn" and a "doong").
     */
    private static boolean nameStartsInside(List<Unit> units, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CapitalisedNames.titleCase(units.get(k).text())
                    && !CapitalisedNames.titleCase(units.get(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A syllable in at most this share of the archive's articles is rare enough to stand for its word apart. */
    static final double RARE_SYLLABLE_SHARE = 0.05;

    /**
     * What the strict search requires of a word {@link #addWords} read: its filter, or, for a word typed in lower
     * case, its forms the archive writes as a word ({@link #sideBySide}), or, where its usual accented form's
     * syllables are each rare ({@link #RARE_SYLLABLE_SHARE}), those forms or those syllables anywhere, as the same
     * word typed with diacritics asks ("lu lut": "lũ" and "lụt" of a story that writes "mưa lũ … ngập lụt"; "ha
     * tinh lu lut" found 15 articles of 82,137 where "hà tĩnh lũ lụt" finds 47). Frequent syllables apart say
     * nothing ("qua" and "đời" of "qua doi"), nor do a name's ("Cau Treo"): those stay side by side.
     */
    Query strictFilter(List<Unit> units, SyllableWord w, IndexReader reader) {
        if (reader == null || w.name() || units.subList(w.from(), w.to()).stream()
                .anyMatch(u -> CapitalisedNames.titleCase(u.text()))) {
            return w.filter();
        }
        List<String> folded = units.subList(w.from(), w.to()).stream()
                .map(u -> VietnameseText.fold(u.text()).toLowerCase(Locale.ROOT)).toList();
        if (!foldedLexicon.containsKey(String.join(" ", folded))) {
            return w.filter(); // read in its other i/y spelling: either spelling, side by side
        }
        Query sideBySide = sideBySide(folded, w, units, reader);
        String usual = usualForms.get(String.join(" ", folded));
        if (usual == null) {
            return sideBySide;
        }
        long most = (long) (reader.numDocs() * RARE_SYLLABLE_SHARE);
        try {
            for (String syllable : usual.split(" ")) {
                if (reader.docFreq(new Term(Role.EXACT.field(ArticleSchema.BODY), syllable)) > most) {
                    return sideBySide;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SideBySide.orSyllablesAnywhere(sideBySide, usual);
    }

    /**
     * A word of two syllables typed in lower case without diacritics, side by side in the forms the archive writes as
     * a word ({@link WrittenPairs}) when some of its written forms are not one: "ca voi" is "cá voi", not "cả với" or
     * "cá với". A name typed capitalised keeps every form: the counts that tell words from chance meetings do not
     * tell names ("Nhân Cơ" meets less often than chance would put "nhân" and "cơ" together). So does a longer word,
     * and a word one of whose syllables forms another word with its neighbour ({@link #readAnotherWay}).
     */
    private Query sideBySide(List<String> folded, SyllableWord w, List<Unit> units, IndexReader reader) {
        if (folded.size() != 2 || readAnotherWay(units, w)) {
            return w.filter();
        }
        WrittenPairs.Forms forms = writtenPairs.of(reader, folded.get(0), folded.get(1));
        if (forms == null || !forms.narrowed()) {
            return w.filter();
        }
        // the words of the other i/y spelling count too ("si quan": "sĩ quan" and "sỹ quan")
        List<String> other = otherIy(folded);
        return SideBySide.writtenWord(base -> {
            Term[] typed = writtenPairs.terms(reader, base, folded.get(0), folded.get(1), true);
            Term[] more = other == null ? null : writtenPairs.terms(reader, base, other.get(0), other.get(1), true);
            if (typed == null || more == null || more.length == 0) {
                return typed;
            }
            Term[] both = Arrays.copyOf(typed, typed.length + more.length);
            System.arraycopy(more, 0, both, typed.length, more.length);
            return both;
        }, folded);
    }

    /**
     * Whether the first syllable of a word forms a lexicon word with the word before it, or the last with the word
     * after it: the query may then mean the other reading ("xe may man thoat" is "xe máy" or "may mắn"; "khong gian
     * lon" is "không gian" or "gian lận"), and the pair as typed stands side by side in either.
     */
    private boolean readAnotherWay(List<Unit> units, SyllableWord w) {
        return w.from() > 0 && formsWord(units.get(w.from() - 1), units.get(w.from()))
                || w.to() < units.size() && formsWord(units.get(w.to() - 1), units.get(w.to()));
    }

    private boolean formsWord(Unit first, Unit second) {
        return first.kind() == QueryUnits.Kind.WORD && second.kind() == QueryUnits.Kind.WORD
                && foldedLexicon.containsKey(VietnameseText.fold(first.text() + " " + second.text())
                        .toLowerCase(Locale.ROOT));
    }
}
