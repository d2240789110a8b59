package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;

/**
 * Facet counts (global ordinals across segments) and duplicate folding (per-segment values) give the same answers
 * on an index of one article per segment as on a single-segment index.
 */
class SegmentedIndexTest {

    @TempDir
    Path one;
    @TempDir
    Path many;

    @Test
    void sameAnswersWhateverTheSegments() throws Exception {
        try (ArticleIndex single = Fixtures.index(one);
                ArticleIndex segmented = ArticleIndex.open(many, IndexOptions.BULK)) {
            for (Article a : Fixtures.articles()) {
                segmented.upsert(new IndexedArticle(a, null, null));
                segmented.commit();
            }
            segmented.refresh();
            assertThat(segmented.segmentCount()).isGreaterThan(1);
            assertThat(single.segmentCount()).isEqualTo(1);
            ArticleSearch a = new ArticleSearch(single);
            ArticleSearch b = new ArticleSearch(segmented);
            for (String q : List.of("", "Kỳ Anh", "ứng phó mưa lũ", "ha tinh", "sản phẩm OCOP", "tàu cá")) {
                for (boolean collapse : new boolean[] {true, false}) {
                    SearchRequest r = SearchRequest.builder(q).allFacets().facetSize(3)
                            .timeline(SearchRequest.Timeline.MONTH).collapseDuplicates(collapse).build();
                    SearchResult x = a.search(r);
                    SearchResult y = b.search(r);
                    assertThat(y.total()).as(q).isEqualTo(x.total());
                    assertThat(y.facets()).as(q).isEqualTo(x.facets());
                    assertThat(y.timeline()).as(q).isEqualTo(x.timeline());
                    assertThat(y.hits()).extracting(SearchHit::id, SearchHit::duplicateIds, SearchHit::snippet)
                            .as(q).containsExactlyInAnyOrderElementsOf(
                                    x.hits().stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.id(),
                                            h.duplicateIds(), h.snippet())).toList());
                }
            }
        }
    }
}
