package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final String TEXT = "Báo Hà Tĩnh: Người dân đón Tết ấm áp";
    private static final Charset CP1258 = Charset.forName("windows-1258");

    /**
     * Vietnamese as windows-1258 writes it: vowels with their shape marks precomposed (ơ, ư, â, ă, ê, ô),
     * tone marks as separate combining characters. The JDK's encoder does not make this form by itself.
     */
    static String cp1258Form(String s) {
        String nfd = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder cluster = new StringBuilder();
        for (char c : nfd.toCharArray()) {
            boolean combining = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!combining) {
                out.append(java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)).append(tones);
                cluster.setLength(0);
                tones.setLength(0);
                cluster.append(c);
            } else if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else {
                cluster.append(c);
            }
        }
        return out.append(java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)).append(tones).toString();
    }

    private static String decoded(CharsetDetector.Decoded d) {
        return Texts.normalize(d.text());
    }

    private static String page(String meta) {
        return "<html><head>" + meta + "</head><body><p>" + TEXT + "</p></body></html>";
    }

    @Test
    void validUtf8WinsOverAWrongHeader() {
        byte[] bytes = page("").getBytes(StandardCharsets.UTF_8);
        CharsetDetector.Decoded d = CharsetDetector.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.how()).isEqualTo("valid-utf8-over-declared");
    }

    @Test
    void legacyBytesFollowTheHeaderOrTheMeta() {
        byte[] bytes = cp1258Form(page("<meta charset=\"windows-1258\">")).getBytes(CP1258);
        assertThat(decoded(CharsetDetector.decode(bytes, Optional.of(CP1258)))).contains(TEXT);
        CharsetDetector.Decoded viaMeta = CharsetDetector.decode(bytes, Optional.empty());
        assertThat(decoded(viaMeta)).contains(TEXT);
        assertThat(viaMeta.how()).isEqualTo("meta");
        // header claims UTF-8, meta tells the truth: the meta wins because the bytes are not UTF-8
        assertThat(decoded(CharsetDetector.decode(bytes, Optional.of(StandardCharsets.UTF_8)))).contains(TEXT);
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1258() {
        byte[] bytes = cp1258Form(page("")).getBytes(CP1258);
        CharsetDetector.Decoded d = CharsetDetector.decode(bytes, Optional.empty());
        assertThat(d.charset()).isEqualTo(CP1258);
        assertThat(decoded(d)).contains(TEXT);
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf16 = ("\uFEFF" + page("<meta charset=iso-8859-1>")).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CharsetDetector.decode(utf16, Optional.of(StandardCharsets.ISO_8859_1)).text()).contains(TEXT);
        byte[] utf8 = ("\uFEFF" + page("")).getBytes(StandardCharsets.UTF_8);
        CharsetDetector.Decoded d = CharsetDetector.decode(utf8, Optional.empty());
        assertThat(d.how()).isEqualTo("bom");
        assertThat(d.text()).startsWith("<html>");
    }

    @Test
    void aCutMultiByteSequenceAtTheEndIsStillUtf8() {
        byte[] full = page("").getBytes(StandardCharsets.UTF_8);
        int cut = new String(full, StandardCharsets.UTF_8).indexOf("ấ");
        byte[] truncated = Arrays.copyOf(full, page("").substring(0, cut).getBytes(StandardCharsets.UTF_8).length + 1);
        CharsetDetector.Decoded d = CharsetDetector.decode(truncated, Optional.empty());
        assertThat(d.how()).isEqualTo("utf8");
        assertThat(d.text()).contains("Người dân đón Tết");
    }

    @Test
    void aFewJunkBytesInUtf8KeepUtf8WithReplacement() {
        byte[] good = page("").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 1);
        bad[bad.length - 1] = (byte) 0xFF;
        CharsetDetector.Decoded d = CharsetDetector.decode(bad, Optional.empty());
        assertThat(d.how()).isEqualTo("utf8-with-replacement");
        assertThat(d.text()).contains(TEXT);
    }
}
