package vn.khotin.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage ({@link Suggestions}): accents restored on the words of a query typed without them, by
 * the archive's accent model ({@link QueryAccents}) or, while a large archive's first model trains, by the word
 * statistics ({@link WordFormsCache}); offered as "Có phải bạn muốn tìm …" when the restored query finds articles.
 * Thread-safe.
 */
final class AccentSuggestion {

    /** How many bare words of a query typed partly with diacritics a restoration must change to be offered. */
    static final int MIXED_RESTORED_WORDS = 2;

    private final TextAnalysis analysis;
    private final QueryAccents accents;
    private final WordFormsCache forms;

    AccentSuggestion(TextAnalysis analysis, QueryAccents accents, WordFormsCache forms) {
        this.analysis = analysis;
        this.accents = accents;
        this.forms = forms;
    }

    /**
     * The accent model's restoration ({@link QueryAccents}); while a large archive's first model trains, the
     * most frequent written form of each word pair or word in titles and sapos. A place restored is capitalised
     * ({@link FoldedPlaces#withPlaceNames}): "kỳ anh" offered for "ky anh" found every article with both syllables;
     * so is a name ({@link NameCasing}).
     */
    String restore(IndexSearcher searcher, String query) throws IOException {
        String restored = accents.restore(searcher, query);
        restored = restored != null ? restored : forms.get(searcher).restoreAccents(query);
        restored = FoldedPlaces.DEFAULT.withPlaceNames(restored == null || restored.isEmpty() ? restored
                : FoldedPlaces.DEFAULT.withCapitalisedPlaces(query, FoldedPlaces.DEFAULT.withProvince(query, restored)));
        return restored == null || restored.isEmpty() ? restored
                : NameCasing.withNames(forms.get(searcher), query, restored);
    }

    /**
     * The query of plain words ({@link QueryTail#plainOnly}, the caller's check) with accents restored on its bare
     * words ({@link #restore}) if that finds articles; for a query typed partly with diacritics ({@code partly})
     * only as {@link #mixedRestorationShown} allows. Null otherwise.
     */
    Suggestion suggest(IndexSearcher searcher, String query, boolean partly, QueryCounter counter)
            throws IOException {
        if (partly && bareWords(query) < MIXED_RESTORED_WORDS) {
            return null;
        }
        String restored = restore(searcher, query);
        restored = partly && !restored.isEmpty() && !mixedRestorationShown(searcher, query, restored) ? ""
                : restored;
        restored = restored.isEmpty() ? restored
                : BareNames.keepingNamesWrittenBare(searcher.getIndexReader(), query, restored);
        restored = restored.isEmpty() ? restored
                : WrittenNames.keepingPairedWords(searcher.getIndexReader(), query, restored);
        // "VIỆT NAM" typed in capitals is no query to offer again as "VIỆT Nam"
        if (restored.isEmpty() || restored.equalsIgnoreCase(query)) {
            return null;
        }
        long hits = counter.count(searcher, restored);
        return hits > 0 ? Suggestion.offered(restored, Suggestion.Kind.ACCENTS, hits) : null;
    }

    /** The words of the query with letters and no diacritics. */
    private static int bareWords(String query) {
        int n = 0;
        for (String w : query.strip().split("\\s+")) {
            n += WordChanges.bare(w) ? 1 : 0;
        }
        return n;
    }

    /**
     * How many typed words a restoration takes part in: each word it changes, and each word typed without diacritics
     * that it keeps but joins with a changed neighbour into a lexicon word or a name ("tham" of "tham nhung cán bộ" →
     * "tham nhũng cán bộ", "Trung" of "Trung quoc" → "Trung quốc"). Not a kept bare word beside a changed one that
     * makes no word with it ("Trump can", "ban trong công tác"): titles write those.
     */
    private int restoredWords(String query, String restored) {
        return WordChanges.withBareNeighbours(query, restored, this::makesWord);
    }

    private boolean makesWord(String first, String second) {
        return analysis.vietnamese().lexicon().wordCount(first + " " + second) > 0
                || (VietnameseText.capitalised(first) && VietnameseText.capitalised(second));
    }

    /**
     * Whether accents restored on the bare words of a query typed partly with them are offered: only when they take
     * part in at least {@link #MIXED_RESTORED_WORDS} words ({@link #restoredWords}) and the archive does not write the typed words more often
     * ({@link TypedPhrases}). One bare word among accented ones is most often a word as typed: of 1,500 fragments of
     * corpus titles, the eight such restorations were all wrong ("Nam mới" → "Năm mới", "tung nhạc phim" → "từng");
     * two or more are someone typing without diacritics ("chị ve chai tra lai 15 triệu").
     */
    private boolean mixedRestorationShown(IndexSearcher searcher, String query, String restored) throws IOException {
        return restoredWords(query, restored) >= MIXED_RESTORED_WORDS
                && !TypedPhrases.typedWrittenMore(searcher, analysis, query, restored);
    }
}
