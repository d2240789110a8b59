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
 * A small archive that a crawl is still filling: the article the crawl adds last counts for the next "did you
 * mean" at once. The demo's crawl indexes its one "TX Hồng Lĩnh" title after the server has answered searches;
 * "Hồng Lỉnh" was then offered "Hồng Tỉnh", from word statistics of the archive before it.
 */
class FreshWordFormsTest {

    @TempDir
    Path dir;

    @Test
    void aNameTheCrawlHasJustAddedIsTheCorrectionAtOnceAndNoStaleAnswerIsKept() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            articles.add(article(100 + i, "Nông dân trong tỉnh trồng hoa hồng, bài " + (i + 1),
                    "Vườn hoa hồng của tỉnh cho thu nhập ổn định.",
                    "Anh Tâm, chủ vườn ở tỉnh, chọn giống hoa hồng mới.", "PV", date(2022, 1 + i % 12, 1),
                    "Kinh tế", List.of(), List.of()));
        }
        try (ArticleIndex index = Fixtures.index(dir, articles)) {
            ArticleSearch search = new ArticleSearch(index, 100); // a server's search, with its result cache
            search.suggestions().awaitReady(60_000);
            SearchResult before = search.search(SearchRequest.builder("Hồng Lỉnh").build());

            index.upsert(new IndexedArticle(article(200, "TX Hồng Lĩnh nâng cao chất lượng sinh hoạt chi bộ",
                    "Các chi bộ đổi mới nội dung sinh hoạt.", "Thị xã tổ chức hội nghị chuyên đề.", "PV",
                    date(2023, 2, 1), "Chính trị", List.of(), List.of()), null, null));
            index.refresh();
            SearchResult after = search.search(SearchRequest.builder("Hồng Lỉnh").build());
            SearchResult again = search.search(SearchRequest.builder("Hồng Lỉnh").build());

            assertThat(before.suggestion() == null ? null : before.suggestion().query()).isNotEqualTo("Hồng Lĩnh");
            assertThat(after.suggestion()).isNotNull();
            assertThat(after.suggestion().query()).isEqualTo("Hồng Lĩnh");
            assertThat(again.suggestion().query()).isEqualTo("Hồng Lĩnh");
        }
    }
}
