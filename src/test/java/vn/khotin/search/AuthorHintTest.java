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
 * A query that is a journalist's name says how many articles the author signed and how to find them: searched as
 * words, "Trọng Giáp" found none of the 16 he wrote on the demo (a trial), with no hint of {@code tác giả:}.
 */
class AuthorHintTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(AuthorHintTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(article(100 + i, "Nông dân thu hoạch lúa xuân " + i, "Năng suất đạt khá.", "Giá lúa ổn định.",
                    "Trọng Giáp", date(2023, 1, 1 + i), "Nông nghiệp", List.of(), List.of()));
        }
        out.add(article(200, "Người Hà Tĩnh đón Tết", "Phố phường rực rỡ.", "Ông Trọng kể chuyện Giáp Thìn.",
                "Báo Hà Tĩnh", date(2023, 2, 1), "Xã hội", List.of(), List.of()));
        return out;
    }

    private static List<String> warnings(String q) {
        return archive.search().search(SearchRequest.of(q, 10)).warnings();
    }

    @Test
    void aJournalistsNameSaysHowToFindTheirArticles() {
        assertThat(warnings("Trọng Giáp")).contains(
                "Có 3 bài của tác giả “Trọng Giáp”: tìm tác giả:\"Trọng Giáp\" để xem các bài ấy.");
    }

    @Test
    void onlyANameTypedAloneAndNoPlace() {
        assertThat(warnings("Hà Tĩnh")).noneMatch(w -> w.contains("tác giả"));
        assertThat(warnings("lúa Trọng Giáp")).noneMatch(w -> w.contains("tác giả"));
        assertThat(warnings("\"Trọng Giáp\"")).noneMatch(w -> w.contains("tác giả"));
        assertThat(warnings("Văn Bình")).noneMatch(w -> w.contains("tác giả"));
    }
}
