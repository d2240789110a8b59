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
 * A legal document named by its kind and number ranks the articles that name it first: "Nghị định 100" listed
 * "phạt tới 100 triệu đồng" and "hơn 100 nghị định" above the decree (a trial on the 82k archive), because the
 * number matched anywhere.
 */
class DocumentReferenceTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(DocumentReferenceTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // the number in the title, the kind in the body: high BM25, not the decree
            articles.add(article(1 + i, "Phạt tới 100 triệu đồng nếu vi phạm lần " + (i + 1),
                    "Mức phạt 100 triệu đồng áp dụng từ năm nay.",
                    "Theo nghị định mới, người vi phạm bị phạt 100 triệu đồng. Nghị định có hiệu lực ngay.", "PV",
                    date(2020, 1 + i, 3), "Pháp luật", List.of(), List.of()));
        }
        articles.add(article(50, "Quy định mới về xử phạt giao thông",
                "Nhiều mức phạt tăng cao.", "Chính phủ ban hành Nghị định 100/2019/NĐ-CP về xử phạt giao thông.", "PV",
                date(2020, 1, 1), "Giao thông", List.of(), List.of()));
        articles.add(article(51, "Người dân chấp hành tốt quy định",
                "Ý thức người tham gia giao thông tăng.", "Sau một năm thực hiện Nghị định số 100, số vụ vi phạm giảm.",
                "PV", date(2021, 1, 1), "Giao thông", List.of(), List.of()));
        articles.add(article(52, "Thông tư 22 về đánh giá học sinh tiểu học",
                "Giáo viên nhận xét thay cho chấm điểm.", "Thông tư 22/2016/TT-BGDĐT sửa đổi cách đánh giá.", "PV",
                date(2017, 9, 1), "Giáo dục", List.of(), List.of()));
        articles.add(article(53, "Một năm Nghị quyết 35, doanh nghiệp vẫn khó tiếp cận vốn",
                "Doanh nghiệp nhỏ chờ chính sách.", "Sau một năm, Nghị quyết 35 chưa tháo gỡ được khó khăn về vốn.",
                "PV", date(2017, 5, 1), "Kinh tế", List.of(), List.of()));
        articles.add(article(54, "Thực hiện Nghị quyết 35/NQ-CP hỗ trợ doanh nghiệp",
                "Tỉnh triển khai nghị quyết.", "UBND tỉnh triển khai Nghị quyết 35/NQ-CP của Chính phủ.", "PV",
                date(2016, 9, 1), "Kinh tế", List.of(), List.of()));
        articles.add(article(55, "Giảm phí tại trạm BOT theo Nghị quyết 46/NQ-CP",
                "Bộ Giao thông rà soát 35 trạm thu phí.", "Nghị quyết 46/NQ-CP yêu cầu rà soát các trạm thu phí.", "PV",
                date(2017, 8, 1), "Giao thông", List.of(), List.of()));
        articles.add(article(56, "Quán triệt Nghị quyết 35/NQ-TW của Bộ Chính trị",
                "Bảo vệ nền tảng tư tưởng của Đảng.", "Cán bộ học tập Nghị quyết 35/NQ-TW.", "PV",
                date(2019, 8, 1), "Chính trị", List.of(), List.of()));
        return articles;
    }

    @Test
    void aWholeCodeAlsoFindsTheDocumentNamedByItsNumber() {
        // "Nghị quyết 35/NQ-CP" found the articles with the code only, not "Một năm Nghị quyết 35" (a trial)
        SearchResult r = archive.search().search(SearchRequest.builder("Nghị quyết 35/NQ-CP").build());

        assertThat(r.hits()).extracting(SearchHit::id).startsWith(54L, 53L);
        assertThat(r.hits()).extracting(SearchHit::id).as("another resolution 35").doesNotContain(56L);
    }

    @Test
    void theDecreeRanksAboveArticlesWithTheNumberElsewhere() {
        SearchResult r = archive.search().search(SearchRequest.builder("Nghị định 100").build());

        assertThat(r.hits()).extracting(SearchHit::id).startsWith(50L, 51L).contains(1L);
        assertThat(r.total()).as("a ranking bonus, not a filter").isEqualTo(8);
    }

    @Test
    void typedWithoutDiacriticsToo() {
        SearchResult r = archive.search().search(SearchRequest.builder("nghi dinh 100").build());

        assertThat(r.hits().subList(0, 2)).extracting(SearchHit::id).containsExactlyInAnyOrder(50L, 51L);
    }

    @Test
    void aNumberAloneIsNoDocument() {
        SearchResult r = archive.search().search(SearchRequest.builder("100 triệu").build());

        assertThat(r.hits()).extracting(SearchHit::id).doesNotContain(50L, 51L);
    }
}
