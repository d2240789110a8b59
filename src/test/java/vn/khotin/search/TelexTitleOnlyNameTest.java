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
 * A name no dictionary has, which the archive writes only in its titles, is still a word the archive writes: a
 * query typed in VNI with the input method off is repaired to it.
 */
class TelexTitleOnlyNameTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(TelexTitleOnlyNameTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(1000 + i, "Khám phá hang Sơn Đoòng ở Quảng Bình, kỳ " + (i + 1),
                    "Hang động lớn nhất thế giới đón đoàn thám hiểm mới.",
                    "Du khách đến Quảng Bình thám hiểm hang động, đi bộ nhiều ngày trong rừng.",
                    "PV", date(2019, 1 + i % 12, 1 + i % 28), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            articles.add(article(2000 + i, "Biển Thiên Cầm đón khách, kỳ " + (i + 1), "Du lịch biển Hà Tĩnh.",
                    "Bãi biển sạch đẹp.", "PV", date(2020, 1 + i % 12, 1 + i % 28), "Du lịch", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aVniNameWrittenOnlyInTitlesIsRepairedWithItsAccents() {
        SearchResult r = archive.search().search(SearchRequest.builder("hang So7n D9oo2ng Qua3ng Bi2nh").build());

        String shown = r.correctedQuery() != null ? r.correctedQuery()
                : r.suggestion() == null ? null : r.suggestion().query();
        assertThat(shown).isEqualTo("hang Sơn Đoòng Quảng Bình");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= 1000 && h.id() < 1012);
    }
}
