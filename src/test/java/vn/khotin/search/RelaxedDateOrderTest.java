package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A relaxed search in date order still lists the articles with every word first, as the page says ("xếp trước"),
 * and marks each hit that lacks a word (page and API; exports of a relaxed page read its pages, so keep its order). The researchers' check found
 * the newest partial matches above the one article with every word, with nothing to tell them apart.
 */
class RelaxedDateOrderTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedRareWordTest::articles);

    private static final String QUERY = "Hà Tĩnh dừng mô hình VNEN";

    @Test
    void newestFirstKeepsTheFullMatchesFirst() {
        SearchResult r = archive.search().search(SearchRequest.builder(QUERY).sort(SearchRequest.Sort.NEWEST).build());

        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).isEqualTo(1);
        assertThat(r.hits().get(0).id()).isEqualTo(RelaxedRareWordTest.EVERY_WORD);
        assertThat(r.hits().get(0).allWords()).isTrue();
        List<SearchHit> rest = r.hits().subList(1, r.hits().size());
        assertThat(rest).isNotEmpty().allSatisfy(h -> assertThat(h.allWords()).as("%d", h.id()).isFalse());
        // the rest newest first: the 2020 model stories before the 2017 ones
        assertThat(rest).extracting(h -> h.published().toLocalDate())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void relevanceOrderMarksThePartialMatchesToo() {
        SearchResult r = archive.search().search(SearchRequest.builder(QUERY).build());

        assertThat(r.hits()).filteredOn(SearchHit::allWords).extracting(SearchHit::id)
                .containsExactly(RelaxedRareWordTest.EVERY_WORD);
        SearchResult strict = archive.search().search(SearchRequest.builder("mô hình VNEN").build());
        assertThat(strict.relaxed()).isFalse();
        assertThat(strict.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.allWords()).isTrue());
    }
}
