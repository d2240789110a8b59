package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * The catch-all field weighs each occurrence by its field, so that BM25 over it ranks as the weighted fields do:
 * a word in the title counts four times a word in the body, a caption's half as much.
 */
class CatchAllTermsTest {

    static final Map<String, String> TEXTS = Map.of("title", "Mưa lũ ở Kỳ Anh", "sapo", "Mưa lớn kéo dài.",
            "body", "Mưa lũ gây ngập. Nước lũ dâng cao.", "captions", "Ảnh: lũ về");

    @Test
    void eachOccurrenceCountsItsFieldsWeight() {
        CatchAllTerms exact = CatchAllTerms.of(TextAnalysis.get().indexAnalyzer(), Role.EXACT, TEXTS);
        // title 8 + sapo 4 + body 2 per occurrence, captions 1
        assertThat(exact.frequency("mưa")).isEqualTo(8 + 4 + 2);
        assertThat(exact.frequency("lũ")).isEqualTo(8 + 2 * 2 + 1);
        assertThat(exact.frequency("ảnh")).isEqualTo(1);
        assertThat(exact.frequency("mua")).isZero();
    }

    @Test
    void theFoldedFormsAreCountedTogether() {
        CatchAllTerms folded = CatchAllTerms.of(TextAnalysis.get().indexAnalyzer(), Role.FOLDED,
                Map.of("title", "Mưa mua", "body", "múa"));
        assertThat(folded.frequency("mua")).isEqualTo(8 + 8 + 2);
        assertThat(folded.frequency("mưa")).isZero();
    }
}
