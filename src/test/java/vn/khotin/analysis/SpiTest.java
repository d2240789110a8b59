package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class SpiTest {

    @Test
    void factoriesAreRegisteredByName() {
        assertThat(CharFilterFactory.availableCharFilters()).contains(VietnameseNormalizationCharFilterFactory.NAME);
        assertThat(TokenizerFactory.availableTokenizers()).contains(VietnameseTokenizerFactory.NAME);
        assertThat(TokenFilterFactory.availableTokenFilters()).contains(VietnameseToneFilterFactory.NAME,
                VietnameseFoldingFilterFactory.NAME, VietnameseWordFilterFactory.NAME,
                VietnameseAbbreviationFilterFactory.NAME, VietnameseQueryStopFilterFactory.NAME, VietnameseTelexFilterFactory.NAME);
    }

    @Test
    void customAnalyzerBuildsTheChainFromSpiNames() throws Exception {
        CustomAnalyzer folded = CustomAnalyzer.builder()
                .addCharFilter("vietnameseNormalization")
                .withTokenizer("vietnamese")
                .addTokenFilter("lowercase")
                .addTokenFilter("vietnameseTone")
                .addTokenFilter("vietnameseFolding")
                .build();
        assertThat(TokenAssert.terms(folded, "Hoà bình ở Đức Thọ")).containsExactly("hoa", "binh", "o", "duc", "tho");

        CustomAnalyzer words = CustomAnalyzer.builder()
                .withTokenizer("vietnamese")
                .addTokenFilter("vietnameseWord", "mode", "lexicon")
                .addTokenFilter("lowercase")
                .build();
        assertThat(TokenAssert.terms(words, "thành phố Hà Tĩnh")).containsExactly("thành_phố", "hà_tĩnh");

        CustomAnalyzer query = CustomAnalyzer.builder()
                .withTokenizer("vietnamese")
                .addTokenFilter("lowercase")
                .addTokenFilter("vietnameseTone")
                .addTokenFilter("vietnameseAbbreviation")
                .addTokenFilter("vietnameseQueryStop")
                .build();
        List<String> terms = TokenAssert.terms(query, "UBND của tỉnh");
        assertThat(terms).contains("ubnd", "ủy", "tỉnh").doesNotContain("của");
    }
}
