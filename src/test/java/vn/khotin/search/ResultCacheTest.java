package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

/** A server answers a repeated request from its cache, and never with a result older than the index it searches. */
class ResultCacheTest {

    @TempDir
    Path dir;
    ArticleIndex index;
    ArticleSearch search;

    @BeforeEach
    void setUp() throws Exception {
        index = ArticleIndex.open(dir, IndexOptions.BULK);
        for (Article a : Fixtures.articles()) {
            index.upsert(new IndexedArticle(a, null, null));
        }
        index.refresh();
        search = new ArticleSearch(index, 4);
        // a server warms these up at start; until they exist, results are not cached
        assertThat(search.suggestions().awaitReady(60_000)).isTrue();
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private static SearchRequest request(String query) {
        return SearchRequest.builder(query).allFacets().build();
    }

    private long hits() {
        return search.cacheCounts()[0];
    }

    @Test
    void theSameRequestAskedAgainIsAnsweredFromTheCacheWithTheSameResult() {
        SearchResult first = search.search(request("mưa lũ"));
        long before = hits();
        SearchResult again = search.search(request("mưa lũ"));
        assertThat(hits()).isEqualTo(before + 1);
        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(again.facets()).isEqualTo(first.facets());
        assertThat(again.total()).isEqualTo(first.total());
    }

    @Test
    void aQueryTypedInDecomposedUnicodeOrWithExtraSpacesSharesTheEntry() {
        search.search(request("mưa lũ"));
        search.search(request("mưa lũ"));
        long before = hits();
        search.search(request(Normalizer.normalize("mưa   lũ", Normalizer.Form.NFD)));
        assertThat(hits()).isEqualTo(before + 1);
    }

    @Test
    void anotherPageOrFilterIsAnotherSearch() {
        search.search(request("Hà Tĩnh"));
        search.search(request("Hà Tĩnh"));
        long before = hits();
        search.search(SearchRequest.builder("Hà Tĩnh").allFacets().from(10).build());
        search.search(SearchRequest.builder("Hà Tĩnh").allFacets().filter("category", "Thời sự").build());
        assertThat(hits()).isEqualTo(before);
    }

    @Test
    void anArticleAddedAndRefreshedAppearsAtOnce() throws Exception {
        SearchRequest balloon = SearchRequest.builder("khinh khí cầu").allFacets().lenient(false).build();
        search.search(balloon);
        assertThat(search.search(balloon).total()).isZero();
        index.upsert(new IndexedArticle(Fixtures.article(9001, "Khinh khí cầu bay trên thành phố Hà Tĩnh",
                "Lễ hội khinh khí cầu lần đầu tổ chức.", "Hàng chục khinh khí cầu bay lên sáng nay.", "PV",
                Fixtures.date(2024, 5, 5), "Thời sự", List.of(), List.of()), null, null));
        index.refresh();
        SearchResult after = search.search(balloon);
        assertThat(after.hits()).extracting(SearchHit::id).containsExactly(9001L);
    }

    @Test
    void theLeastRecentlyUsedResultGoesFirst() {
        for (String q : List.of("mưa lũ", "mưa lũ", "Hà Tĩnh", "lúa", "cảng", "trường học")) {
            search.search(request(q));
        }
        long before = hits();
        search.search(request("mưa lũ")); // the fifth distinct request pushed it out of a cache of 4
        assertThat(hits()).isEqualTo(before);
        search.search(request("trường học"));
        assertThat(hits()).isEqualTo(before + 1);
    }

    @Test
    void aResultMadeWithOtherSuggestionModelsIsNotServed() {
        // a crawl's end retrains the accent model: results cached before keep its older "did you mean"
        SearchResult result = search.search(request("mua lu"));
        ResultCache cache = new ResultCache(4);
        Object before = index.withSearcher(s -> ResultCache.keyOf(s.getIndexReader(), 1, request("mua lu")));
        Object retrained = index.withSearcher(s -> ResultCache.keyOf(s.getIndexReader(), 2, request("mua lu")));
        cache.put(before, result);
        assertThat(cache.get(before)).isSameAs(result);
        assertThat(cache.get(retrained)).isNull();
    }

    @Test
    void nothingIsCachedWhileTheSuggestionStatisticsAreMissing(@TempDir Path other) throws Exception {
        try (ArticleIndex fresh = ArticleIndex.open(other, IndexOptions.BULK)) {
            for (Article a : Fixtures.articles()) {
                fresh.upsert(new IndexedArticle(a, null, null));
            }
            fresh.refresh();
            ArticleSearch cold = new ArticleSearch(fresh, 4);
            cold.search(request("mưa lũ"));
            cold.search(request("mưa lũ"));
            assertThat(cold.cacheCounts()[0]).isZero();
        }
    }

    @Test
    void withoutACacheEveryRequestIsSearched() {
        ArticleSearch plain = new ArticleSearch(index);
        plain.search(request("mưa lũ"));
        plain.search(request("mưa lũ"));
        assertThat(plain.cacheCounts()).containsExactly(0, 0);
    }
}
