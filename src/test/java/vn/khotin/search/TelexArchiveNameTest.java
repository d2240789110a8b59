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
 * A query typed in VNI with the input method off is repaired word by word, also where a word is a name no
 * dictionary has but the archive writes ("Đoòng" of Sơn Đoòng cave).
 */
class TelexArchiveNameTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(TelexArchiveNameTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(1000 + i, "Khám phá hang Sơn Đoòng ở Quảng Bình, kỳ " + (i + 1),
                    "Hang Sơn Đoòng là hang động lớn nhất thế giới.", "Du khách đến Quảng Bình thám hiểm hang Sơn Đoòng.",
                    "PV", date(2019, 1 + i % 12, 1 + i % 28), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 6; i++) {
            articles.add(article(3000 + i, "Giáo viên mua thịt lợn ủng hộ nông dân, kỳ " + (i + 1),
                    "Giáo viên góp tiền mua thịt lợn.", "Mỗi giáo viên mua vài cân thịt lợn.", "PV",
                    date(2019, 3, 1 + i), "Giáo dục", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            articles.add(article(2000 + i, "Biển Thiên Cầm đón khách, kỳ " + (i + 1), "Du lịch biển Hà Tĩnh.",
                    "Bãi biển sạch đẹp.", "PV", date(2020, 1 + i % 12, 1 + i % 28), "Du lịch", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aVniNameTheArchiveWritesIsRepairedWithItsAccents() {
        SearchResult r = archive.search().search(SearchRequest.builder("hang So7n D9oo2ng Qua3ng Bi2nh").build());

        String shown = r.correctedQuery() != null ? r.correctedQuery() : r.suggestion().query();
        assertThat(shown).isEqualTo("hang Sơn Đoòng Quảng Bình");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= 1000 && h.id() < 1012);
    }

    @Test
    void aTelexQueryWhoseRepairNoArticleHasWholeStillFindsMostOfItsWords() {
        // no article has "10kg": the repaired query finds its articles by most of the words
        SearchResult r = archive.search().search(SearchRequest.builder("giaos vieen mua 10kg thitj lowjn").build());

        assertThat(r.correctedQuery()).isEqualTo("giáo viên mua 10kg thịt lợn");
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= 3000 && h.id() < 3006);
    }
}
