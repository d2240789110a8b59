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
 * A query no article matches, with a sound-alike slip whose correction only bodies write (blind trial 6: "dải đinh
 * cầu Tân Vũ Lạch Huyện", ribbon for "rải đinh", scattering nails, which 14 articles write, too few of them in
 * titles and sapos for the word-pair statistics): corrected, and the correction's articles shown.
 */
class SoundAlikeInBodiesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SoundAlikeInBodiesTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(article(1000 + i, "Khởi tố đối tượng phá hoại trên cầu vượt biển, vụ " + (i + 1),
                    "Công an điều tra vụ việc trên cầu.", "Đối tượng đã rải đinh trên cầu vượt biển gây nguy hiểm.",
                    "PV", date(2020, 1 + i, 5), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            out.add(article(2000 + i, "Dải đất ven biển được quy hoạch, đợt " + (i + 1),
                    "Dải đất dài hàng cây số.", "Đinh ốc và vật liệu được tập kết gần cầu.", "PV",
                    date(2021, 1 + i % 12, 7), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSlipTheBodiesAnswerIsCorrected() {
        SearchResult r = archive.search().search(SearchRequest.builder("dải đinh trên cầu vượt biển").build());

        assertThat(r.correctedQuery()).isEqualTo("rải đinh trên cầu vượt biển");
        assertThat(r.hits()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(r.hits().subList(0, 6)).as("the six with every word first")
                .allSatisfy(h -> assertThat(h.id()).isBetween(1000L, 1005L));
    }

    @Test
    void aPairSomeTextWritesIsLeftAlone() {
        SearchResult r = archive.search().search(SearchRequest.builder("dải đất ven biển").build());

        assertThat(r.correctedQuery()).isNull();
        assertThat(r.suggestion()).isNull();
    }
}
