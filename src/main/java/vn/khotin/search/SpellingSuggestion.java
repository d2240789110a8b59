package vn.khotin.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage ({@link Suggestions}): the spelling correction offered for a query of plain words that
 * finds little, or that has a word no article writes, or whose real-word slip finds far more
 * ({@link #FAR_MORE_HITS}). Word pairs first ({@link RealWordCorrection}: "tiêu trí" → "tiêu chí"), then words
 * ({@link SpellingCorrection}: "Bình Phướt" → "Bình Phước"), then both together. Offered only when it finds more
 * than the query as typed (or as many, when the archive writes the corrected words far more often:
 * {@link TypedPhrases#correctedWrittenFarMore}) and the archive does not write the typed words more often
 * ({@link TypedPhrases}). Thread-safe.
 */
final class SpellingSuggestion {

    /**
     * A query that finds more than a few articles (and fewer than this many times a few: beyond, the check cost the
     * suggest stage 50 % more CPU for nothing) is offered a real-word correction only if that finds this many times
     * as many. At 10 and at 3 no suggestion of the 377 trial and judged queries changed, and no false alarm on the 171
     * correct judged queries; 10 is the safer.
     */
    static final int FAR_MORE_HITS = 10;

    /**
     * How many titles and sapos must write a sound-alike correction beside its neighbour for it to be offered to a
     * query that finds plenty ({@link #soundAlikeSlip}). At 20 no suggestion changed for 1,500 fragments of corpus
     * titles (correctly spelt, cut at random) nor for the 377 trial and judged queries.
     */
    static final long SOUND_ALIKE_PAIR = 20;

    private final TextAnalysis analysis;
    private final SpellingCorrection words;
    private final RealWordCorrection pairs;

    SpellingSuggestion(TextAnalysis analysis, WordFormsCache forms) {
        this.analysis = analysis;
        this.words = new SpellingCorrection(forms);
        this.pairs = new RealWordCorrection(analysis, forms);
    }

    /**
     * The correction of a query of plain words ({@code total}: what it finds as typed), or null. A word typed with
     * accents that the archive never writes ("Hồng Lỉnh") is found only by its folded fallback, anywhere: however
     * many or few articles that finds, its correction is offered if it finds any.
     */
    Suggestion suggest(IndexSearcher searcher, String query, long total, QueryCounter counter)
            throws IOException {
        String placed = PlaceSlips.fixed(query);
        if (!placed.equals(query)) {
            // the place its type word names, then any other slip: "huyện Đức Thợ" is the district Đức Thọ
            long placedHits = counter.count(searcher, placed);
            Suggestion further = suggest(searcher, placed, placedHits, counter);
            if (finds(further)) {
                return further;
            }
            if (placedHits > 0) {
                return Suggestion.offered(placed, Suggestion.Kind.SPELLING, placedHits);
            }
        }
        long below = ForgivingSearch.correctBelow(searcher.getIndexReader().numDocs());
        boolean few = total < below;
        boolean unwritten = SpellingCorrection.hasUnwrittenWord(searcher.getIndexReader(), query);
        if (!few && !unwritten) {
            // the query finds some hundreds, but its words read as a slip of a pair that finds far more: "giáo giục"
            // (101 articles with "giáo" and "giục" somewhere) is "giáo dục" (4,892)
            // sound-alikes only: a slip of the fingers a letter away from a word that finds far more is as often a
            // word meant as typed ("taxi tp hcm" read as "tai tp hcm", 10,911 articles against 262)
            Suggestion farMore = total >= FAR_MORE_HITS * below ? null
                    : ifMore(searcher, query, pairs.soundAlikes(searcher, query, SpellingCorrection.COMMON_PAIR),
                            FAR_MORE_HITS * total - 1, counter);
            return farMore != null ? farMore : soundAlikeSlip(searcher, query, counter);
        }
        Suggestion paired = few ? ifMore(searcher, query, pairs.correct(searcher, query), total, counter) : null;
        if (paired == null && total == 0) {
            // no article has every word: a sound-alike pair the bodies write, too seldom in titles and sapos for the
            // pair statistics
            paired = ifMore(searcher, query, pairs.soundAlikesWrittenAnywhere(searcher, query), total, counter);
        }
        if (finds(paired)) {
            return paired;
        }
        // a correction that finds nothing either ("lũ lụt Nghệ An" on a small archive) is the last resort
        Suggestion fallback = paired;
        String spelled = words.spell(searcher, query);
        Suggestion wordsOnly = ifMore(searcher, query, spelled, unwritten ? 0 : total, counter);
        if (wordsOnly == null && spelled.isEmpty()) {
            // a name with a sound-alike slip, written too seldom for the word statistics: "Mường Sén"
            String named = NameConfusions.correct(searcher, analysis, query);
            Suggestion name = named.isEmpty() ? null : ifMore(searcher, query, named, unwritten ? 0 : total, counter);
            return name != null ? name : fallback;
        }
        if (finds(wordsOnly) || !few) {
            return wordsOnly != null ? wordsOnly : fallback;
        }
        fallback = fallback != null ? fallback : wordsOnly;
        // two slips, each corrected alone but neither finding anything while the other stays: "vợ chồng bị xát hại
        // Bình Phướt" (a real word with the wrong consonant, and a name the archive does not write)
        String both = pairs.correct(searcher, spelled);
        Suggestion twice = both.isEmpty() || both.equals(spelled) ? null
                : ifMore(searcher, query, both, total, counter);
        return twice != null ? twice : fallback;
    }

    private static boolean finds(Suggestion s) {
        return s != null && s.hits() > 0;
    }

    /**
     * For a query that finds plenty: a sound-alike slip whose correction the titles and sapos write beside its
     * neighbour at least {@link #SOUND_ALIKE_PAIR} times, where the typed pair is (almost) never written ("sử lý vi
     * phạm", 2,115 articles with the words apart, is "xử lý vi phạm"); offered, never applied, whatever the counts.
     */
    private Suggestion soundAlikeSlip(IndexSearcher searcher, String query, QueryCounter counter)
            throws IOException {
        String corrected = pairs.soundAlikes(searcher, query, SOUND_ALIKE_PAIR);
        if (corrected.isEmpty() || TypedPhrases.typedWrittenMore(searcher, analysis, query, corrected)) {
            return null;
        }
        long hits = counter.count(searcher, corrected);
        return hits > 0 ? Suggestion.offered(corrected, Suggestion.Kind.SPELLING, hits) : null;
    }

    /**
     * Whether each word {@code corrected} changes is written, as typed, in fewer articles than a query must find not
     * to be checked for misspellings ({@link ForgivingSearch#correctBelow}); false when the texts differ in their
     * number of words.
     */
    private static boolean changesOnlyRareWords(IndexSearcher searcher, String query, String corrected)
            throws IOException {
        WordChanges c = WordChanges.of(query, corrected);
        if (c == null) {
            return false;
        }
        long rare = ForgivingSearch.correctBelow(searcher.getIndexReader().numDocs());
        for (int i : c.changed()) {
            String typed = VietnameseText.toNewStyle(c.before()[i].toLowerCase(Locale.ROOT));
            if (SpellingCorrection.docsWriting(searcher.getIndexReader(), typed) >= rare) {
                return false;
            }
        }
        return true;
    }

    /**
     * A spelling suggestion for {@code corrected} if it finds more than {@code total} articles, the archive does
     * not write the typed words more often than the corrected ones, and some article writes each changed word beside
     * a neighbour ({@link TypedPhrases}); else null.
     */
    private Suggestion ifMore(IndexSearcher searcher, String query, String corrected, long total,
            QueryCounter counter) throws IOException {
        if (corrected.isEmpty() || TypedPhrases.typedWrittenMore(searcher, analysis, query, corrected)
                || !TypedPhrases.correctedWrittenBesideNeighbour(searcher, analysis, query, corrected)) {
            return null;
        }
        long hits = counter.count(searcher, corrected);
        // as many articles both ways (the typed query's name already matches loosely: "huyện Đức Thợ …" finds the
        // two stories on Đức Thọ district), but the archive writes the corrected words far more often
        boolean tie = hits == total && hits > 0
                && TypedPhrases.correctedWrittenFarMore(searcher, analysis, query, corrected);
        // no article has every word either way, but the typed words are rare and written nowhere beside their
        // neighbours, and the corrected ones are: the search goes on with most of the corrected words ("lũ lụt Nghệ
        // Ang" on the 1,500-article demo, where no article has all of "lũ lụt Nghệ An"); a common word is more likely
        // meant ("bò lỡ mồm long móng" is no "bỏ lỡ": the slip is "lỡ", for "lở")
        boolean neitherFinds = hits == 0 && total == 0 && changesOnlyRareWords(searcher, query, corrected)
                && TypedPhrases.typedWrittenNowhere(searcher, analysis, query, corrected);
        return hits > total || tie || neitherFinds ? Suggestion.offered(corrected, Suggestion.Kind.SPELLING, hits)
                : null;
    }
}
