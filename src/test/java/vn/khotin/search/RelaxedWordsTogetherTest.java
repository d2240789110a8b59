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
 * In a relaxed search, the first tier is the articles that have every word together, not those that name them all
 * somewhere in a long body (after judged dev queries such as {@code sai phạm tuyển dụng giáo viên Hà Tĩnh}, where a
 * weekly round-up that named each word in a different item ranked second, above the stories on the need that lack
 * one of its words).
 */
class RelaxedWordsTogetherTest {

    static final long TOGETHER = 1;
    static final long ROUND_UP = 2;
    static final long ONE_WORD_SHORT = 3;
    static final long HEADLINE_AND_BODY = 4;

    /** About 1,600 characters of a round-up's other items: more than the words' window. */
    static final String OTHER_ITEMS = ("Giá xăng trong nước tăng lần thứ ba liên tiếp, người dân đổ xô đi mua. "
            + "Bão số 3 đổ bộ vào đất liền, nhiều nhà bị tốc mái, cây xanh gãy đổ trên các tuyến phố. "
            + "Đội tuyển bóng đá giành chiến thắng trong trận giao hữu cuối tuần. ").repeat(6);
    /** As long, of a report's own (other text than the round-up's, which would be its near-duplicate). */
    static final String INQUIRY = ("Đoàn kiểm tra lấy mẫu đất, nước tại bãi và mời các hộ dân lên làm việc. "
            + "Chính quyền xã lập biên bản, báo cáo huyện để có hướng xử lý tiếp theo trong tháng tới. "
            + "Nhiều hộ gia đình cho biết mùi hôi khiến sinh hoạt bị ảnh hưởng nặng nề. ").repeat(6);

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedWordsTogetherTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(TOGETHER, "Xử lý nghiêm vụ Formosa chôn chất thải trái phép",
                "Bộ trưởng yêu cầu làm rõ trách nhiệm.",
                "Cơ quan chức năng xác định Formosa đã chôn chất thải trái phép tại trang trại ở thị xã Kỳ Anh.", "PV",
                date(2017, 7, 20), "Môi trường", List.of(), List.of()));
        articles.add(article(ROUND_UP, "Tin nóng trong tuần: giá xăng tăng, bão số 3 đổ bộ",
                "Những tin tức nổi bật trong tuần qua.",
                "Formosa tổ chức diễn tập an toàn lao động tại nhà máy. " + OTHER_ITEMS
                        + "Một công ty ở Đồng Nai bị phát hiện chôn chất thải trái phép trong khu đất trống.", "PV",
                date(2017, 7, 22), "Thời sự", List.of(), List.of()));
        articles.add(article(ONE_WORD_SHORT, "Formosa chôn chất thải: phạt gần 600 triệu đồng",
                "Formosa bị xử phạt vì chôn chất thải công nghiệp tại trang trại của một doanh nghiệp ở Kỳ Anh.",
                "Đoàn kiểm tra phát hiện hàng trăm tấn chất thải của Formosa được chôn lấp tại trang trại.", "PV",
                date(2017, 7, 25), "Môi trường", List.of(), List.of()));
        articles.add(article(HEADLINE_AND_BODY, "Formosa chôn chất thải ở bãi Kỳ Anh", "Người dân phản ánh.",
                "Người dân xã Kỳ Tân phát hiện xe chở chất thải vào bãi. " + INQUIRY
                        + "Sở Tài nguyên kết luận việc chôn lấp là trái phép.", "PV",
                date(2017, 7, 28), "Môi trường", List.of(), List.of()));
        for (int i = 0; i < 8; i++) {
            articles.add(article(100 + i, "Xử lý chất thải rắn ở khu công nghiệp, đợt " + (i + 1),
                    "Các doanh nghiệp phải xử lý chất thải đúng quy định.", "Nhiều đơn vị đã ký hợp đồng xử lý.",
                    "PV", date(2019, 1 + i, 3), "Môi trường", List.of(), List.of()));
        }
        articles.addAll(Fixtures.unrelated(300, 20));
        return articles;
    }

    @Test
    void anArticleNamingTheWordsFarApartRanksWithThoseThatLackOne() {
        SearchResult r = archive.search().search(SearchRequest.builder("Formosa chôn chất thải trái phép").build());
        List<Long> ids = r.hits().stream().map(SearchHit::id).toList();

        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).as("the round-up still has every word").isEqualTo(3);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(TOGETHER, HEADLINE_AND_BODY);
        assertThat(ids.indexOf(ONE_WORD_SHORT)).isLessThan(ids.indexOf(ROUND_UP));
    }

    @Test
    void theWordsWindowIsTheSmallestStretchHoldingEachWord() {
        assertThat(PassageWindow.smallestSpan(List.of(new int[] {0, 500, 2000}, new int[] {900, 2100})))
                .isEqualTo(100);
        assertThat(PassageWindow.smallestSpan(List.of(new int[] {10}, new int[] {5000}, new int[] {40, 4990})))
                .isEqualTo(4990);
        assertThat(PassageWindow.smallestSpan(List.of(new int[] {7, 9}))).isZero();
        assertThat(PassageWindow.covers(List.of(new int[] {0}, new int[] {1200}), 1200)).isTrue();
        assertThat(PassageWindow.covers(List.of(new int[] {0}, new int[] {1201}), 1200)).isFalse();
    }
}
