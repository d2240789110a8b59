package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * Indexing runs each text's exact chain once and replays it for the exact and folded roles: the replay must index
 * exactly what each role's own analyzer would (terms, offsets, positions, types, flags and the end state that sets the field's length), or
 * a reindex would silently change what searches find.
 */
class IndexTokensTest {

    static final VietnameseAnalysis V = VietnameseAnalysis.create();

    @Property(tries = 300)
    void theExactAndFoldedRolesReplayWhatTheirAnalyzersGive(@ForAll("vietnamese") String text) {
        assertSameAsAnalyzers(text);
    }

    @Test
    void theSampleArticlesIndexTheSameTokensAsBefore() throws IOException {
        int texts = 0;
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IndexTokensTest.class.getResourceAsStream("/vn/khotin/replica/samples.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode article = json.readTree(line);
                for (String field : List.of("title", "sapo", "body", "bodyText")) {
                    JsonNode value = article.get(field);
                    if (value != null && value.isTextual() && !value.asText().isEmpty()) {
                        assertSameAsAnalyzers(value.asText());
                        texts++;
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(60);
    }

    @Test
    void oldTonesCapitalsCodesAndAbbreviationsKeepTheirForms() {
        String text = "UBND TP. Hà Tĩnh: Hoà hợp, ĐẢNG ỦY thuỷ lợi QL8A 1/7/2017 bbt@baohatinh.vn Nguyễn Văn A";
        IndexTokens tokens = V.indexTokens(text);
        assertThat(terms(tokens.exact())).contains("ubnd", "hòa", "đảng", "ủy", "thủy", "ql8a");
        assertThat(terms(tokens.folded())).contains("hoa", "dang", "uy", "thuy", "ha", "tinh");
        assertSameAsAnalyzers(text);
        assertSameAsAnalyzers("");
    }

    private static void assertSameAsAnalyzers(String text) {
        IndexTokens tokens = V.indexTokens(text);
        for (Role role : List.of(Role.EXACT, Role.FOLDED)) {
            List<String> expected;
            try (TokenStream ts = V.indexAnalyzer(role).tokenStream(role.field("body"), text)) {
                expected = dump(ts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(dump(role == Role.EXACT ? tokens.exact() : tokens.folded())).as("%s of [%s]", role, text)
                    .isEqualTo(expected);
        }
    }

    /** Each token's attributes as the indexer reads them, then the state after {@code end()}. */
    private static List<String> dump(TokenStream ts) {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
        try {
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offsets.startOffset() + "-" + offsets.endOffset() + " +"
                        + increment.getPositionIncrement() + " len " + length.getPositionLength() + " "
                        + type.type() + " flags " + flags.getFlags());
            }
            ts.end();
            out.add("end " + offsets.startOffset() + "-" + offsets.endOffset() + " +" + increment.getPositionIncrement());
            ts.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> terms(TokenStream ts) {
        List<String> out = new ArrayList<>();
        for (String line : dump(ts)) {
            if (!line.startsWith("end ")) {
                out.add(line.substring(0, line.indexOf(' ')));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<String> piece = Arbitraries.of(OffsetsPropertyTest.PIECES);
        Arbitrary<String> sep = Arbitraries.of(OffsetsPropertyTest.SEPARATORS);
        return piece.list().ofMinSize(0).ofMaxSize(40).flatMap(ps -> sep.list().ofSize(ps.size()).flatMap(
                ss -> Arbitraries.of(Normalizer.Form.NFC, Normalizer.Form.NFD).map(form -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        b.append(Normalizer.normalize(ps.get(i), form)).append(ss.get(i));
                    }
                    return b.toString();
                })));
    }
}
