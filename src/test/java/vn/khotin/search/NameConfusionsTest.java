package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * A place's name typed with a sound-alike slip ("Mường Sén" for the town Mường Xén, s for x), which articles write
 * only in their bodies, is corrected when no article writes the name as typed.
 */
class NameConfusionsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NameConfusionsTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 12));
        for (int i = 0; i < 5; i++) {
            out.add(article(100 + i, "Lũ quét ở huyện miền núi Nghệ An, bài " + (i + 1), "Mưa lớn gây lũ quét.",
                    "Nước lũ tràn vào thị trấn Mường Xén, huyện Kỳ Sơn, nhiều nhà bị ngập.", "PV",
                    date(2018, 8, 1 + i), "Xã hội", List.of(), List.of()));
        }
        out.add(article(200, "Nông dân làm sén", "Mùa thu hoạch.", "Ông Sén kể chuyện làng.", "PV",
                date(2019, 3, 3), "Đời sống", List.of(), List.of()));
        return out;
    }

    private static String correct(String query) {
        return archive.index().withSearcher(s -> NameConfusions.correct(s, TextAnalysis.get(), query));
    }

    @Test
    void aNameWithASoundAlikeSlipIsSearchedAsWritten() {
        SearchResult r = archive.search().search(SearchRequest.builder("Mường Sén").build());

        assertThat(r.correctedQuery()).isEqualTo("Mường Xén");
        assertThat(r.hits()).extracting(SearchHit::id).contains(100L, 104L);
    }

    @Test
    void onlyANameNoArticleWritesAsTypedIsCorrected() {
        assertThat(correct("lũ quét Mường Sén Kỳ Sơn")).isEqualTo("lũ quét Mường Xén Kỳ Sơn");
        assertThat(correct("lũ quét Mường Xén")).as("written as typed").isEmpty();
        assertThat(correct("muong sen")).as("typed without diacritics: the accents' restoration's").isEmpty();
        assertThat(correct("mường sén")).as("not capitalised: not a name").isEmpty();
    }
}
