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
import vn.khotin.model.Article;

/**
 * {@code khotin stats} names the oldest and newest article; among articles of the same moment it names the one
 * with the lowest ID, whatever order they were indexed in (a trial saw four titles in six runs on one archive).
 */
class OldestArticleTest {

    @TempDir
    Path dir;

    @Test
    void amongArticlesOfTheSameMomentTheLowestIdIsNamed() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (long id : new long[] {57, 12, 99, 31}) {
            articles.add(article(id, "Bài " + id, "Sapo.", "Nội dung.", "PV", date(2020, 10, 1), "Xã hội", List.of(),
                    List.of()));
        }
        articles.add(article(5, "Bài mới", "Sapo.", "Nội dung.", "PV", date(2021, 1, 1), "Xã hội", List.of(),
                List.of()));
        try (ArticleIndex index = Fixtures.index(dir, articles)) {
            assertThat(index.byPublished(false)).hasValue(12);
            assertThat(index.byPublished(true)).hasValue(5);
        }
    }
}
