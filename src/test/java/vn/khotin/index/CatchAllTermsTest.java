package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.IndexTokens;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * The catch-all field weighs each occurrence by its field, so that BM25 over it ranks as the weighted fields do:
 * a word in the title counts four times a word in the body, a caption's half as much. Its terms are exactly those
 * of the per-field fields, so that a word matches the same articles in both.
 */
class CatchAllTermsTest {

    static final Analyzer ANALYZER = TextAnalysis.get().indexAnalyzer();

    static final Map<String, String> TEXTS = Map.of("title", "Mưa lũ ở Kỳ Anh", "sapo", "Mưa lớn kéo dài.",
            "body", "Mưa lũ gây ngập. Nước lũ dâng cao.", "captions", "Ảnh: lũ về");

    /** Old and new tone placement, capitals, Đ, codes, numbers, abbreviations, punctuation. */
    static final Map<String, String> MIXED = Map.of("title", "UBND TP. Hà Tĩnh: Hoà hợp, hòa bình; ĐẢNG ỦY",
            "sapo", "QL8A, Su-30MK2 và U23 Việt Nam (2018) — 1/7/2017, 10kg thịt lợn.",
            "body", "Khuyến khích thuỷ sản; thủy lợi. Ông Nguyễn Văn A nói: \"Đường 70% đã xong\".",
            "captions", "Ảnh: Thu Trang");

    @Test
    void eachOccurrenceCountsItsFieldsWeight() {
        CatchAllTerms exact = CatchAllTerms.of(tokens(TEXTS)).exact();
        // title 8 + sapo 4 + body 2 per occurrence, captions 1
        assertThat(exact.frequency("mưa")).isEqualTo(8 + 4 + 2);
        assertThat(exact.frequency("lũ")).isEqualTo(8 + 2 * 2 + 1);
        assertThat(exact.frequency("ảnh")).isEqualTo(1);
        assertThat(exact.frequency("mua")).isZero();
    }

    @Test
    void theFoldedFormsAreCountedTogether() {
        CatchAllTerms folded = CatchAllTerms.of(tokens(Map.of("title", "Mưa mua", "body", "múa"))).folded();
        assertThat(folded.frequency("mua")).isEqualTo(8 + 8 + 2);
        assertThat(folded.frequency("mưa")).isZero();
    }

    @Test
    void theTermsAreThoseOfTheFieldsOwnChains() throws Exception {
        CatchAllTerms.Both both = CatchAllTerms.of(tokens(MIXED));
        for (Role role : new Role[] {Role.EXACT, Role.FOLDED}) {
            Map<String, Integer> expected = new HashMap<>();
            MIXED.forEach((field, text) -> {
                int weight = switch (field) {
                    case "title" -> 8;
                    case "sapo" -> 4;
                    case "body" -> 2;
                    default -> 1;
                };
                for (String t : terms(role.field(field), text)) {
                    expected.merge(t, weight, Integer::sum);
                }
            });
            CatchAllTerms actual = role == Role.EXACT ? both.exact() : both.folded();
            assertThat(actual.size()).as(role.name()).isEqualTo(expected.size());
            expected.forEach((t, f) -> assertThat(actual.frequency(t)).as(role + " " + t).isEqualTo(f));
        }
    }

    private static Map<String, IndexTokens> tokens(Map<String, String> texts) {
        Map<String, IndexTokens> out = new HashMap<>();
        texts.forEach((field, text) -> out.put(field, TextAnalysis.get().vietnamese().indexTokens(text)));
        return out;
    }

    private static java.util.List<String> terms(String field, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
