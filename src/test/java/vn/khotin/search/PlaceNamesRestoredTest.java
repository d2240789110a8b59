package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An accent restoration writes a place of Hà Tĩnh as a name: offered "kỳ anh" for {@code ky anh}, a trial's user
 * went from 64 articles with the place to 1,732 with "kỳ" and "anh" anywhere; "Kỳ Anh" is searched as the name.
 */
class PlaceNamesRestoredTest {

    private final FoldedPlaces places = FoldedPlaces.DEFAULT;

    @Test
    void aRestoredPlaceIsCapitalised() {
        assertThat(places.withPlaceNames("kỳ anh")).isEqualTo("Kỳ Anh");
        assertThat(places.withPlaceNames("lũ lụt hương khê")).isEqualTo("lũ lụt Hương Khê");
        assertThat(places.withPlaceNames("ma túy cửa khẩu cầu treo")).isEqualTo("ma túy cửa khẩu Cầu Treo");
    }

    @Test
    void otherWordsAndOtherSpellingsStayAsRestored() {
        assertThat(places.withPlaceNames("kỳ họp hội đồng")).isEqualTo("kỳ họp hội đồng");
        assertThat(places.withPlaceNames("ký ảnh")).as("not the place's spelling").isEqualTo("ký ảnh");
        assertThat(places.withPlaceNames("hà tĩnh bỏ vnen")).as("the province is the setting").isEqualTo("hà tĩnh bỏ vnen");
        assertThat(places.withPlaceNames("thành phố hà tĩnh")).as("a type word stays as typed").isEqualTo(
                "thành phố hà tĩnh");
        assertThat(places.withPlaceNames("")).isEmpty();
    }

    @Test
    void aPlaceTypedBareWithACapitalIsThePlace() {
        // the accent model read "cua Sot" as "của Sốt" (of fever); the capital says the fishing port was meant
        assertThat(places.withCapitalisedPlaces("cua Sot", "của Sốt")).isEqualTo("Cửa Sót");
        assertThat(places.withCapitalisedPlaces("ca Cua Sot tuoi", "cá Của Sốt tươi")).isEqualTo("cá Cửa Sót tươi");
        assertThat(places.withCapitalisedPlaces("Ky Anh", "Kỹ Ảnh")).isEqualTo("Kỳ Anh");
    }

    @Test
    void aPlaceTypedInLowerCaseOrWithDiacriticsIsLeftToTheModel() {
        assertThat(places.withCapitalisedPlaces("nguyen nhan cua sot", "nguyên nhân của sốt"))
                .isEqualTo("nguyên nhân của sốt");
        assertThat(places.withCapitalisedPlaces("của Sot", "của Sốt")).isEqualTo("của Sốt");
        assertThat(places.withCapitalisedPlaces("Ha Tinh", "Hà Tĩnh")).as("the province is not a place here")
                .isEqualTo("Hà Tĩnh");
    }
}
