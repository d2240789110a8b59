package vn.khotin.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * An in-JVM OpenSearch node with the plugin: the index {@code khotin sync-opensearch} creates (its definition read
 * from the application's resources), a few Vietnamese articles, and the searches a Khotin user makes.
 */
public class KhotinNodeTests extends OpenSearchSingleNodeTestCase {

    static final String INDEX = "khotin";

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return List.of(KhotinAnalysisPlugin.class);
    }

    static String indexDefinition() throws IOException {
        try (InputStream in = KhotinNodeTests.class.getResourceAsStream("/vn/khotin/sync/opensearch-index.json")) {
            assertNotNull("the sync command's index definition is on the test class path", in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Creates an index from a REST body ({"settings": …, "mappings": …}) through the node's Java API. */
    @SuppressWarnings("unchecked")
    private void create(String name, String body) {
        Map<String, Object> definition = XContentHelper.convertToMap(JsonXContent.jsonXContent, body, false);
        client().admin().indices().prepareCreate(name)
                .setSettings((Map<String, Object>) definition.getOrDefault("settings", Map.of()))
                .setMapping((Map<String, Object>) definition.get("mappings")).get();
    }

    private void indexArticles() throws IOException {
        create(INDEX, indexDefinition());
        article(101, "Ủy ban nhân dân huyện Kỳ Anh họp bàn phòng, chống lụt bão",
                "Sáng 3/12, Ủy ban nhân dân huyện Kỳ Anh tổ chức hội nghị triển khai phương án ứng phó mưa lũ.",
                "Xã hội", "Kỳ Anh");
        article(102, "Hoà bình và hữu nghị: thanh niên Hà Tĩnh giao lưu với bạn Lào",
                "Đoàn thanh niên mang thông điệp hoà bình, hữu nghị tới các bản làng.", "Thời sự", "Hà Tĩnh");
        article(103, "Giá lúa tăng, nông dân Đức Thọ phấn khởi",
                "Nông dân xã Tùng Ảnh, huyện Đức Thọ thu hoạch lúa hè thu được giá.", "Kinh tế", "Đức Thọ");
        article(104, "TP Hà Tĩnh ra quân làm sạch môi trường",
                "Hàng nghìn người dân thành phố Hà Tĩnh tham gia ngày chủ nhật xanh.", "Xã hội", "Hà Tĩnh");
        client().admin().indices().prepareRefresh(INDEX).get();
    }

    private void article(long id, String title, String body, String category, String place) {
        Map<String, Object> doc = Map.of("id", id, "url", "https://baohatinh.vn/bai-post" + id + ".html",
                "title", title, "sapo", "", "body", body, "category", category, "place", List.of(place),
                "published", "2025-12-0" + (id % 9) + "T08:00:00+07:00", "year", "2025", "month", "2025-12");
        client().prepareIndex(INDEX).setId(Long.toString(id)).setSource(doc)
                .setRefreshPolicy(WriteRequest.RefreshPolicy.NONE).get();
    }

    /** The query src/docs/scale-out.md recommends: every word must match, exact and folded fields side by side. */
    private List<String> search(String text) {
        String query = "{\"multi_match\": {\"query\": \"" + text + "\", \"type\": \"cross_fields\", "
                + "\"operator\": \"and\", \"fields\": [\"title^3\", \"sapo^2\", \"body\", "
                + "\"title.folded^3\", \"sapo.folded^2\", \"body.folded\"]}}";
        SearchResponse r = client().prepareSearch(INDEX).setQuery(QueryBuilders.wrapperQuery(query)).get();
        return Arrays.stream(r.getHits().getHits()).map(SearchHit::getId).toList();
    }

    public void testArticlesAreFoundUnaccentedByAbbreviationAndByTelex() throws IOException {
        indexArticles();
        assertEquals("unaccented", List.of("103"), search("nong dan duc tho"));
        assertEquals("accented, old tone placement in the text", List.of("102"), search("hòa bình hữu nghị"));
        assertEquals("abbreviation for the full form", List.of("101"), search("UBND Kỳ Anh"));
        assertEquals("abbreviation typed unaccented", List.of("101"), search("ubnd ky anh"));
        assertEquals("full form for the abbreviation", List.of("104"), search("thành phố Hà Tĩnh làm sạch"));
        assertEquals("Telex with the input method off", List.of("102"), search("hoaf binhf"));
        assertEquals("a word in no article", List.of(), search("bóng đá"));
    }

    public void testFacetsAreKeywordAggregations() throws IOException {
        indexArticles();
        SearchResponse r = client().prepareSearch(INDEX).setSize(0)
                .addAggregation(AggregationBuilders.terms("category").field("category"))
                .addAggregation(AggregationBuilders.terms("place").field("place")).get();
        Terms category = r.getAggregations().get("category");
        assertEquals(2, category.getBucketByKey("Xã hội").getDocCount());
        Terms place = r.getAggregations().get("place");
        assertEquals(2, place.getBucketByKey("Hà Tĩnh").getDocCount());
        SearchResponse byFolded = client().prepareSearch(INDEX)
                .setQuery(QueryBuilders.matchQuery("category.folded", "xa hoi").operator(
                        org.opensearch.index.query.Operator.AND)).get();
        assertEquals(2, byFolded.getHits().getTotalHits().value());
    }

    public void testQueryOnlyFiltersAreRefusedAtIndexTime() {
        String settings = "{\"settings\": {\"analysis\": {\"analyzer\": {\"with_synonyms\": {"
                + "\"tokenizer\": \"vietnamese\", \"filter\": [\"vietnamese_abbreviation\"]}}}}, "
                + "\"mappings\": {\"properties\": {\"title\": {\"type\": \"text\", \"analyzer\": \"with_synonyms\"}}}}";
        Exception e = expectThrows(Exception.class, () -> create("refused", settings));
        assertTrue(e.getMessage(), e.getMessage().contains("not allowed to run in index time"));
    }
}
