package vn.khotin.search;

import static vn.khotin.analysis.VietnameseText.capitalised;

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

    /** How many times as often a correction's word pair must be written as the typed one to settle a tie. */
    static final int FAR_MORE = 10;

    private TypedPhrases() {}

    /**
     * Whether some word {@code corrected} changes reads, with its neighbours or with either of them, in more articles
     * as typed than as corrected (any text field; accents compared when the typed query has any, folded otherwise).
     * False when the two texts differ in their number of words or have one word.
     */
    static boolean typedWrittenMore(IndexSearcher searcher, TextAnalysis analysis, String typed, String corrected)
            throws IOException {
        WordChanges c = WordChanges.of(typed, corrected);
        if (c == null || c.before().length < 2) {
            return false;
        }
        String[] before = c.before();
        String[] after = c.after();
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        for (int i : c.changed()) {
            // the word with both its neighbours, then with each: "dân trúng sò" (a fisherman's lucky catch of
            // clams) is written nowhere, nor is "dân trung sò", but "trúng sò" is, and "trung sò" is not
            int from = Math.max(0, i - 1);
            int to = Math.min(after.length, i + 2);
            // the widest window either text writes decides: "dân Nghe An" (people listen) is written less than
            // "dân Nghệ An", though "dân nghe" far more than "dân Nghệ"
            if (to - from == 3) {
                long typedCount = articlesWriting(searcher, analysis, role, WordChanges.join(before, from, to));
                long correctedCount = articlesWriting(searcher, analysis, role, WordChanges.join(after, from, to));
                if (typedCount > 0 || correctedCount > 0) {
                    if (typedCount > correctedCount) {
                        return true;
                    }
                    continue;
                }
            }
            int[][] windows = to - from == 3 ? new int[][] {{from, i + 1}, {i, to}} : new int[][] {{from, to}};
            for (int[] w : windows) {
                long typedCount = articlesWriting(searcher, analysis, role, WordChanges.join(before, w[0], w[1]));
                if (typedCount > 0
                        && typedCount > articlesWriting(searcher, analysis, role, WordChanges.join(after, w[0], w[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether each word {@code corrected} changes is a word of a name (capitalised, not the query's first) written
     * beside one of its neighbours in at least {@link #FAR_MORE} times as many articles as the word typed there (at
     * least once in those): "Đức Thọ" (a district) against "Đức Thợ". Accents compared as in
     * {@link #typedWrittenMore}; false when the texts differ in their number of words, have one word, or are the
     * same.
     */
    static boolean correctedWrittenFarMore(IndexSearcher searcher, TextAnalysis analysis, String typed,
            String corrected) throws IOException {
        WordChanges c = WordChanges.of(typed, corrected);
        if (c == null || c.before().length < 2 || c.changed().length == 0) {
            return false;
        }
        String[] before = c.before();
        String[] after = c.after();
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        for (int i : c.changed()) {
            if (i == 0 || !capitalised(before[i])) {
                // a common word has common neighbours: "xã bắt" would be "đã bắt", "đánh đòn" "đánh còn"
                return false;
            }
            boolean farMore = false;
            for (int from = Math.max(0, i - 1); from <= i && from + 2 <= after.length && !farMore; from++) {
                farMore = pairWrittenFarMore(searcher, analysis, role, c, from);
            }
            if (!farMore) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether each word {@code corrected} changes is written beside one of its neighbours, as corrected, in some
     * article (accents compared as in {@link #typedWrittenMore}); true for a text of one word or of another length.
     * A correction no article writes with its neighbours is a guess from the word alone: "ăn no nê" (well fed) on the
     * 1,500-article demo was replaced by "ăn no lê", written nowhere (the pair statistics fold it with "nô lệ").
     */
    static boolean correctedWrittenBesideNeighbour(IndexSearcher searcher, TextAnalysis analysis, String typed,
            String corrected) throws IOException {
        WordChanges c = WordChanges.of(typed, corrected);
        if (c == null || c.before().length < 2) {
            return true;
        }
        String[] after = c.after();
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        for (int i : c.changed()) {
            boolean written = false;
            for (int from = Math.max(0, i - 1); from <= i && from + 2 <= after.length && !written; from++) {
                written = articlesWriting(searcher, analysis, role, WordChanges.join(after, from, from + 2)) > 0;
            }
            if (!written) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether each word {@code corrected} changes is written beside neither of its neighbours, as typed, in any
     * article (accents compared as in {@link #typedWrittenMore}): the typed word cannot be meant there, whatever the
     * corrected query finds. False for a text of one word or of another length, or when nothing changed.
     */
    static boolean typedWrittenNowhere(IndexSearcher searcher, TextAnalysis analysis, String typed, String corrected)
            throws IOException {
        WordChanges c = WordChanges.of(typed, corrected);
        if (c == null || c.before().length < 2 || c.changed().length == 0) {
            return false;
        }
        String[] before = c.before();
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        for (int i : c.changed()) {
            for (int from = Math.max(0, i - 1); from <= i && from + 2 <= before.length; from++) {
                if (articlesWriting(searcher, analysis, role, WordChanges.join(before, from, from + 2)) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a correction explains the pairs of neighbouring words the query as typed (almost) never writes: each
     * word it changes is written beside each neighbour, as corrected, in at least {@link #FAR_MORE} times as many
     * articles as typed, and every pair of neighbouring words of the corrected text is written in some article.
     * "cháy dừng" (fire-stop: 2 articles of 82,137, across a sentence's end) is "cháy rừng" (forest fire, 179); "bò
     * lỡ mồm long móng" is not "bỏ lỡ mồm long móng", where "lỡ mồm" is still written nowhere (the slip was "lỡ" for
     * "lở"). False for a text of one word or of another length.
     */
    static boolean correctionExplainsUnwrittenPairs(IndexSearcher searcher, TextAnalysis analysis, String typed,
            String corrected) throws IOException {
        WordChanges c = WordChanges.of(typed, corrected);
        if (c == null || c.before().length < 2 || c.changed().length == 0) {
            return false;
        }
        String[] after = c.after();
        Role role = TextAnalysis.isUnaccented(typed) ? Role.FOLDED : Role.EXACT;
        boolean[] checked = new boolean[after.length];
        for (int i : c.changed()) {
            for (int from = Math.max(0, i - 1); from <= i && from + 2 <= after.length; from++) {
                if (!pairWrittenFarMore(searcher, analysis, role, c, from)) {
                    return false;
                }
                checked[from] = true; // written far more, so written
            }
        }
        for (int from = 0; from + 2 <= after.length; from++) {
            if (!checked[from] && articlesWriting(searcher, analysis, role, WordChanges.join(after, from, from + 2))
                    == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the pair of words at {@code from} is written, as changed, in at least {@link #FAR_MORE} times as many
     * articles as typed (at least {@link #FAR_MORE}).
     */
    private static boolean pairWrittenFarMore(IndexSearcher searcher, TextAnalysis analysis, Role role,
            WordChanges c, int from) throws IOException {
        long typedCount = articlesWriting(searcher, analysis, role, WordChanges.join(c.before(), from, from + 2));
        long correctedCount = articlesWriting(searcher, analysis, role, WordChanges.join(c.after(), from, from + 2));
        return correctedCount >= FAR_MORE * Math.max(1, typedCount);
    }

    /**
     * The articles writing the text's syllables side by side in one of the text fields; none when the text analyses
     * to fewer than two syllables.
     */
    static long articlesWriting(IndexSearcher searcher, TextAnalysis analysis, Role role, String text)
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
