package vn.khotin.search;

import static vn.khotin.analysis.VietnameseText.capitalised;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseConfusions;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage ({@link SpellingSuggestion}): a name typed with a sound-alike slip that no article
 * writes, whose other spelling some do. "lũ quét Mường Sén Kỳ Sơn" (a trial's query) had no suggestion: "Sén" is
 * in one article and the town Mường Xén in eight, none of them in a title or sapo, where the word statistics the
 * other corrections use are counted. Here two capitalised words typed with diacritics that no article writes side
 * by side are checked, one word at a time, against their sound-alike spellings ({@link VietnameseConfusions}: s/x,
 * ch/tr, d/gi/r, hỏi/ngã …) written as a phrase in any text field; the most written one, in at least
 * {@link #MIN_ARTICLES} articles, is the correction. Stateless.
 */
final class NameConfusions {

    /** A spelling written in fewer articles than this is no better evidence than the one typed. */
    static final int MIN_ARTICLES = 3;

    private NameConfusions() {}

    /** The query with each such name corrected, each word cased as typed; empty if nothing changed. */
    static String correct(IndexSearcher searcher, TextAnalysis analysis, String query) throws IOException {
        String[] words = query.strip().split("\\s+");
        String[] out = words.clone();
        boolean[] typedPlace = PlaceSlips.inTypedPlace(words);
        boolean changed = false;
        for (int i = 0; i + 1 < out.length; i++) {
            String pair = out[i] + " " + out[i + 1];
            if (!capitalised(out[i]) || !capitalised(out[i + 1]) || !VietnameseText.hasDiacritics(pair)
                    || TypedPhrases.articlesWriting(searcher, analysis, Role.EXACT, pair) > 0) {
                continue;
            }
            String best = null;
            int bestAt = -1;
            long bestCount = MIN_ARTICLES - 1;
            for (int side = 0; side < 2; side++) {
                String typed = out[i + side];
                if (typedPlace[i + side]) {
                    continue;
                }
                for (String c : VietnameseConfusions.of(VietnameseText.toNewStyle(typed.toLowerCase(Locale.ROOT)))) {
                    String word = SpellingCorrection.casedLike(typed, c);
                    String candidate = side == 0 ? word + " " + out[i + 1] : out[i] + " " + word;
                    long n = TypedPhrases.articlesWriting(searcher, analysis, Role.EXACT, candidate);
                    if (n > bestCount) {
                        best = word;
                        bestAt = i + side;
                        bestCount = n;
                    }
                }
            }
            if (best != null) {
                out[bestAt] = best;
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : "";
    }
}
