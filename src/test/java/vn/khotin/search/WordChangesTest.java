package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words a correction or restoration changed, and which bare words it takes along. */
class WordChangesTest {

    @Test
    void countsTheWordsThatDiffer() {
        assertThat(WordChanges.count("gia xang dầu", "giá xăng dầu")).isEqualTo(2);
        assertThat(WordChanges.count("Hà tinh", "Hà Tĩnh")).isEqualTo(1);
        assertThat(WordChanges.count("ha tinh", "Hà Tĩnh mới")).isZero();
    }

    @Test
    void aBareWordBesideAChangedOneTakesPart() {
        assertThat(WordChanges.withBareNeighbours("tham nhung cán bộ", "tham nhũng cán bộ")).isEqualTo(2);
        assertThat(WordChanges.withBareNeighbours("cán bộ tham nhung", "cán bộ tham nhũng")).isEqualTo(2);
        assertThat(WordChanges.withBareNeighbours("nga ba Đồng Lộc", "ngã ba Đồng Lộc")).isEqualTo(2);
    }

    @Test
    void anAccentedNeighbourDoesNot() {
        assertThat(WordChanges.withBareNeighbours("Hà tinh", "Hà Tĩnh")).isEqualTo(1);
        assertThat(WordChanges.withBareNeighbours("lũ lut 2020", "lũ lụt 2020")).isEqualTo(1);
    }
}
