package vn.khotin.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.khotin.analysis.IndexTokens;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Fields;

/**
 * The terms of the catch-all matching field ({@link Fields#CATCH_ALL}) of one article, in one analysis role: each
 * distinct term of all text fields once, with a term frequency that adds up its occurrences, each weighted by its
 * field's weight. Indexed without positions (Lucene refuses custom frequencies with them), so phrases stay on the
 * per-field fields.
 *
 * <p>The exact terms are those of the exact chain the per-field fields are indexed with (read from the same
 * {@link IndexTokens} the fields replay), so that a word matches here exactly the articles it matches in some
 * field. The folded terms are the exact ones folded: the folded chain is the exact chain followed by the same
 * character folding ({@code VietnameseFoldingFilter}), so one tokenization gives both.
 */
final class CatchAllTerms {

    /** Both roles' terms of one article. */
    record Both(CatchAllTerms exact, CatchAllTerms folded) {}

    /** Docs and frequencies only: custom (weighted) frequencies cannot be indexed with positions. */
    private static final FieldType TYPE = fieldType();

    /** Term → weighted frequency; keys looked up without allocating, one String per distinct term. */
    private final CharArrayMap<int[]> frequencies = new CharArrayMap<>(256, false);

    private CatchAllTerms() {}

    private static FieldType fieldType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /**
     * Adds an article's catch-all fields, accents kept and folded, to its document (none for an article without
     * text).
     *
     * @param textsByField the tokens of the article's text fields, by base field name ({@link Fields#TEXT})
     */
    static void addFields(Document doc, Map<String, IndexTokens> textsByField) {
        Both terms = of(textsByField);
        if (!terms.exact().isEmpty()) {
            doc.add(new Field(Role.EXACT.field(Fields.CATCH_ALL), terms.exact().tokenStream(), TYPE));
            doc.add(new Field(Role.FOLDED.field(Fields.CATCH_ALL), terms.folded().tokenStream(), TYPE));
        }
    }

    /**
     * Collects the exact-role terms of the given texts' tokens, keyed by base text field name
     * ({@link Fields#TEXT}), and their folded forms.
     */
    static Both of(Map<String, IndexTokens> textsByField) {
        CatchAllTerms exact = new CatchAllTerms();
        for (Fields.TextFieldSpec spec : Fields.TEXT) {
            IndexTokens tokens = textsByField.get(spec.name());
            if (tokens == null) {
                continue;
            }
            int weight = Math.max(1, Math.round(spec.weight() * Fields.CATCH_ALL_FREQUENCY));
            tokens.forEachExactTerm((buffer, offset, length) -> exact.add(buffer, offset, length, weight));
        }
        CatchAllTerms folded = new CatchAllTerms();
        CharArrayMap<int[]>.EntryIterator terms = exact.frequencies.entrySet().iterator();
        char[] buffer = new char[32];
        while (terms.hasNext()) {
            char[] term = terms.nextKey();
            if (buffer.length < term.length) {
                buffer = new char[term.length];
            }
            System.arraycopy(term, 0, buffer, 0, term.length);
            VietnameseText.fold(buffer, 0, term.length);
            folded.add(buffer, 0, term.length, terms.currentValue()[0]);
        }
        return new Both(exact, folded);
    }

    private void add(char[] buffer, int offset, int length, int weight) {
        int[] count = frequencies.get(buffer, offset, length);
        if (count == null) {
            frequencies.put(new String(buffer, offset, length), new int[] {weight});
        } else {
            count[0] += weight;
        }
    }

    /** Whether there is no term (an article without text). */
    boolean isEmpty() {
        return frequencies.isEmpty();
    }

    /** The weighted frequency of a term (0 when absent). */
    int frequency(String term) {
        int[] count = frequencies.get(term);
        return count == null ? 0 : count[0];
    }

    /** The number of distinct terms. */
    int size() {
        return frequencies.size();
    }

    /** The terms as a token stream: one token per distinct term, carrying its weighted frequency. */
    TokenStream tokenStream() {
        return new WeightedTokens(frequencies);
    }

    private static final class WeightedTokens extends TokenStream {
        private final CharArrayMap<int[]> frequencies;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private CharArrayMap<int[]>.EntryIterator next;

        WeightedTokens(CharArrayMap<int[]> frequencies) {
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
            char[] key = next.nextKey();
            term.copyBuffer(key, 0, key.length);
            frequency.setTermFrequency(next.currentValue()[0]);
            return true;
        }
    }
}
