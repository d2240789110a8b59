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
 * An abbreviation or its full form is found by its word pairs, within a clause: "công an" (police) is not "thành
 * công, an toàn" (success, safety), which its phrase of folded syllables matched. The abbreviations themselves stay
 * phrases, since articles write "TP. HCM" with a full stop where the word pairs end a clause.
 */
class AbbreviationPairsTest {

    private static final int POLICE = 12;
    private static final int SAIGON = 3;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(AbbreviationPairsTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < POLICE; i++) {
            out.add(article(100 + i, "Công an huyện bắt đối tượng trộm cắp, vụ " + (i + 1), "Tang vật đã được thu giữ.",
                    "Lực lượng công an đang điều tra mở rộng.", "PV", date(2024, 1 + i % 12, 2), "Pháp luật",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(200 + i, "Hội nghị tổng kết năm, kỳ " + (i + 1), "Năm qua đơn vị làm tốt.",
                    "Mùa vụ thành công, an toàn thực phẩm được bảo đảm.", "PV", date(2023, 2 + i, 4), "Kinh tế",
                    List.of(), List.of()));
        }
        for (int i = 0; i < SAIGON; i++) {
            out.add(article(300 + i, "TP. HCM ngập sau mưa lớn, lần " + (i + 1), "Nhiều tuyến đường ngập sâu.",
                    "Triều cường dâng cao ở TP. HCM.", "PV", date(2022, 10, 1 + i), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aFullFormIsNotFoundAcrossAComma() {
        SearchResult r = archive.search().search(SearchRequest.builder("công an").size(20).build());

        assertThat(r.total()).isEqualTo(POLICE);
        assertThat(r.hits()).extracting(SearchHit::id).allMatch(id -> id < 200);
    }

    @Test
    void anAbbreviationWrittenWithAFullStopIsStillFound() {
        SearchResult r = archive.search().search(SearchRequest.builder("TP HCM ngập").build());

        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(300L, 301L, 302L);
        assertThat(archive.search().search(SearchRequest.builder("thành phố Hồ Chí Minh ngập").build()).total())
                .isEqualTo(SAIGON);
    }
}
