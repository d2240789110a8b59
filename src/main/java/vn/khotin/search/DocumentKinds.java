package vn.khotin.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the compile stage ({@link QueryCompiler}): the kind of a legal document typed alone ("NĐ-CP", "QĐ-UBND",
 * "TT-BTC"), which articles write at the end of the document's code ("100/2019/NĐ-CP"), indexed as one term. As
 * the word's pieces side by side it found the 4 articles of 82,137 that write the kind on its own, and said that
 * no article wrote "NĐ-CP" on the 1,500-article demo, where 7 do inside a code. The kind also matches every code
 * that ends with it. Stateless.
 */
final class DocumentKinds {

    /** The folded first piece of a document kind's code: decree, resolution, decision, circular, directive … */
    private static final Set<String> KIND_PIECES = Set.of("nd", "nq", "qd", "tt", "ttlt", "ct", "tb", "kh", "cv",
            "cd", "kl", "bc", "hd");

    /** A kind's code: its kind, then one to three issuers ("NĐ-CP", "QĐ-TTg", "TTLT-BTC-BYT", "NQ-HĐND"). */
    private static final Pattern KIND_CODE = Pattern.compile("\\p{L}{2,4}(-[\\p{L}&]{1,8}){1,3}");

    private DocumentKinds() {}

    /**
     * The end of the codes a word typed as a document's kind stands for ("NĐ-CP" → "/nđ-cp", "nd-cp" → "/nd-cp":
     * folded when typed without diacritics), as the index writes them; null for any other word.
     */
    static String codeEnding(String word) {
        if (word.length() > 40 || !KIND_CODE.matcher(word).matches()) {
            return null;
        }
        String lower = VietnameseText.toNewStyle(word.toLowerCase(Locale.ROOT));
        String folded = VietnameseText.fold(lower);
        if (!KIND_PIECES.contains(folded.substring(0, folded.indexOf('-')))) {
            return null;
        }
        return "/" + (VietnameseText.hasDiacritics(word) ? lower : folded);
    }

    /**
     * The codes in {@code field} that a word typed begins ("100/2019", {@link CodeWords#documentNumber}) or ends
     * ("NĐ-CP", {@link #codeEnding}); null for any other word.
     */
    static Query codesOf(String field, String word) {
        String prefix = CodeWords.documentNumber(word);
        if (prefix != null) {
            return new PrefixQuery(new Term(field, prefix));
        }
        String ending = codeEnding(word);
        return ending == null ? null : codesEnding(field, ending);
    }

    /** Whether a word typed stands for the codes it begins or ends ({@link #codesOf}). */
    static boolean partOfCodes(String word) {
        return CodeWords.documentNumber(word) != null || codeEnding(word) != null;
    }

    /** The articles with a code in {@code field} that ends with {@code ending} ({@link #codeEnding}). */
    static Query codesEnding(String field, String ending) {
        return new AutomatonQuery(new Term(field, ending), automaton(ending));
    }

    /** Whether some article of {@code reader} has in {@code field} a code that ends with {@code ending}. */
    static boolean written(IndexReader reader, String field, String ending) throws IOException {
        CompiledAutomaton compiled = new CompiledAutomaton(automaton(ending));
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms != null && compiled.getTermsEnum(terms).next() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A digit, anything, then the ending: codes begin with their number, so only the terms that begin with a digit
     * are visited (about a third of a body field's terms).
     */
    private static Automaton automaton(String ending) {
        Automaton a = Operations.concatenate(List.of(Automata.makeCharRange('0', '9'), Automata.makeAnyString(),
                Automata.makeString(ending)));
        return Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }
}
