package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A place's bare name that the gazetteer does not tag on its own (the town and the commune of Thiên Cầm share it, a
 * beach has it after its kind) is still kept whole by the search: typed capitalised, it is not matched by its
 * syllables apart ("Bao Thanh Thiên … cầm đàn", "mùa xuân … thành phố") when fewer articles than a page write it.
 */
class BareNameKeptWholeTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BareNameKeptWholeTest::articles);

    static final long FIRST_THIEN_CAM = 8800;
    static final long FIRST_XUAN_THANH = 8820;
    static final long FIRST_SCATTERED = 8850;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 2; i++) {
            out.add(article(FIRST_THIEN_CAM + i, "Khách sạn ở Thiên Cầm kín phòng, đợt " + (i + 1),
                    "Du lịch Thiên Cầm hút khách dịp nghỉ lễ.", "Các khách sạn đều kín phòng.", "PV",
                    date(2023, 5, 1 + i), "Du lịch", List.of(), List.of()));
            out.add(article(FIRST_XUAN_THANH + i, "Xuân Thành đón khách, đợt " + (i + 1),
                    "Khách sạn ven biển Xuân Thành kín phòng.", "Du khách về Nghi Xuân.", "PV",
                    date(2023, 6, 1 + i), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 6; i++) {
            out.add(article(FIRST_SCATTERED + i, "Phim Bao Thanh Thiên ra mắt mùa xuân, vai chính cầm đàn, phần " + (i + 1),
                    "Khán giả các thành phố lớn đón xem.", "Phim được chiếu trên nhiều kênh.",
                    "PV", date(2023, 7, 1 + i), "Du lịch", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aBareNameSharedByTwoPlacesIsMatchedOnlyWhole() {
        SearchResult r = archive.search().search(SearchRequest.builder("Thiên Cầm").build());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(FIRST_THIEN_CAM, FIRST_THIEN_CAM + 1);
    }

    @Test
    void aBeachNamedAfterItsKindIsFoundByItsNameAlone() {
        SearchResult r = archive.search().search(SearchRequest.builder("Xuân Thành").build());
        assertThat(r.hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder(FIRST_XUAN_THANH, FIRST_XUAN_THANH + 1);
    }
}
