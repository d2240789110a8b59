package vn.khotin.search;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage: a spelling correction checked against the phrases the archive writes. The word
 * statistics that propose corrections see pairs in titles and sapos only; a phrase written in bodies alone looked
 * like a slip there, and "đại thi hào Nguyễn Du" (the great poet) was corrected to "đại thi vào Nguyễn Du", which
 * no article writes. A correction is kept only if each word it changes, with the words on either side, is written
 * in at least as many articles as the words typed there. Stateless.
 */
final class TypedPhrases {

    private TypedPhrases() {}

    /**
     * Whether some word {@code corrected} changes reads, with its neighbours, in more articles as typed than as
     * corrected (any text field; accents compared when the typed query has any, folded otherwise). False when
     * the two texts differ in their number of words or have one word.
     */
    static boolean typedWrittenMore(IndexSearcher searcher, TextAnalysis analysis, String typed, String corrected)
            throws IOException {
        String[] before = typed.strip().split("\\s+");
        String[] after = corrected.strip().split("\\s+");
        if (before.length != after.length || before.length < 2) {
            return false;
        }
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        for (int i = 0; i < after.length; i++) {
            if (after[i].equals(before[i])) {
                continue;
            }
            int from = Math.max(0, i - 1);
            int to = Math.min(after.length, i + 2);
            long typedCount = articlesWriting(searcher, analysis, role, join(before, from, to));
            if (typedCount > 0 && typedCount > articlesWriting(searcher, analysis, role, join(after, from, to))) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }

    /**
     * The articles writing the text's syllables side by side in one of the text fields; none when the text analyses
     * to fewer than two syllables.
     */
    private static long articlesWriting(IndexSearcher searcher, TextAnalysis analysis, Role role, String text)
            throws IOException {
        QueryBuilder syllables = new QueryBuilder(analysis.indexAnalyzer());
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String base : UnitQueries.TEXT_BASES) {
            if (!(syllables.createPhraseQuery(role.field(base), text) instanceof PhraseQuery phrase)) {
                return 0;
            }
            anyField.add(phrase, Occur.SHOULD);
        }
        return searcher.count(anyField.build());
    }
}
