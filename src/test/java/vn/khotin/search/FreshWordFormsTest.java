package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

/**
 * A small archive that a crawl is still filling: the articles the crawl adds last count for the next "did you
 * mean" at once. The demo's crawl indexed its one "TX Hồng Lĩnh" title after the server had built its word
 * statistics; "Hồng Lỉnh" was then offered "Hồng Tỉnh", from the statistics of the archive before it.
 */
class FreshWordFormsTest {

    @TempDir
    Path dir;

    @Test
    void aNameTheCrawlHasJustAddedIsTheCorrectionAtOnceAndNoStaleAnswerIsKept() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(article(500 + i, "Nông dân trồng hoa hồng làm giàu, bài " + (i + 1),
                    "Vườn hoa hồng cho thu nhập ổn định.", "Anh Linh, chủ vườn, linh hoạt chọn giống hoa hồng mới.",
                    "PV", date(2022, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        try (ArticleIndex index = Fixtures.index(dir, articles)) {
            ArticleSearch search = new ArticleSearch(index, 100); // a server's search, with its result cache
            search.suggestions().awaitReady(60_000);
            SearchResult before = search.search(SearchRequest.builder("Hồng Lỉnh").build());

            for (int i = 0; i < 3; i++) { // the crawl goes on: the name arrives, in titles only
                index.upsert(new IndexedArticle(article(100 + i, "Hồng Lĩnh: chợ phiên ngày giáp Tết, kỳ " + (i + 1),
                        "Chợ đông vui từ sáng sớm.", "Tiểu thương bày bán nhiều mặt hàng, người dân đến mua sắm.",
                        "PV", date(2023, 1 + i, 2), "Xã hội", List.of(), List.of()), null, null));
            }
            index.refresh();
            SearchResult after = search.search(SearchRequest.builder("Hồng Lỉnh").build());
            SearchResult again = search.search(SearchRequest.builder("Hồng Lỉnh").build());

            assertThat(shown(before)).isNotEqualTo("Hồng Lĩnh");
            assertThat(shown(after)).isEqualTo("Hồng Lĩnh");
            assertThat(shown(again)).isEqualTo("Hồng Lĩnh");
        }
    }

    /** The reading offered: the "did you mean" query, or the query whose results are shown instead. */
    private static String shown(SearchResult r) {
        return r.correctedQuery() != null ? r.correctedQuery() : r.suggestion() == null ? null : r.suggestion().query();
    }
}
