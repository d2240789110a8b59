package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * A small archive (the 1,500-article demo) writes "Hà Tĩnh" in too few titles for its pair to count as common, while
 * "tỉnh Quảng" ("tỉnh Quảng Bình", "tỉnh Quảng Ninh") is everywhere: "Hà Tĩnh Quảng Bình", typed right, was offered
 * "Có phải bạn muốn tìm: Hà Tỉnh Quảng Bình", a slip three articles make. A place of the gazetteer typed right is
 * what the user meant, even where no article names both provinces.
 */
class PlaceTypedRightTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PlaceTypedRightTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article(1000 + i, "Hà Tĩnh gieo cấy lúa xuân, đợt " + (i + 1), "Nông dân ra đồng sớm.",
                    "Thời tiết thuận lợi.", "PV", date(2020, 2, 1 + i), "Nông nghiệp", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            String province = i % 2 == 0 ? "Quảng Bình" : "Quảng Ninh";
            articles.add(article(2000 + i, "Lãnh đạo tỉnh " + province + " thăm doanh nghiệp, kỳ " + (i + 1),
                    "Chủ tịch tỉnh " + province + " làm việc với doanh nghiệp.", "Buổi làm việc diễn ra sáng nay.",
                    "PV", date(2021, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        // the press's own slip, beside the other province
        for (int i = 0; i < 3; i++) {
            articles.add(article(3000 + i, "Tai nạn trên quốc lộ, vụ " + (i + 1), "Xe khách từ Hà Tỉnh đi Quảng Bình.",
                    "Hai người bị thương.", "PV", date(2022, 3, 1 + i), "Thời sự", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aPlaceTypedRightIsNotCorrectedIntoACommonPair() {
        RealWordCorrection correction = new RealWordCorrection(TextAnalysis.get(),
                new WordFormsCache(archive.index(), LoggerFactory.getLogger(PlaceTypedRightTest.class)));

        String corrected = archive.index().withSearcher(s -> correction.correct(s, "Hà Tĩnh Quảng Bình"));
        String writtenAnywhere = archive.index().withSearcher(
                s -> correction.soundAlikesWrittenAnywhere(s, "Hà Tĩnh Quảng Bình"));

        String nameSlip = archive.index().withSearcher(
                s -> NameConfusions.correct(s, TextAnalysis.get(), "Hà Tĩnh Quảng Bình"));

        assertThat(corrected).isEmpty();
        assertThat(writtenAnywhere).isEmpty();
        assertThat(nameSlip).isEmpty();
        SearchResult r = archive.search().search(SearchRequest.builder("Hà Tĩnh Quảng Bình").build());
        assertThat(r.suggestion()).isNull();
        assertThat(r.correctedQuery()).isNull();
    }
}
