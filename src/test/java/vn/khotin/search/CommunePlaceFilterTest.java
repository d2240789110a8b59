package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * A commune added to the gazetteer from the corpus is a place filter by its name, and its district's filter takes it
 * in: found by a trial, where articles about Thạch Khê were under no place.
 */
class CommunePlaceFilterTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CommunePlaceFilterTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 5));
        out.add(article(400, "Người dân xã Thạch Khê phản đối dự án mỏ sắt", "Bà con lo bụi quặng bay vào làng.",
                "Chính quyền xã Thạch Khê tổ chức đối thoại với người dân.", "PV", date(2019, 5, 2), "Xã hội",
                List.of(), List.of()));
        out.add(article(401, "Huyện Thạch Hà ra quân làm đường giao thông", "Các thôn góp ngày công làm đường.",
                "Nhân dân huyện Thạch Hà đóng góp đất và ngày công.", "PV", date(2019, 6, 2), "Xã hội", List.of(),
                List.of()));
        out.add(article(402, "Lễ hội ở thị xã Sơn Tây, Hà Nội", "Du khách về thành cổ Sơn Tây.",
                "Thị xã Sơn Tây đón nhiều du khách dịp cuối tuần.", "PV", date(2019, 7, 2), "Văn hóa", List.of(),
                List.of()));
        return out;
    }

    @Test
    void aCommuneIsFilteredByItsNameAndUnderItsDistrict() {
        assertThat(filtered("Thạch Khê").hits()).extracting(SearchHit::id).containsExactly(400L);
        assertThat(filtered("thach khe").hits()).extracting(SearchHit::id).containsExactly(400L);
        assertThat(filtered("Huyện Thạch Hà").hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(400L, 401L);
    }

    @Test
    void onlyThePlaceChosenIsMarkedSelected() {
        // the district's filter takes its communes in, but the facet marks only the district: the researchers'
        // check found every place of the province marked, with no link left to narrow to a district
        SearchResult r = archive.search().search(SearchRequest.builder("").facets(ArticleSchema.PLACE)
                .filter(ArticleSchema.PLACE, "Huyện Thạch Hà").build());

        assertThat(r.facets()).singleElement().satisfies(f -> assertThat(f.values())
                .filteredOn(Facet.FacetValue::selected).extracting(Facet.FacetValue::value)
                .containsExactly("Huyện Thạch Hà"));
        assertThat(r.facets().get(0).values()).extracting(Facet.FacetValue::value).contains("Xã Thạch Khê");
    }

    @Test
    void aTownOfAnotherProvinceIsNotTheCommuneOfTheSameName() {
        SearchResult sonTay = filtered("Xã Sơn Tây");
        assertThat(sonTay.total()).isZero();
    }

    private static SearchResult filtered(String value) {
        return archive.search().search(SearchRequest.builder("").filter(ArticleSchema.PLACE, value).build());
    }
}
