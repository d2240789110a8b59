package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): the words of several syllables that a query's words typed with
 * accents form ("sai phạm tuyển dụng giáo viên" → sai_phạm, tuyển_dụng, giáo_viên), each as a filter that an
 * article writes it as one word (its syllables side by side) in the title, sapo or body. A Vietnamese word is
 * most often two syllables: an article that has every syllable of the query, scattered through a long body, does
 * not have every word. Stateless.
 */
final class WholeWords {

    private WholeWords() {}

    /**
     * The filters of the lexicon words and names of the runs of accented words among {@code units} (words typed
     * without accents, abbreviations and mistyped pairs break a run and are not looked up); empty if none.
     */
    static List<Query> filters(TextAnalysis analysis, List<Unit> units) {
        Set<String> words = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind() == Kind.WORD && u.accented()) {
                run.add(u.text());
            } else {
                addWords(analysis, run, words);
                run.clear();
            }
        }
        addWords(analysis, run, words);
        List<Query> out = new ArrayList<>();
        for (String w : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String base : UnitQueries.TEXT_BASES) {
                anyField.add(new TermQuery(new Term(Role.WORDS.field(base), w)), Occur.SHOULD);
            }
            out.add(anyField.build());
        }
        return out;
    }

    private static void addWords(TextAnalysis analysis, List<String> run, Set<String> words) {
        if (run.size() < 2) {
            return;
        }
        try (TokenStream ts = analysis.vietnamese().indexAnalyzer(Role.WORDS).tokenStream(
                Role.WORDS.field(UnitQueries.TEXT_BASES.get(0)), String.join(" ", run))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = type.type();
                if (t.equals(VietnameseWordFilter.WORD) || t.equals(VietnameseWordFilter.NAME)) {
                    words.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            // The analyzer reads a String: no I/O can fail.
            throw new UncheckedIOException(e);
        }
    }
}
