package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place's name after its type word, put right only when it is a slip: a place typed as written stays. */
class PlaceSlipsTest {

    @Test
    void aSlipAfterItsTypeWordIsThePlace() {
        assertThat(PlaceSlips.fixed("huyện Đức Thợ về đích")).isEqualTo("huyện Đức Thọ về đích");
        assertThat(PlaceSlips.fixed("Huyện đức thợ")).isEqualTo("Huyện đức thọ");
    }

    @Test
    void aPlaceTypedAsWrittenStaysThoughAnotherIsAMarkAway() {
        // the communes Thạch Hà and Thạch Hạ: the first in the file was taken for a slip of the other
        assertThat(PlaceSlips.fixed("xã Thạch Hà")).isEqualTo("xã Thạch Hà");
        assertThat(PlaceSlips.fixed("xã Thạch Hạ")).isEqualTo("xã Thạch Hạ");
    }

    @Test
    void bareNamesAndWordsWithoutATypeWordAreLeftAlone() {
        assertThat(PlaceSlips.fixed("huyện duc tho")).isEqualTo("huyện duc tho");
        assertThat(PlaceSlips.fixed("chủ tịch Đức Thợ")).isEqualTo("chủ tịch Đức Thợ");
    }
}
