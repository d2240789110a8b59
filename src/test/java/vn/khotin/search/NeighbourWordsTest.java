package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

/**
 * A word's neighbours are remembered only for the index they were read from: once a crawl has added a word, the
 * next search offers it (a server is never left with the spelling of the archive it started with).
 */
class NeighbourWordsTest {

    @TempDir
    Path dir;

    @Test
    void aWordAddedToTheArchiveBecomesANeighbourAtTheNextRefresh() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article(100 + i, "Vườn hoa hồng của anh Linh, bài " + (i + 1), "Hoa hồng cho thu nhập.",
                    "Anh Linh linh hoạt chọn giống hoa hồng mới.", "PV", date(2022, 1 + i, 1), "Kinh tế",
                    List.of(), List.of()));
        }
        NeighbourWords neighbours = new NeighbourWords(2, Integer.MAX_VALUE, SuggestMode.SUGGEST_ALWAYS);
        Term typed = new Term(ArticleSchema.BODY, "lỉnh");
        try (ArticleIndex index = Fixtures.index(dir, articles)) {
            List<String> before = index.withSearcher(s -> words(neighbours.of(s.getIndexReader(), typed)));
            List<String> again = index.withSearcher(s -> words(neighbours.of(s.getIndexReader(), typed)));

            index.upsert(new IndexedArticle(article(200, "Hồng Lĩnh: chợ phiên", "Chợ đông vui.",
                    "Người dân thị xã Hồng Lĩnh đi chợ phiên.", "PV", date(2023, 1, 2), "Xã hội", List.of(),
                    List.of()), null, null));
            index.refresh();
            List<String> after = index.withSearcher(s -> words(neighbours.of(s.getIndexReader(), typed)));

            assertThat(before).contains("linh").doesNotContain("lĩnh");
            assertThat(again).isEqualTo(before);
            assertThat(after).contains("linh", "lĩnh");
        }
    }

    private static List<String> words(SuggestWord[] found) {
        return Arrays.stream(found).map(w -> w.string).toList();
    }
}
