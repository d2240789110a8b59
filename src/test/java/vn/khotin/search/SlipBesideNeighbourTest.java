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
 * A slip that makes a real word, in a query that finds plenty: "cháy dừng" found 276 articles of 82,137 with a fire
 * and a stop somewhere, none on forest fires in its top three, and only offered "cháy rừng". The typed pair is written
 * (almost) nowhere and the corrected one far more, so the correction replaces the results.
 */
class SlipBesideNeighbourTest {

    static final long FIRST_FIRE = 1000;
    static final int FIRES = 40;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SlipBesideNeighbourTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < FIRES; i++) {
            out.add(article(FIRST_FIRE + i, "Cháy rừng thông ở huyện miền núi, vụ " + (i + 1),
                    "Cháy rừng lan rộng trên sườn đồi.", "Lực lượng kiểm lâm dập lửa cả đêm.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 45; i++) {
            out.add(article(2000 + i, "Tạm dừng xe khách tuyến quốc lộ, đợt " + (i + 1),
                    "Xe khách phải dừng lại kiểm tra.", "Một chiếc xe tải bốc cháy bên đường hôm trước.", "PV",
                    date(2021, 1 + i % 12, 1 + i % 28), "Giao thông", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSlipItsNeighbourIsNeverWrittenBesideIsCorrectedThoughTheQueryFindsPlenty() {
        SearchResult typed = archive.search().search(SearchRequest.builder("cháy dừng").lenient(false).build());
        assertThat(typed.total()).isGreaterThanOrEqualTo(ForgivingSearch.CORRECT_BELOW);

        SearchResult r = archive.search().search(SearchRequest.builder("cháy dừng").build());

        assertThat(r.correctedQuery()).isEqualTo("cháy rừng");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= FIRST_FIRE && h.id() < FIRST_FIRE + FIRES);
    }

    @Test
    void aWordWrittenBesideItsNeighbourAsTypedIsLeft() {
        // "dừng xe" is written in every bus story; "rừng xe" nowhere
        SearchResult r = archive.search().search(SearchRequest.builder("cháy dừng xe khách").build());

        assertThat(r.correctedQuery()).isNull();
    }
}
