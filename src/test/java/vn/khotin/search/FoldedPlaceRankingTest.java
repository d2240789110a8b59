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
 * A place of Hà Tĩnh typed without diacritics ranks the articles that write the place above those whose words
 * merely fold alike, other things equal: a trial found "Nhật ký ảnh" (photo diary) second for {@code ky anh}.
 */
class FoldedPlaceRankingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(FoldedPlaceRankingTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(article(1 + i, "Nhật ký ảnh: đường mới, kỳ " + (i + 1), "Ảnh đẹp trong tuần.",
                    "Những bức ảnh về con đường mới.", "PV", date(2023, 1 + i, 2), "Ảnh", List.of(), List.of()));
        }
        for (int i = 0; i < 6; i++) {
            articles.add(article(100 + i, "Thị xã Kỳ Anh: đường mới, đợt " + (i + 1), "Công trình khởi công.",
                    "Người dân phấn khởi với con đường mới.", "PV", date(2023, 1 + i, 3), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 6; i++) {
            // the photo diary writes the other words in its title, the town only in its body
            articles.add(article(200 + i, "Nhật ký ảnh: lễ hội đua thuyền, kỳ " + (i + 1),
                    "Ảnh lễ hội đua thuyền.", "Ảnh lễ hội đua thuyền trên sông.", "PV", date(2023, 2 + i, 4), "Ảnh",
                    List.of(), List.of()));
            articles.add(article(300 + i, "Lễ hội đua thuyền, đợt " + (i + 1), "Ngày hội ở thị xã Kỳ Anh.",
                    "Thị xã Kỳ Anh tổ chức lễ hội đua thuyền.", "PV", date(2023, 2 + i, 5), "Văn hóa", List.of(),
                    List.of()));
        }
        return articles;
    }

    @Test
    void aPlaceTypedWithACapitalRanksHigherStill() {
        // the capital says the town was meant ("cua Sot", "Cau Treo" in a trial), not words that fold alike
        SearchResult r = archive.search().search(SearchRequest.builder("le hoi dua thuyen Ky Anh").build());
        assertThat(r.hits().subList(0, 6)).extracting(SearchHit::id).allSatisfy(id -> assertThat(id).isBetween(300L, 399L));
    }

    @Test
    void thePlaceRanksAboveWordsThatFoldAlike() {
        SearchResult r = archive.search().search(SearchRequest.builder("ky anh duong moi").build());

        assertThat(r.hits().subList(0, 6)).extracting(SearchHit::id).allSatisfy(id -> assertThat(id).isGreaterThan(99L));
        assertThat(r.total()).as("a ranking boost: the photo diaries still match").isEqualTo(12);
    }

    @Test
    void aNameThatFoldsToNoPlaceIsNotBoosted() {
        SearchResult r = archive.search().search(SearchRequest.builder("nhat ky anh").build());

        assertThat(r.hits().get(0).id()).isLessThan(100L);
    }
}
