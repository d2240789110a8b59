package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/** Republished copies are added only beyond the file's own articles (bench search notes them only then). */
class CorpusArticlesTest {

    private static List<Article> own(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Article(i, "https://baohatinh.vn/a" + i + ".html", "Tiêu đề " + i, "", "",
                    List.of("Đoạn đầu " + i, "Đoạn hai " + i), List.of(), "", OffsetDateTime.parse("2024-01-01T07:00+07:00"),
                    null, "Xã hội", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE));
        }
        return out;
    }

    @Test
    void enoughOwnArticlesGetNoCopies() {
        List<Article> articles = own(5);
        assertThat(CorpusArticles.withCopies(articles, 5)).isSameAs(articles);
        assertThat(CorpusArticles.withCopies(articles, 3)).isSameAs(articles);
    }

    @Test
    void copiesFillUpToNWithNewIdsAndTheFirstParagraphDropped() {
        List<Article> all = CorpusArticles.withCopies(own(3), 5);
        assertThat(all).hasSize(5);
        assertThat(all.get(3).id()).isEqualTo(4);
        assertThat(all.get(3).title()).isEqualTo("Tiêu đề 1");
        assertThat(all.get(3).body()).containsExactly("Đoạn hai 1");
        assertThat(all.get(4).title()).isEqualTo("Tiêu đề 2");
    }
}
