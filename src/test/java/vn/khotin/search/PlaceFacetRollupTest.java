package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

/**
 * A place's facet count is what its filter finds: the articles tagged with it or with a place inside it, each once.
 * The researchers' check found "Tỉnh Hà Tĩnh 32" leading to 33, and every place facet off the same way; a province's
 * filter also left out the communes of its districts. Checked on a single-segment index and on one of an article per
 * segment (global ordinals).
 */
class PlaceFacetRollupTest {

    @TempDir
    Path one;
    @TempDir
    Path many;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 4));
        out.add(place(500, "Xã Thạch Khê và xã Thạch Văn cùng làm đường", "Hai xã góp đất làm đường liên xã."));
        out.add(place(501, "Huyện Thạch Hà tổng kết năm", "Huyện Thạch Hà hoàn thành các chỉ tiêu."));
        out.add(place(502, "Xã Thạch Khê đón chuẩn nông thôn mới", "Huyện Thạch Hà trao bằng cho xã Thạch Khê."));
        out.add(place(503, "Xã Tùng Lộc mùa gặt", "Bà con xã Tùng Lộc thu hoạch lúa."));
        out.add(place(504, "Tỉnh Hà Tĩnh họp báo", "Tỉnh Hà Tĩnh công bố kế hoạch năm mới."));
        // two wards share the label "Phường Trần Phú" (the old one of TP Hà Tĩnh, the 2025 one of the province)
        out.add(place(505, "Phường Trần Phú ra quân dọn vệ sinh", "Người dân phường Trần Phú dọn rác."));
        return out;
    }

    private static Article place(long id, String title, String body) {
        return article(id, title, body, body, "PV", date(2020, 3, (int) (id - 495)), "Xã hội", List.of(), List.of());
    }

    @Test
    void aPlaceCountsWhatItsFilterFinds() throws Exception {
        try (ArticleIndex single = Fixtures.index(one, articles());
                ArticleIndex segmented = ArticleIndex.open(many, IndexOptions.BULK)) {
            for (Article a : articles()) {
                segmented.upsert(new IndexedArticle(a, null, null));
                segmented.commit();
            }
            segmented.refresh();
            for (ArticleIndex index : List.of(single, segmented)) {
                ArticleSearch search = new ArticleSearch(index);
                Map<String, Long> counts = placeCounts(search, SearchRequest.builder("").facets(ArticleSchema.PLACE)
                        .facetSize(50).build());

                // 500 names two communes of the district, 502 a commune and the district: each counted once
                assertThat(counts).containsEntry("Huyện Thạch Hà", 3L).containsEntry("Xã Thạch Khê", 2L)
                        // no article names the district of Tùng Lộc, yet it has its commune's article
                        .containsEntry("Huyện Can Lộc", 1L)
                        .containsEntry("Thành phố Hà Tĩnh", 1L)
                        .containsEntry("Tỉnh Hà Tĩnh", 6L);
                for (Map.Entry<String, Long> e : counts.entrySet()) {
                    SearchResult filtered = search.search(SearchRequest.builder("")
                            .filter(ArticleSchema.PLACE, e.getKey()).build());
                    assertThat(filtered.total()).as(e.getKey()).isEqualTo(e.getValue());
                    assertThat(filtered.warnings()).as(e.getKey()).isEmpty();
                }
            }
        }
    }

    @Test
    void underAChosenProvinceADistrictCountsItsOwnArticlesAndIsMarkedNested() throws Exception {
        try (ArticleIndex index = Fixtures.index(one, articles())) {
            ArticleSearch search = new ArticleSearch(index);
            SearchResult r = search.search(SearchRequest.builder("").facets(ArticleSchema.PLACE).facetSize(50)
                    .filter(ArticleSchema.PLACE, "Tỉnh Hà Tĩnh").build());

            assertThat(r.total()).isEqualTo(6);
            assertThat(r.facets().get(0).values()).filteredOn(v -> v.value().equals("Huyện Thạch Hà"))
                    .singleElement().satisfies(v -> {
                        assertThat(v.count()).isEqualTo(3);
                        assertThat(v.nested()).isTrue();
                        assertThat(v.selected()).isFalse();
                    });
        }
    }

    @Test
    void aPlaceClauseOfTheQueryLanguageTakesInThePlacesInside() throws Exception {
        try (ArticleIndex index = Fixtures.index(one, articles())) {
            ArticleSearch search = new ArticleSearch(index);

            assertThat(ids(search, "địa danh:Thạch Hà")).containsExactlyInAnyOrder(500L, 501L, 502L);
            assertThat(ids(search, "dia danh:\"huyen thach ha\"")).containsExactlyInAnyOrder(500L, 501L, 502L);
            assertThat(ids(search, "địa danh:\"Huyện Can Lộc\"")).containsExactly(503L);
            assertThat(search.search(SearchRequest.of("địa danh:\"Huyện Can Lộc\"", 10)).warnings()).isEmpty();
            assertThat(ids(search, "năm -địa danh:\"Thạch Hà\"")).doesNotContain(500L, 501L, 502L).contains(504L);
            // a place named as the gazetteer writes it is that place, not every label holding its words
            assertThat(ids(search, "địa danh:\"Xã Thạch Khê\"")).containsExactlyInAnyOrder(500L, 502L);
            assertThat(ids(search, "địa danh:\"TP Hà Tĩnh\"")).containsExactly(505L);
            // the filter reads a place's other namings as the clause does (TX/TP forms found nothing)
            for (String typed : List.of("TP Hà Tĩnh", "tp hà tĩnh", "Thành phố Hà Tĩnh")) {
                assertThat(search.search(SearchRequest.builder("").filter(ArticleSchema.PLACE, typed).build()).hits())
                        .as(typed).extracting(SearchHit::id).containsExactly(505L);
            }
            assertThat(search.search(SearchRequest.builder("").filter(ArticleSchema.PLACE, "H. Thạch Hà").build())
                    .hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(500L, 501L, 502L);
            // a word typed bare matches its accented forms, as everywhere else
            assertThat(ids(search, "địa danh:\"Xã Thạch Khe\"")).containsExactlyInAnyOrder(500L, 502L);
        }
    }

    private static List<Long> ids(ArticleSearch search, String query) {
        return search.search(SearchRequest.builder(query).size(50).build()).hits().stream().map(SearchHit::id)
                .toList();
    }

    private static Map<String, Long> placeCounts(ArticleSearch search, SearchRequest request) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Facet.FacetValue v : search.search(request).facets().get(0).values()) {
            out.put(v.value(), v.count());
        }
        return out;
    }
}
