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
 * A syllable Vietnamese writes with i or y ("lí"/"lý", "kĩ"/"kỹ", "quí"/"quý") finds both spellings, typed either
 * way, with or without diacritics.
 */
class IyVariantsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(IyVariantsTest::articles);

    static final long Y_SPELLING = 3300;
    static final long I_SPELLING = 3301;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        out.add(article(Y_SPELLING, "Nâng cao kỹ thuật trồng lúa", "Nông dân học kỹ thuật mới.", "Lý do là năng suất.",
                "PV", date(2022, 1, 3), "Kinh tế", List.of(), List.of()));
        out.add(article(I_SPELLING, "Tập huấn kĩ thuật nuôi tôm", "Người nuôi tôm học kĩ thuật.", "Lí do là dịch bệnh.",
                "PV", date(2022, 1, 4), "Kinh tế", List.of(), List.of()));
        return out;
    }

    @Test
    void theOtherSpellingKeepsToneAndCase() {
        assertThat(IyVariants.of("lí")).isEqualTo("lý");
        assertThat(IyVariants.of("Kỳ")).isEqualTo("Kì");
        assertThat(IyVariants.of("quý")).isEqualTo("quí");
        assertThat(IyVariants.of("KỸ")).isEqualTo("KĨ");
        assertThat(IyVariants.of("ky")).isEqualTo("ki");
        assertThat(IyVariants.of("y")).as("a lone vowel").isNull();
        assertThat(IyVariants.of("tin")).as("i not last").isNull();
        assertThat(IyVariants.of("vĩ")).as("onset without the variant").isNull();
    }

    @Test
    void eitherSpellingFindsBoth() {
        for (String q : List.of("kĩ thuật", "kỹ thuật", "ki thuat", "ky thuat", "lí do", "lý do")) {
            SearchResult r = archive.search().search(SearchRequest.builder(q).build());
            assertThat(r.hits()).as(q).extracting(SearchHit::id).containsExactlyInAnyOrder(Y_SPELLING, I_SPELLING);
        }
    }
}
