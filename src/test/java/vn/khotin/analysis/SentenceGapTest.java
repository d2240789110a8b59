package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.analysis.TokenAssert.assertAnalyzesTo;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer leaves {@link VietnameseTokenizer#SENTENCE_GAP} empty positions between sentences, so that no phrase
 * or proximity match joins the last word of one sentence to the first of the next: a photo credit after a sentence
 * ("… Hoa Kỳ. Ảnh: Reuters") made {@code ky anh} find articles about America. A full stop after an abbreviation
 * or an initial is not a sentence end.
 */
class SentenceGapTest {

    private static final int GAP = VietnameseTokenizer.SENTENCE_GAP;

    private static final Analyzer TOKENIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new VietnameseTokenizer());
        }
    };

    private static void positions(String text, String[] terms, int[] positions) {
        assertAnalyzesTo(TOKENIZER, text, terms, null, null, positions, null, null);
    }

    @Test
    void aSentenceEndLeavesAGap() {
        positions("tại Hoa Kỳ. Ảnh: Reuters", new String[] {"tại", "Hoa", "Kỳ", "Ảnh", "Reuters"},
                new int[] {0, 1, 2, 3 + GAP, 4 + GAP});
        positions("Có cứu được không? Bác sĩ nói", new String[] {"Có", "cứu", "được", "không", "Bác", "sĩ", "nói"},
                new int[] {0, 1, 2, 3, 4 + GAP, 5 + GAP, 6 + GAP});
        positions("năm 2020. 15 người", new String[] {"năm", "2020", "15", "người"}, new int[] {0, 1, 2 + GAP, 3 + GAP});
    }

    @Test
    void aParagraphBreakLeavesAGap() {
        positions("mưa lớn\nlũ về", new String[] {"mưa", "lớn", "lũ", "về"}, new int[] {0, 1, 2 + GAP, 3 + GAP});
    }

    @Test
    void aFullStopAfterAnAbbreviationOrAnInitialIsNoSentenceEnd() {
        positions("TP. Hà Tĩnh", new String[] {"TP", "Hà", "Tĩnh"}, new int[] {0, 1, 2});
        positions("ThS. Lê Văn An", new String[] {"ThS", "Lê", "Văn", "An"}, new int[] {0, 1, 2, 3});
        positions("Tp. Vinh", new String[] {"Tp", "Vinh"}, new int[] {0, 1});
        positions("ông Nguyễn V. An", new String[] {"ông", "Nguyễn", "V", "An"}, new int[] {0, 1, 2, 3});
    }

    @Test
    void punctuationWithinASentenceLeavesNoGap() {
        positions("Hà Tĩnh, Nghệ An: mưa", new String[] {"Hà", "Tĩnh", "Nghệ", "An", "mưa"}, new int[] {0, 1, 2, 3, 4});
        positions("cao tốc Bắc - Nam", new String[] {"cao", "tốc", "Bắc", "Nam"}, new int[] {0, 1, 2, 3});
        // an exclamation quoted inside a sentence: the sentence goes on in lower case
        positions("\"Cứu!\" anh hét", new String[] {"Cứu", "anh", "hét"}, new int[] {0, 1, 2});
    }

    @Test
    void offsetsAreUnchanged() {
        var tokens = TokenAssert.tokens(TOKENIZER, "Hoa Kỳ. Ảnh");
        assertThat(tokens.get(2).startOffset()).isEqualTo(8);
        assertThat(tokens.get(2).endOffset()).isEqualTo(11);
    }
}
