package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;

/** The word-pair statistics of a large archive are read from articles spread over all of it, not its oldest ones. */
class WordFormsSampleTest {

    @Test
    void aNameOnlyTheNewerArticlesWriteIsCounted(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            for (int i = 0; i < 40; i++) {
                boolean newer = i >= 20;
                index.add(new IndexedArticle(article(i + 1,
                        newer ? "Ông Phạm Bình Minh tiếp khách, buổi " + i : "Cải cách hành chính ở cơ sở, bài " + i,
                        "Tin trong ngày.", "Nội dung.", "PV", date(newer ? 2024 : 2010, 1, 1 + i % 28), "Thời sự",
                        List.of(), List.of()), null, null));
            }
            index.commit();
            index.refresh();
            WordForms forms = index.withSearcher(s -> WordForms.build(s.getIndexReader(), 10));
            assertThat(forms.pairCount("Bình", "Minh")).isPositive();
            assertThat(forms.pairCount("hành", "chính")).isPositive();
        }
    }
}
