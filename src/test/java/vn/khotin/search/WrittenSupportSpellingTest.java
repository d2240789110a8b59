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
 * A misspelt word is corrected to the candidate its accented neighbour is written with, not to one whose pair only
 * folds like frequent pairs of other words ("rạng đỏ", "rang đỗ" both fold to "rang do").
 */
class WrittenSupportSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WrittenSupportSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(article(1000 + i, (i < 5 ? "Cháy nhà máy Rạng Đông, kỳ " : "Công ty Rạng Đông ra mắt đèn, kỳ ")
                    + (i + 1), "Nhà máy Rạng Đông ở Hà Nội.", "Công nhân nhà máy Rạng Đông làm việc.", "PV",
                    date(2019, 8, 1 + i), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(article(2000 + i, "Rạng đỏ chân trời, bài thơ số " + (i + 1), "Bình minh rạng đỏ.",
                    "Rạng đỏ trên thủ đô, cờ đỏ tung bay.", "PV", date(2020, 1, 1 + i), "Văn hóa", List.of(),
                    List.of()));
            articles.add(article(3000 + i, "Cách rang đỗ xanh thơm ngon, mẹo số " + (i + 1), "Rang đỗ đều tay.",
                    "Rang đỗ xong để nguội ở thủ đô hay ở quê đều ngon.", "PV", date(2021, 2, 1 + i), "Ẩm thực",
                    List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void theCandidateIsCountedByThePairItWouldBeShownIn() {
        SearchResult r = archive.search().search(SearchRequest.builder("cháy nhà máy Rạng Đôg").build());

        String shown = r.correctedQuery() != null ? r.correctedQuery() : r.suggestion().query();
        assertThat(shown).isEqualTo("cháy nhà máy Rạng Đông");
    }
}
