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
 * A misspelling that makes a pair the archive writes only with other accents ("bạo hàng": never written, while
 * "báo hàng" is) is corrected like a pair it never writes at all.
 */
class WrittenPairCorrectionTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WrittenPairCorrectionTest::articles).withSuggestionsReady();

    static final long FIRST_ABUSE = 100;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        // only a word in many articles (here 50) is taken as a real word typed for another
        for (int i = 0; i < 50; i++) {
            articles.add(article(FIRST_ABUSE + i, "Xử lý vụ bạo hành ở trường mầm non thứ " + (i + 1),
                    "Công an điều tra vụ bạo hành ở một trường mầm non tư thục.",
                    "Cô giáo bị tạm giữ vì bạo hành trẻ trong giờ ăn trưa.", "PV", date(2019, 3, 1 + i % 28), "Pháp luật",
                    List.of(), List.of()));
        }
        // "bao hang" is a frequent pair without diacritics, but written "báo hàng", never "bạo hàng"
        for (int i = 0; i < 8; i++) {
            articles.add(article(300 + i, "Cửa hàng báo hàng về chậm, đợt " + (i + 1),
                    "Nhiều cửa hàng báo hàng về chậm dịp Tết.", "Người bán nói hàng về chậm.", "PV",
                    date(2020, 1, 1 + i), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 45; i++) {
            articles.add(article(400 + i, "Chợ phiên cuối năm, phiên " + (i + 1), "Chợ phiên đông người mua.",
                    "Hàng hóa về chợ nhiều, giá ổn định.", "PV", date(2021, 1, 1 + i % 28), "Kinh tế", List.of(),
                    List.of()));
        }
        return articles;
    }

    @Test
    void aPairWrittenOnlyWithOtherAccentsIsCorrected() {
        SearchResult r = archive.search().search(SearchRequest.builder("bạo hàng trẻ mầm non").build());
        assertThat(r.correctedQuery()).isEqualTo("bạo hành trẻ mầm non");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= FIRST_ABUSE && h.id() < FIRST_ABUSE + 100);
    }

    @Test
    void thePairAsWrittenIsNotCorrected() {
        SearchResult r = archive.search().search(SearchRequest.builder("báo hàng về chậm").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.suggestion()).isNull();
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= 300 && h.id() < 400);
    }
}
