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
 * A slip that makes real words is offered its correction even when the words typed are found in many articles, if
 * the correction finds far more: "giáo giục" (each word common, the two far apart) is "giáo dục" (the helper's
 * new-user check found no suggestion for it).
 */
class RealWordSlipManyHitsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RealWordSlipManyHitsTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 420; i++) {
            out.add(article(1000 + i, "Ngành giáo dục Hà Tĩnh tổng kết năm học, bài " + (i + 1),
                    "Giáo dục vùng khó được quan tâm.", "Các trường đạt nhiều kết quả.", "PV",
                    date(2019, 1 + i % 12, 1 + i % 28), "Giáo dục", List.of(), List.of()));
        }
        for (int i = 0; i < 35; i++) {
            out.add(article(2000 + i, "Thầy giáo vùng cao vượt núi, chuyện " + (i + 1),
                    "Thầy giáo đến từng nhà thúc giục học sinh đi học.", "Thầy giục các em đi học đều.", "PV",
                    date(2020, 1 + i % 12, 2), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(3000 + i, "Người dân được thúc giục sơ tán trước bão, đợt " + (i + 1),
                    "Chính quyền giục bà con rời khỏi vùng trũng.", "Lực lượng chức năng thúc giục người dân.", "PV",
                    date(2021, 1 + i % 12, 3), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSlipFoundInManyArticlesIsOfferedTheWordsFoundInFarMore() {
        SearchResult typed = archive.search().search(SearchRequest.builder("giáo giục").lenient(false).build());

        assertThat(typed.total()).as("each word is common").isGreaterThanOrEqualTo(35);
        assertThat(typed.suggestion()).isNotNull();
        assertThat(typed.suggestion().query()).isEqualTo("giáo dục");
    }

    @Test
    void andCorrectedWhenTheTypedPairIsWrittenNowhere() {
        SearchResult r = archive.search().search(SearchRequest.builder("giáo giục").build());

        assertThat(r.correctedQuery()).isEqualTo("giáo dục");
    }

    @Test
    void aCorrectQueryIsLeftAlone() {
        SearchResult typed = archive.search().search(SearchRequest.builder("thúc giục học sinh").build());

        assertThat(typed.suggestion()).isNull();
    }
}
