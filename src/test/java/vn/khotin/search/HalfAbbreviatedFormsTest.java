package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A concept written half abbreviated ("TP. Hồ Chí Minh", "Sở Nông nghiệp và PTNT") is one of its forms: every other
 * form, quoted or not, finds it, and it finds them. "TP. Hồ Chí Minh" was no form of the concept, so
 * {@code "TP. Hồ Chí Minh"} quoted and {@code TP HCM} missed the articles that write it so.
 */
class HalfAbbreviatedFormsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(HalfAbbreviatedFormsTest::articles);

    static final long TP_FULL_NAME = 100;
    static final long TPHCM = 101;
    static final long FULL = 102;
    static final long APART = 103;
    static final long AGRICULTURE_HALF = 104;
    static final long AGRICULTURE_FULL = 105;

    private static List<Article> articles() {
        return List.of(
                article(TP_FULL_NAME, "Triều cường dâng cao", "Nhiều tuyến đường ở TP. Hồ Chí Minh ngập sâu.",
                        "Người dân lội nước về nhà.", "PV", date(2020, 1, 1), "Thời sự", List.of(), List.of()),
                article(TPHCM, "Mưa lớn kéo dài", "TP.HCM ngập nhiều nơi sau cơn mưa chiều qua.",
                        "Giao thông ùn tắc.", "PV", date(2020, 2, 1), "Thời sự", List.of(), List.of()),
                article(FULL, "Đường phố thành sông", "Thành phố Hồ Chí Minh ngập sau mưa.",
                        "Nhiều xe chết máy.", "PV", date(2020, 3, 1), "Thời sự", List.of(), List.of()),
                article(APART, "Học tập tư tưởng Hồ Chí Minh", "Thành phố Vinh tổ chức hội nghị.",
                        "Cán bộ học tập và làm theo.", "PV", date(2020, 4, 1), "Chính trị", List.of(), List.of()),
                article(AGRICULTURE_HALF, "Chống rét cho trâu bò", "Sở Nông nghiệp và PTNT Hà Tĩnh khuyến cáo người dân.",
                        "Trâu bò cần được che chắn.", "PV", date(2020, 5, 1), "Nông nghiệp", List.of(), List.of()),
                article(AGRICULTURE_FULL, "Gieo cấy vụ xuân", "Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh hướng dẫn lịch thời vụ.",
                        "Nông dân xuống đồng.", "PV", date(2020, 6, 1), "Nông nghiệp", List.of(), List.of()));
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).size(20).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void everyFormOfTheCityFindsEveryOther() {
        for (String q : List.of("TP HCM", "TP.HCM", "\"TP. Hồ Chí Minh\"", "TP. Hồ Chí Minh", "thành phố Hồ Chí Minh",
                "\"thành phố HCM\"", "tp ho chi minh")) {
            assertThat(ids(q)).as(q).containsExactlyInAnyOrder(TP_FULL_NAME, TPHCM, FULL);
        }
    }

    @Test
    void aHalfAbbreviatedDepartmentIsItsFullName() {
        assertThat(ids("Sở Nông nghiệp và Phát triển nông thôn")).containsExactlyInAnyOrder(AGRICULTURE_HALF, AGRICULTURE_FULL);
        assertThat(ids("Sở NN&PTNT")).containsExactlyInAnyOrder(AGRICULTURE_HALF, AGRICULTURE_FULL);
        assertThat(ids("\"Nông nghiệp và PTNT\"")).containsExactlyInAnyOrder(AGRICULTURE_HALF, AGRICULTURE_FULL);
    }
}
