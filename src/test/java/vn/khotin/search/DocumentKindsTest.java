package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * A document's kind typed alone ("NĐ-CP", "QĐ-UBND") also finds the articles that write it at the end of a code
 * ("100/2019/NĐ-CP", one term in the index): it found only the articles writing it on its own, and said that no
 * article wrote it when none did.
 */
class DocumentKindsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(DocumentKindsTest::articles);

    static final long DECREE_CODE = 100;
    static final long DECREE_ALONE = 101;
    static final long DECISION_CODE = 102;
    static final long OTHER_DECREE = 103;

    private static List<Article> articles() {
        return List.of(
                article(DECREE_CODE, "Tăng mức phạt vi phạm giao thông", "Từ ngày 1/1/2020, Nghị định 100/2019/NĐ-CP có hiệu lực.",
                        "Người điều khiển xe máy vượt đèn đỏ bị phạt nặng hơn.", "PV", date(2020, 1, 1), "Giao thông", List.of(), List.of()),
                article(DECREE_ALONE, "Hướng dẫn xử phạt", "Các nghị định NĐ-CP về xử phạt được tổng hợp.",
                        "Cán bộ được tập huấn.", "PV", date(2020, 2, 1), "Pháp luật", List.of(), List.of()),
                article(DECISION_CODE, "Phê duyệt quy hoạch vùng cát", "UBND tỉnh ban hành Quyết định 1193/QĐ-UBND.",
                        "Quy hoạch có hiệu lực từ tháng sau.", "PV", date(2020, 3, 1), "Thời sự", List.of(), List.of()),
                article(OTHER_DECREE, "Chính phủ ban hành nghị định mới", "Nghị định 15/2018/NĐ-TTg được sửa đổi.",
                        "Các bộ ngành triển khai.", "PV", date(2020, 4, 1), "Thời sự", List.of(), List.of()));
    }

    private static SearchResult search(String query) {
        return archive.search().search(SearchRequest.builder(query).size(20).build());
    }

    private static List<Long> ids(String query) {
        return search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aKindFindsTheCodesThatEndWithIt() {
        assertThat(ids("NĐ-CP")).containsExactlyInAnyOrder(DECREE_CODE, DECREE_ALONE);
        assertThat(ids("nd-cp")).containsExactlyInAnyOrder(DECREE_CODE, DECREE_ALONE);
        assertThat(ids("QĐ-UBND")).containsExactly(DECISION_CODE);
    }

    @Test
    void aKindThatEndsACodeIsNotNamedAsWrittenNowhere() {
        SearchResult r = search("QĐ-UBND quy hoạch");
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(DECISION_CODE);
        assertThat(search("QĐ-TTg quy hoạch").warnings()).anyMatch(w -> w.contains("“QĐ-TTg”"));
        assertThat(search("QĐ-UBND xyzkhông").warnings()).noneMatch(w -> w.contains("QĐ-UBND"));
    }

    @Test
    void onlyAKindsCodeIsReadSo() {
        assertThat(DocumentKinds.codeEnding("NĐ-CP")).isEqualTo("/nđ-cp");
        assertThat(DocumentKinds.codeEnding("qd-ubnd")).isEqualTo("/qd-ubnd");
        assertThat(DocumentKinds.codeEnding("Hang-seo")).isNull();
        assertThat(DocumentKinds.codeEnding("Su-30")).isNull();
        assertThat(DocumentKinds.codeEnding("NĐ")).isNull();
    }
}
