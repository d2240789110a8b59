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
 * A foreign name that starts a query ({@code Formosa chôn chất thải trái phép}, a judged dev query) is the query's
 * subject, not a word a phone keyboard capitalised: when the search relaxes, Formosa's waste stories that lack
 * "chôn" or "trái phép" rank above another company's illegal waste burial that has every word but the name.
 */
class RelaxedForeignNameTest {

    static final long EVERY_WORD = 1;
    static final long FORMOSA_WASTE = 2;
    static final long OTHER_COMPANY = 3;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedForeignNameTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(EVERY_WORD, "Formosa bị phạt vì chôn trái phép chất thải",
                "Formosa chôn chất thải trái phép trong khuôn viên nhà máy.",
                "Cơ quan chức năng xử phạt Formosa.", "PV", date(2017, 7, 20), "Môi trường", List.of(), List.of()));
        articles.add(article(FORMOSA_WASTE, "Formosa chuyển 150 tấn chất thải ra Phú Thọ",
                "Sở Tài nguyên chưa biết việc Formosa chuyển chất thải ra tỉnh khác.",
                "Chất thải của Formosa được xe tải chở đi xử lý.", "PV", date(2017, 8, 2), "Môi trường", List.of(),
                List.of()));
        articles.add(article(OTHER_COMPANY, "Công ty ở Đồng Nai chôn rác trái phép",
                "Một công ty chôn chất thải trái phép ven sông.",
                "Doanh nghiệp bị phạt vì chôn lấp rác thải công nghiệp.", "PV", date(2018, 3, 5), "Môi trường",
                List.of(), List.of()));
        articles.addAll(Fixtures.unrelated(100, 12));
        return articles;
    }

    @Test
    void aForeignNameFirstInTheQueryRanksItsStoriesFirst() {
        SearchResult r = archive.search().search(SearchRequest.builder("Formosa chôn chất thải trái phép").build());

        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::id).startsWith(EVERY_WORD, FORMOSA_WASTE, OTHER_COMPANY);
    }

    @Test
    void aWordThatCannotBeOneVietnameseSyllableIsForeign() {
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Formosa")).isTrue();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Samsung")).isTrue();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Facebook")).isTrue();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Nguyễn")).isFalse();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Quảng")).isFalse();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Người")).isFalse();
        assertThat(vn.khotin.analysis.VietnameseText.foreign("Cháy")).isFalse();
    }
}
