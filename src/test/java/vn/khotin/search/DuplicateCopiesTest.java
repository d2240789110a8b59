package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;

/**
 * The copies of a hit come from per-segment SimHash tables kept while the segment is open: asking again gives
 * the same IDs, and a deleted copy disappears as soon as a new reader sees the delete.
 */
class DuplicateCopiesTest {

    @TempDir
    Path dir;

    @Test
    void repeatedSearchesAgreeAndDeletesAreSeen() throws Exception {
        try (ArticleIndex index = Fixtures.index(dir)) {
            ArticleSearch search = new ArticleSearch(index);
            SearchRequest request = null;
            SearchHit withCopies = null;
            for (String q : List.of("", "Kỳ Anh", "ứng phó mưa lũ", "ha tinh", "sản phẩm OCOP", "tàu cá")) {
                SearchRequest r = SearchRequest.builder(q).size(50).suggest(false).build();
                for (SearchHit h : search.search(r).hits()) {
                    if (!h.duplicateIds().isEmpty()) {
                        request = r;
                        withCopies = h;
                        break;
                    }
                }
                if (withCopies != null) {
                    break;
                }
            }
            assertThat(withCopies).as("the fixtures have a story with a near-duplicate copy").isNotNull();
            long hitId = withCopies.id();
            SearchResult again = search.search(request);
            assertThat(again.hits()).extracting(SearchHit::id, SearchHit::duplicateIds)
                    .isEqualTo(search.search(request).hits().stream()
                            .map(h -> org.assertj.core.groups.Tuple.tuple(h.id(), h.duplicateIds())).toList());
            SearchHit same = again.hits().stream().filter(h -> h.id() == hitId).findFirst().orElseThrow();
            assertThat(same.duplicateIds()).isEqualTo(withCopies.duplicateIds());

            long gone = withCopies.duplicateIds().getFirst();
            index.delete(gone);
            index.refresh();
            SearchResult after = search.search(request);
            assertThat(after.hits()).allSatisfy(h -> assertThat(h.duplicateIds()).doesNotContain(gone));
            assertThat(after.hits()).extracting(SearchHit::id).doesNotContain(gone);
        }
    }
}
