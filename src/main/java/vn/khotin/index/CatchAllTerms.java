package vn.khotin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.model.Fields;

/**
 * The terms of the catch-all matching field ({@link Fields#CATCH_ALL}) of one article and one analysis role: each
 * distinct term of all text fields once, with a term frequency that adds up its occurrences, each weighted by its
 * field's weight. Indexed without positions (Lucene refuses custom frequencies with them), so phrases stay on the
 * per-field fields.
 *
 * <p>The terms are those of the role's own analysis chain, the one the per-field fields are indexed with, so that a
 * word matches here exactly the articles it matches in some field.
 */
final class CatchAllTerms {

    private final Map<String, Integer> frequencies = new LinkedHashMap<>();

    private CatchAllTerms() {}

    /**
     * Collects the terms of the given texts, keyed by base text field name ({@link Fields#TEXT}), analyzed with
     * {@code role}'s chain.
     */
    static CatchAllTerms of(Analyzer analyzer, Role role, Map<String, String> textsByField) {
        CatchAllTerms out = new CatchAllTerms();
        for (Fields.TextFieldSpec spec : Fields.TEXT) {
            String text = textsByField.get(spec.name());
            if (text == null || text.isEmpty()) {
                continue;
            }
            int weight = Math.max(1, Math.round(spec.weight() * Fields.CATCH_ALL_FREQUENCY));
            out.add(analyzer, role.field(spec.name()), text, weight);
        }
        return out;
    }

    private void add(Analyzer analyzer, String field, String text, int weight) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                frequencies.merge(term.toString(), weight, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            // Analysis reads a String: no I/O can fail.
            throw new UncheckedIOException(e);
        }
    }

    /** Whether there is no term (an article without text). */
    boolean isEmpty() {
        return frequencies.isEmpty();
    }

    /** The weighted frequency of a term (0 when absent). */
    int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }

    /** The terms as a token stream: one token per distinct term, carrying its weighted frequency. */
    TokenStream tokenStream() {
        return new WeightedTokens(frequencies);
    }

    private static final class WeightedTokens extends TokenStream {
        private final Map<String, Integer> frequencies;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private Iterator<Map.Entry<String, Integer>> next;

        WeightedTokens(Map<String, Integer> frequencies) {
            this.frequencies = frequencies;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = frequencies.entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            if (next == null || !next.hasNext()) {
                return false;
            }
            clearAttributes();
            Map.Entry<String, Integer> e = next.next();
            term.setEmpty().append(e.getKey());
            frequency.setTermFrequency(e.getValue());
            return true;
        }
    }
}
