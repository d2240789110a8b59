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
 * A relaxed search ranks, below the articles with every word, those with the query's rarest word above those with
 * more of its common ones (after {@code Hà Tĩnh dừng mô hình VNEN}, judged dev query Q072: the other stories on
 * the VNEN school model ranked below Hà Tĩnh stories that stop some project).
 */
class RelaxedRareWordTest {

    static final long EVERY_WORD = 1;
    static final long MODEL_DEBATE = 2;
    static final long MODEL_TEXTBOOKS = 3;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedRareWordTest::articles);

    static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(EVERY_WORD, "Hà Tĩnh dừng nhân rộng mô hình trường học VNEN",
                "Sở Giáo dục Hà Tĩnh quyết định dừng nhân rộng mô hình VNEN từ năm học mới.",
                "Các trường đang áp dụng mô hình VNEN được tự chọn cách dạy phù hợp.", "PV", date(2017, 8, 10),
                "Giáo dục", List.of(), List.of()));
        articles.add(article(MODEL_DEBATE, "Trường học mới VNEN làm nóng kỳ họp HĐND tỉnh Nghệ An",
                "Nhiều đại biểu chất vấn về mô hình VNEN.",
                "Phụ huynh phản ánh học sinh học theo VNEN không biết viết chính tả, đề nghị dừng VNEN.", "PV",
                date(2017, 7, 12), "Giáo dục", List.of(), List.of()));
        articles.add(article(MODEL_TEXTBOOKS, "Sách giáo khoa VNEN sẽ dùng cho chương trình mới",
                "Bộ Giáo dục cho biết sách theo mô hình VNEN vẫn được dùng.",
                "Nhà xuất bản đã in hàng triệu cuốn sách VNEN, bán cho các trường từ Hà Nội tới Hà Tĩnh.", "PV",
                date(2017, 9, 1), "Giáo dục", List.of(), List.of()));
        String[] stopped = {"dự án nuôi tôm", "thu phí chợ", "xây khu đô thị", "khai thác cát", "lễ hội đông người",
            "tuyến xe buýt", "dự án mỏ sắt", "cấp phép karaoke"};
        for (int i = 0; i < stopped.length; i++) {
            articles.add(article(100 + i, "Hà Tĩnh dừng " + stopped[i] + " theo mô hình cũ",
                    "Hà Tĩnh yêu cầu dừng ngay " + stopped[i] + " để rà soát mô hình quản lý.",
                    "UBND tỉnh Hà Tĩnh giao các sở kiểm tra, báo cáo trước khi cho hoạt động trở lại.", "PV",
                    date(2019, 1 + i, 3), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(article(200 + i, "Hà Tĩnh phát triển mô hình kinh tế vườn, vụ " + (i + 1),
                    "Nông dân Hà Tĩnh nhân rộng mô hình trồng cam.", "Nhiều hộ có thu nhập cao.", "PV",
                    date(2020, 1 + i, 5), "Kinh tế", List.of(), List.of()));
        }
        articles.addAll(Fixtures.unrelated(300, 20));
        return articles;
    }

    @Test
    void theRarestWordOutranksMoreOfTheCommonOnes() {
        SearchResult r = archive.search().search(SearchRequest.builder("Hà Tĩnh dừng mô hình VNEN").build());
        List<Long> ids = r.hits().stream().map(SearchHit::id).toList();

        assertThat(r.relaxed()).isTrue();
        assertThat(ids).first().isEqualTo(EVERY_WORD);
        assertThat(ids.subList(1, 3)).containsExactlyInAnyOrder(MODEL_DEBATE, MODEL_TEXTBOOKS);
        assertThat(ids).contains(100L);
    }
}
