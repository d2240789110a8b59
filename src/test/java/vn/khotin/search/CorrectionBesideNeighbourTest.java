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
 * A spelling correction is kept only if some article writes each word it changes beside a neighbour: "ăn no nê"
 * (well fed; "nê" is a rare word) was read on the 1,500-article demo as "ăn no lê", which no article writes (the
 * word-pair statistics fold "no lê" with "nô lệ", slavery), and its results replaced the right ones. A correction
 * the archive writes in context is still made.
 */
class CorrectionBesideNeighbourTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CorrectionBesideNeighbourTest::articles)
            .withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        out.add(article(100, "Bà con vui Tết", "Mâm cỗ đầy đủ.", "Con cháu được ăn no nê bên gia đình.", "PV",
                date(2019, 2, 5), "Xã hội", List.of(), List.of()));
        for (int i = 0; i < 40; i++) {
            out.add(article(1000 + i, "Chế độ nô lệ và bài học lịch sử, kỳ " + (i + 1),
                    "Thân phận nô lệ thời xưa.", "Người dân ăn uống đạm bạc, không mấy khi được no. Ông Lê kể lại.",
                    "PV", date(2020, 1 + i % 12, 1 + i % 28), "Văn hóa", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(2000 + i, "Thiệt hại do bão ở miền Trung, đợt " + (i + 1),
                    "Bão làm đổ nhiều nhà.", "Thiệt hại do bão rất lớn, người dân khắc phục hậu quả.", "PV",
                    date(2021, 1 + i % 12, 4), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aCorrectionNoArticleWritesInContextIsNotMade() {
        SearchResult r = archive.search().search(SearchRequest.builder("ăn no nê").build());

        assertThat(r.correctedQuery()).isNull();
        assertThat(r.hits()).extracting(SearchHit::id).contains(100L);
    }

    @Test
    void aCorrectionWrittenInContextIsStillMade() {
        SearchResult r = archive.search().search(SearchRequest.builder("thiệt hại do bảo").build());

        String offered = r.correctedQuery() != null ? r.correctedQuery()
                : r.suggestion() == null ? null : r.suggestion().query();
        assertThat(offered).isEqualTo("thiệt hại do bão");
    }
}
