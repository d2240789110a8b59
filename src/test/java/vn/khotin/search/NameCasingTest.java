package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A name restored from lower-case words without diacritics is offered capitalised, as titles and sapos write it: in
 * lower case, "nguyễn phú trọng" was searched as three words anywhere (19 articles of the demo, 4 naming him).
 */
class NameCasingTest {

    private static WordForms forms() {
        TreeMap<String, WordForms.Form> m = new TreeMap<>();
        m.put("nguyen phu", new WordForms.Form("Nguyễn Phú", 12));
        m.put("phu trong", new WordForms.Form("Phú Trọng", 9));
        m.put("gia vang", new WordForms.Form("Giá vàng", 40));
        m.put("ha noi", new WordForms.Form("Hà Nội", 2));
        m.put("ha tinh", new WordForms.Form("Hà Tĩnh", 50));
        return new WordForms(100, m);
    }

    @Test
    void aNameTheArchiveWritesCapitalisedIsOfferedSo() {
        assertThat(NameCasing.withNames(forms(), "nguyen phu trong", "nguyễn phú trọng")).isEqualTo("Nguyễn Phú Trọng");
        assertThat(NameCasing.withNames(forms(), "ong nguyen phu trong", "ông nguyễn phú trọng"))
                .isEqualTo("ông Nguyễn Phú Trọng");
    }

    @Test
    void wordsAndRareOrOtherwiseSpeltPairsKeepTheTypedCase() {
        assertThat(NameCasing.withNames(forms(), "gia vang", "giá vàng")).isEqualTo("giá vàng");
        assertThat(NameCasing.withNames(forms(), "ha noi", "hà nội")).as("written twice").isEqualTo("hà nội");
        assertThat(NameCasing.withNames(forms(), "thanh pho ha tinh", "thành phố hà tĩnh")).as("a place")
                .isEqualTo("thành phố hà tĩnh");
        assertThat(NameCasing.withNames(forms(), "nguyen phu", "nguyên phụ")).isEqualTo("nguyên phụ");
        assertThat(NameCasing.withNames(forms(), "Nguyen phu", "Nguyễn phú")).as("typed with a capital")
                .isEqualTo("Nguyễn phú");
    }
}
