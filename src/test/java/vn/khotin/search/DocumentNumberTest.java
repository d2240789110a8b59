package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A document code is written in one piece ("Nghị định 46/2016/NĐ-CP") and indexed as one term; researchers type its
 * number and year ("Nghị định 46/2016"), which found nothing.
 */
class DocumentNumberTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(DocumentNumberTest::articles);

    private static List<Article> articles() {
        return List.of(
                article(1, "Xử phạt vi phạm giao thông theo nghị định mới",
                        "Nghị định 46/2016/NĐ-CP quy định mức phạt.", "Người điều khiển xe máy bị phạt tiền.", "PV",
                        date(2016, 8, 1), "Pháp luật", List.of(), List.of()),
                article(2, "Thông tư về học phí", "Thông tư 46/2017/TT-BGDĐT có hiệu lực.", "Các trường áp dụng.",
                        "PV", date(2017, 9, 1), "Giáo dục", List.of(), List.of()),
                article(3, "Tỷ lệ 46/2016 hộ dân đã nhận tiền", "Có 46/2016 hộ nhận hỗ trợ.", "Số còn lại chờ.",
                        "PV", date(2016, 3, 1), "Xã hội", List.of(), List.of()));
    }

    private static List<Long> ids(String q) {
        return archive.search().search(SearchRequest.builder(q).build()).hits().stream().map(SearchHit::id).sorted()
                .toList();
    }

    @Test
    void aNumberAndYearFindTheDocumentCodesTheyBegin() {
        assertThat(ids("Nghị định 46/2016")).containsExactly(1L);
        assertThat(ids("46/2016")).containsExactly(1L, 3L);
        assertThat(ids("46/2017")).containsExactly(2L);
        assertThat(ids("46/2016/NĐ-CP")).containsExactly(1L);
    }

    @Test
    void onlyANumberOverAYearIsReadAsTheStartOfACode() {
        assertThat(CodeWords.documentNumber("46/2016")).isEqualTo("46/2016/");
        assertThat(CodeWords.documentNumber("3/4")).isNull();
        assertThat(CodeWords.documentNumber("Su-30MK2")).isNull();
    }
}
