package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons line an editor reads beside a related story: time apart in days, weeks, months or years. */
class RelatedReasonsLineTest {

    private static String line(Long days) {
        return new RelatedReasons(List.of("lũ lụt"), List.of(), List.of("Huyện Hương Khê"), List.of(), true, days)
                .line();
    }

    @Test
    void timeApartIsGivenInTheUnitAnEditorThinksIn() {
        assertThat(RelatedReasons.apart(0)).isEqualTo("cùng ngày");
        assertThat(RelatedReasons.apart(2)).isEqualTo("cách 2 ngày");
        assertThat(RelatedReasons.apart(13)).isEqualTo("cách 13 ngày");
        assertThat(RelatedReasons.apart(14)).isEqualTo("cách 2 tuần");
        assertThat(RelatedReasons.apart(23)).isEqualTo("cách hơn 3 tuần");
        assertThat(RelatedReasons.apart(90)).isEqualTo("cách 3 tháng");
        assertThat(RelatedReasons.apart(100)).isEqualTo("cách hơn 3 tháng");
        assertThat(RelatedReasons.apart(365)).isEqualTo("cách 1 năm");
        assertThat(RelatedReasons.apart(2050)).isEqualTo("cách hơn 5 năm");
    }

    @Test
    void theLineJoinsTheReasonsAndTheTimeApart() {
        assertThat(line(2L)).isEqualTo("Cùng sự kiện · Huyện Hương Khê · lũ lụt · cách 2 ngày");
        assertThat(line(-2050L)).endsWith("· cách hơn 5 năm");
        assertThat(line(null)).isEqualTo("Cùng sự kiện · Huyện Hương Khê · lũ lụt");
    }

    @Test
    void aNameAnotherSharedNameContainsIsNotRepeated() {
        assertThat(RelatedRanking.withoutContainedNames(
                List.of("Hưng Nghiệp Formosa Hà Tĩnh", "Formosa Hà Tĩnh", "Formosa", "Trần Hồng Hà")))
                .containsExactly("Hưng Nghiệp Formosa Hà Tĩnh", "Trần Hồng Hà");
        assertThat(RelatedRanking.withoutContainedNames(List.of("Hà Tĩnh", "Hà Nội"))).containsExactly("Hà Tĩnh",
                "Hà Nội");
    }

    @Test
    void aCompanyFormIsNoReason() {
        List<RelatedTerms.WeightedTerm> shared = List.of(
                new RelatedTerms.WeightedTerm(RelatedTerms.Kind.CONCEPT, "tnhh", "TNHH", 3.0, 40),
                new RelatedTerms.WeightedTerm(RelatedTerms.Kind.UNIT, "gang_thép", "gang thép", 2.0, 30));

        assertThat(RelatedRanking.reasonWords(shared, List.of(), List.of(), 100_000)).containsExactly("gang thép");
    }

    @Test
    void initialsAreNotShownAsPeople() {
        // found by a trial: "Hương Giang, Ngàn Sâu, Hương Xuân, N T N Ng" among the people of a reason line
        assertThat(RelatedRanking.readsAsAName("N T N Ng")).isFalse();
        assertThat(RelatedRanking.readsAsAName("Trần Xuân Dương")).isTrue();
        assertThat(RelatedRanking.readsAsAName("Lê Đức Thọ")).isTrue();
    }

    @Test
    void placesAreNotShownAsPeople() {
        // the same trial: a commune among the people ("Kỳ Nam"), where the places are said apart
        assertThat(RelatedRanking.isPlaceName("Kỳ Nam")).isTrue();
        assertThat(RelatedRanking.isPlaceName("Trần Xuân Dương")).isFalse();
        assertThat(RelatedRanking.isPlaceName("Lê Đức Thọ")).as("a person named after a district").isFalse();
    }
}
