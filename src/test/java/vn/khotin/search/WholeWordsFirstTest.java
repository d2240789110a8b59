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
 * When a search falls back to a word's syllables apart (fewer than a page of articles write it whole), the articles
 * that write it whole come first in relevance order, as in date order: the new-user check on the 1,500-article demo
 * found 6 of the 7 articles writing "từ thiện" for {@code tu thien} at #17 to #151, below "Thừa Thiên" and "thiên
 * nhiên", whose titles had the syllables. A query of that one word alone keeps the articles that write it whole: its
 * syllables apart, with no other word of the query beside them, are chance meetings.
 */
class WholeWordsFirstTest {

    static final int CHARITY = 3;
    static final int SCENERY = 8;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WholeWordsFirstTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < CHARITY; i++) {
            out.add(article(1 + i, "Chuyện ở làng ven sông, kỳ " + (i + 1), "Bà con giúp nhau qua mùa lũ.",
                    "Những ngày nước lên, hội phụ nữ xã lập quỹ từ thiện để mua gạo, mì tôm và nước sạch cho các hộ "
                            + "nghèo ở vùng thấp trũng.", "PV", date(2020, 1 + i, 5), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < SCENERY; i++) {
            out.add(article(100 + i, "Thừa Thiên Huế: thiên nhiên tươi đẹp, đợt " + (i + 1),
                    "Thiên nhiên hoang sơ hút khách.", "Du khách tự do khám phá thiên nhiên của xã.", "PV",
                    date(2021, 1 + i, 7), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(200 + i, "Tin tổng hợp số " + (i + 1), "Thời tiết hôm nay.", "Trời nắng nhẹ ở nhiều nơi.",
                    "PV", date(2023, 1 + i % 12, 5), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theArticlesThatWriteTheWordWholeComeFirstInRelevanceOrder() {
        SearchResult r = archive.search().search(SearchRequest.builder("tu thien xa").build());

        assertThat(r.syllablesApart()).isTrue();
        assertThat(r.total()).isEqualTo(CHARITY + SCENERY);
        assertThat(r.hits().subList(0, CHARITY)).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(r.hits().subList(0, CHARITY)).allMatch(SearchHit::allWords);
    }

    @Test
    void aQueryOfOneWordKeepsTheFewArticlesThatWriteItWhole() {
        // alone, a word's syllables apart are chance meetings in long texts ("tự do … thiên nhiên")
        SearchResult r = archive.search().search(SearchRequest.builder("tu thien").build());

        assertThat(r.syllablesApart()).isFalse();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(archive.search().search(SearchRequest.builder("từ thiện").build()).hits())
                .extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L);
    }
}
