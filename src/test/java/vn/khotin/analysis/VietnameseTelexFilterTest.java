package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class VietnameseTelexFilterTest {

    private static CustomAnalyzer chain(boolean folded) throws Exception {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                .addCharFilter("vietnameseNormalization")
                .withTokenizer("vietnamese")
                .addTokenFilter("lowercase")
                .addTokenFilter("vietnameseTone");
        if (folded) {
            b.addTokenFilter("vietnameseFolding");
        }
        return b.addTokenFilter("vietnameseTelex", "folded", Boolean.toString(folded)).build();
    }

    @Test
    void telexWordsGetTheirSyllableStackedAtTheSamePosition() throws Exception {
        List<AnalyzedToken> tokens = TokenAssert.tokens(chain(false), "hoaf binhf");
        assertThat(tokens).extracting(AnalyzedToken::term).containsExactly("hoaf", "hòa", "binhf", "bình");
        assertThat(tokens).extracting(AnalyzedToken::position).containsExactly(0, 0, 1, 1);
        assertThat(tokens.get(1).type()).isEqualTo(VietnameseTelexFilter.TYPE);
        assertThat(tokens.get(1).startOffset()).isEqualTo(tokens.get(0).startOffset());
    }

    @Test
    void theFoldedChainStacksTheFoldedSyllable() throws Exception {
        assertThat(TokenAssert.terms(chain(true), "Hoaf binhf")).containsExactly("hoaf", "hoa", "binhf", "binh");
    }

    @Test
    void syllablesUnaccentedWordsAndEnglishPassAlone() throws Exception {
        assertThat(TokenAssert.terms(chain(false), "hòa bình ha tinh the")).containsExactly("hòa", "bình", "ha",
                "tinh", "the");
    }
}
