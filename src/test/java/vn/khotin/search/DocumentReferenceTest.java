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
        return articles;
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
