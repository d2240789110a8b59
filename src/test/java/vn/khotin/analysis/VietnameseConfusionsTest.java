package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseConfusionsTest {

    @Test
    void initialConsonantsThatSoundAlike() {
        assertThat(VietnameseConfusions.of("chà")).contains("trà");
        assertThat(VietnameseConfusions.of("trí")).contains("chí");
        assertThat(VietnameseConfusions.of("xai")).contains("sai");
        assertThat(VietnameseConfusions.of("dữ")).contains("giữ", "rữ", "vữ");
        assertThat(VietnameseConfusions.of("giá")).contains("dá", "rá");
        assertThat(VietnameseConfusions.of("lăm")).contains("năm");
    }

    @Test
    void finalConsonantsThatSoundAlike() {
        assertThat(VietnameseConfusions.of("mạn")).contains("mạng", "mạnh");
        assertThat(VietnameseConfusions.of("dan")).contains("danh");
        assertThat(VietnameseConfusions.of("sắc")).contains("sắt");
        assertThat(VietnameseConfusions.of("bát")).contains("bác");
    }

    @Test
    void hoiAndNgaTones() {
        assertThat(VietnameseConfusions.of("vủng")).contains("vũng");
        assertThat(VietnameseConfusions.of("thũy")).contains("thủy");
        assertThat(VietnameseConfusions.of("lổ")).contains("lỗ");
        assertThat(VietnameseConfusions.of("lá")).doesNotContain("lả", "lã");
    }

    @Test
    void onlyWholeConsonantsChange() {
        // "nh" and "ng" are consonants of their own, not "n" before a letter; "đ" is not "d"
        assertThat(VietnameseConfusions.of("nhà")).noneMatch(s -> s.startsWith("l"));
        assertThat(VietnameseConfusions.of("ngày")).noneMatch(s -> s.startsWith("l"));
        assertThat(VietnameseConfusions.of("đá")).noneMatch(s -> s.startsWith("gi") || s.startsWith("r"));
        assertThat(VietnameseConfusions.of("chà")).doesNotContain("chà");
    }

    @Test
    void notASyllable() {
        assertThat(VietnameseConfusions.of("")).isEmpty();
        assertThat(VietnameseConfusions.of("u23")).isEmpty();
        assertThat(VietnameseConfusions.of("hà-tĩnh")).isEmpty();
    }
}
