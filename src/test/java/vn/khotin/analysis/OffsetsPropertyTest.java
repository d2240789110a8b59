package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/** Every token's offsets slice the original text to the token's surface form, whatever the input form. */
class OffsetsPropertyTest {

    static final VietnameseAnalysis V = VietnameseAnalysis.create();

    static final List<String> PIECES = List.of("Hà", "Tĩnh", "hoà", "bình", "thuỷ", "lợi", "UBND", "HĐND", "TP",
            "thành", "phố", "Đảng", "ủy", "khoẻ", "nông", "thôn", "mới", "Võ", "Hồng", "Hải", "02-NQ/ThU",
            "1193-QĐ/TU", "28/2", "3/2/2021", "1.000", "2,5", "bbt@baohatinh.vn", "https://baohatinh.vn/x.html",
            "TP.HCM", "Covid-19", "không", "của", "Nghiêng", "người", "đường", "QL1A", "Thạch", "Hà");
    static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", "\n", "\u00A0", " \u200B", " (", ") ",
            " - ", "\u200B");

    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> sep = Arbitraries.of(SEPARATORS);
        return piece.list().ofMinSize(1).ofMaxSize(25).flatMap(ps -> sep.list().ofSize(ps.size()).flatMap(
                ss -> Arbitraries.of(Normalizer.Form.NFC, Normalizer.Form.NFD).map(form -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        b.append(Normalizer.normalize(ps.get(i), form)).append(ss.get(i));
                    }
                    return b.toString();
                })));
    }

    @Property(tries = 300)
    void offsetsSliceTheOriginalText(@ForAll("vietnamese") String text) {
        for (Role role : Role.values()) {
            boolean fold = role == Role.FOLDED || role == Role.WORDS_FOLDED;
            int lastPos = -1;
            for (AnalyzedToken t : AnalyzedToken.analyze(V.indexAnalyzer(role), "f", text)) {
                assertThat(t.startOffset()).isBetween(0, t.endOffset());
                assertThat(t.endOffset()).isLessThanOrEqualTo(text.length());
                assertThat(t.position()).isGreaterThanOrEqualTo(lastPos);
                lastPos = t.position();
                String slice = text.substring(t.startOffset(), t.endOffset());
                if (role == Role.EXACT || role == Role.FOLDED) {
                    assertThat(surface(slice, fold)).as("%s token %s in [%s]", role, t, text).isEqualTo(t.term());
                } else {
                    // a unit: its syllables, joined by '_' (or the dash joiner across a dash alone), appear in order
                    // and fill the slice end to end
                    String s = surface(slice, fold);
                    String[] parts = t.term().split("[_" + VietnameseWordFilter.SOFT_BREAK_JOINER + "]");
                    assertThat(s).as("%s token %s in [%s]", role, t, text).startsWith(parts[0])
                            .endsWith(parts[parts.length - 1]);
                    int at = 0;
                    for (String p : parts) {
                        int i = s.indexOf(p, at);
                        assertThat(i).as("%s in %s", p, s).isGreaterThanOrEqualTo(0);
                        assertThat(s.substring(at, i)).as("gap before %s in %s", p, s).matches("[^\\p{L}\\p{N}]*");
                        at = i + p.length();
                    }
                }
            }
        }
    }

    /** What the analyzer should make of a slice: NFC, invisible chars gone, lower case, new tone style. */
    static String surface(String slice, boolean fold) {
        String s = Normalizer.normalize(slice.replaceAll("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]", ""),
                Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        // word units join syllables with '_' over whatever separated them
        s = s.replaceAll("[\\s\u00A0]+", "_");
        s = VietnameseText.toNewStyle(s);
        return fold ? VietnameseText.fold(s) : s;
    }
}
