package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A code the analyzer splits at its hyphen or dot ("Su-30", "F-16", "U.23") is its pieces side by side: matched
 * anywhere in the text, "Su-30" found 102 articles of the demo, 3 about the fighter jet, and a quoted "F-16" found
 * "John F. Kennedy" with a "16" further on.
 */
class HyphenatedCodesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(HyphenatedCodesTest::articles);

    static final long SU_30 = 100;
    static final long SU_30_SPACED = 101;
    static final long SU_AND_30 = 102;
    static final long F_16 = 103;
    static final long KENNEDY = 104;

    private static List<Article> articles() {
        return List.of(
                article(SU_30, "Ấn Độ tìm thấy máy bay Su-30 mất tích", "Chiếc Su-30 rơi trong khu rừng giáp biên.",
                        "Lực lượng cứu hộ đã đến hiện trường.", "PV", date(2019, 6, 1), "Thế giới", List.of(), List.of()),
                article(SU_30_SPACED, "Không quân nhận thêm tiêm kích Su 30", "Lô máy bay mới được bàn giao.",
                        "Các phi công đã bay thử.", "PV", date(2019, 7, 1), "Thế giới", List.of(), List.of()),
                article(SU_AND_30, "Trung - Nhật ký thỏa thuận 30 tỉ USD", "Hai bên ký kết tại Bắc Kinh.",
                        "Ông Su, đại diện phía Trung Quốc, cho biết thỏa thuận trị giá 30 tỉ USD.", "PV", date(2019, 8, 1), "Kinh tế", List.of(), List.of()),
                article(F_16, "F-16 Mỹ bắn nhầm đồng đội", "Chiến đấu cơ F-16 gặp sự cố khi diễn tập.",
                        "Một người thiệt mạng.", "PV", date(2019, 9, 1), "Thế giới", List.of(), List.of()),
                article(KENNEDY, "Bí ẩn vụ ám sát John F. Kennedy", "Hồ sơ mật được công bố sau nhiều năm.",
                        "Hồ sơ về John F. Kennedy nhắc tới 16 nhân chứng.", "PV", date(2019, 10, 1), "Thế giới", List.of(), List.of()));
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).size(20).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void aHyphenatedCodeIsItsPiecesSideBySide() {
        assertThat(ids("Su-30")).containsExactlyInAnyOrder(SU_30, SU_30_SPACED);
        assertThat(ids("su-30")).containsExactlyInAnyOrder(SU_30, SU_30_SPACED);
        assertThat(ids("\"F-16\"")).containsExactly(F_16);
        assertThat(ids("F-16")).containsExactly(F_16);
    }
}
