package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionRulesTest {

    private static Map<String, String> profile() {
        return new HashMap<>(Profiles.baohatinhMap());
    }

    @Test
    void readsTheBaohatinhProfile() {
        ExtractionRules rules = Profiles.baohatinh();
        assertThat(rules.title()).extracting(ExtractionRules.Css::query).first().isEqualTo("h1.article__title");
        assertThat(rules.pageKinds()).containsKeys("tag", "topic", "tool", "tv", "video", "listing");
        assertThat(rules.imageAttributes()).containsExactly("data-src", "data-original", "data-lazy-src", "src");
        assertThat(rules.limits()).isEqualTo(new ExtractionRules.Limits(4 << 20, 200_000, 256, 2_000));
        assertThat(rules.sourceMark().matcher("(Baohatinh.vn) - Lead").find()).isTrue();
    }

    @Test
    void aBadSelectorNamesTheKey() {
        Map<String, String> p = profile();
        p.put("extract.title", "h1.ok || div[[");
        assertThatThrownBy(() -> ExtractionRules.from(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extract.title").hasMessageContaining("bộ chọn CSS không hợp lệ 'div[['");
    }

    @Test
    void aBadRegexNamesTheKey() {
        Map<String, String> p = profile();
        p.put("extract.byline", "(unclosed");
        assertThatThrownBy(() -> ExtractionRules.from(p)).hasMessageStartingWith("extract.byline = (unclosed")
                .hasMessageContaining("biểu thức chính quy không hợp lệ");
    }

    @Test
    void aMissingKeyIsNamed() {
        Map<String, String> p = profile();
        p.remove("extract.caption");
        assertThatThrownBy(() -> ExtractionRules.from(p))
                .hasMessage("extract.caption: thiếu khóa bắt buộc trong cấu hình");
    }

    @Test
    void limitsAreOptionalButChecked() {
        Map<String, String> p = profile();
        p.remove("extract.max-bytes");
        assertThat(ExtractionRules.from(p).limits().maxBytes()).isEqualTo(4 << 20);
        p.put("extract.time-limit-ms", "0");
        assertThatThrownBy(() -> ExtractionRules.from(p)).hasMessageContaining("extract.time-limit-ms = 0");
        p.put("extract.time-limit-ms", "nhanh");
        assertThatThrownBy(() -> ExtractionRules.from(p)).hasMessageContaining("không phải là số nguyên");
    }
}
