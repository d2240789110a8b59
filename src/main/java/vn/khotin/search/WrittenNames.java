package vn.khotin.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Fields;

/**
 * Part of the suggest stage: a capitalised word typed beside another capitalised word, forming with it a name the
 * archive writes ("Khe Mây", a stream and eco-tourism site of Hương Khê, in a few articles of 82,137), is meant as
 * typed, however rare, unless the replacement makes a name written far more often ("Sơn Chà", a slip in five
 * articles, is "Sơn Trà", in 376). The spelling check had made "cam Khe Mây" into "cam Khi Mây", because "khe" is
 * rare and "khi" goes with everything. The same evidence, two words written side by side in some article, keeps an
 * accent restoration to the words it can support ({@link #keepingPairedWords}). Stateless.
 */
final class WrittenNames {

    /** A replacement's name must be written in this many times as many articles as the typed name. */
    static final int REPLACEMENT_RATIO = 10;

    private WrittenNames() {}

    /**
     * Whether replacing {@code words[wi]} by {@code replacement} would unmake a name the archive writes: the word
     * and a capitalised neighbour are written as one name in some article's text, and the replacement with that
     * neighbour is not written in {@link #REPLACEMENT_RATIO} times as many.
     */
    static boolean keeps(IndexReader reader, String[] words, int wi, String replacement) throws IOException {
        if (!capitalised(words[wi])) {
            return false;
        }
        for (int other : new int[] {wi - 1, wi + 1}) {
            if (other < 0 || other >= words.length || !capitalised(words[other])) {
                continue;
            }
            boolean before = other < wi;
            long typed = written(reader, before ? words[other] : words[wi], before ? words[wi] : words[other]);
            if (typed > 0 && written(reader, before ? words[other] : replacement, before ? replacement : words[other])
                    < (long) REPLACEMENT_RATIO * typed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The restoration with each word it changed put back as typed unless the archive writes it, as restored,
     * beside a neighbour: otherwise the restoration only guessed that word's most frequent accented form
     * ("dinh nho liem", a name the archive lacks, was offered as "định nhờ liêm"; "tiec ma tuy" as "tiếc ma
     * túy", regret for party). A restoration of one word has no neighbour to ask and is kept. The typed text if
     * the two texts differ in their number of words.
     */
    static String keepingPairedWords(IndexReader reader, String typed, String restored) throws IOException {
        String[] before = typed.strip().split("\\s+");
        String[] after = restored.strip().split("\\s+");
        if (before.length != after.length) {
            return typed;
        }
        if (after.length < 2) {
            return restored;
        }
        String[] kept = after.clone();
        for (int i = 0; i < after.length; i++) {
            boolean paired = after[i].equals(before[i])
                    || (i > 0 && written(reader, after[i - 1], after[i]) > 0)
                    || (i + 1 < after.length && written(reader, after[i], after[i + 1]) > 0);
            if (!paired) {
                kept[i] = before[i];
            }
        }
        return String.join(" ", kept);
    }

    /** The most articles writing two words as one name or word in one of the text fields. */
    static long written(IndexReader reader, String first, String second) throws IOException {
        String pair = VietnameseText.toNewStyle((first + "_" + second).toLowerCase(Locale.ROOT));
        long most = 0;
        for (String base : UnitQueries.TEXT_BASES) {
            most = Math.max(most, reader.docFreq(new Term(Role.WORDS.field(base), pair)));
        }
        return most;
    }

    /**
     * How many articles write a completion of one or two words as it is spelt ("Hà Nội"): one word anywhere, two as
     * one name or word in a title, sapo or body; {@code otherwise} for a longer one. A completion used to carry how
     * often titles and sapos write it, which the search contradicted (116 against 236 articles).
     */
    static long articlesWriting(IndexSearcher searcher, String text, long otherwise) throws IOException {
        String[] words = VietnameseText.toNewStyle(text.strip().toLowerCase(Locale.ROOT)).split("\\s+");
        if (words.length == 1) {
            String all = Role.EXACT.field(Fields.CATCH_ALL);
            String field = searcher.getIndexReader().getDocCount(all) > 0 ? all : ArticleSchema.BODY;
            return searcher.getIndexReader().docFreq(new Term(field, words[0]));
        }
        if (words.length > 2) {
            return otherwise;
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String base : UnitQueries.TEXT_BASES) {
            anyField.add(new TermQuery(new Term(Role.WORDS.field(base), words[0] + "_" + words[1])), Occur.SHOULD);
        }
        return searcher.count(anyField.build());
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).noneMatch(Character::isUpperCase);
    }
}
