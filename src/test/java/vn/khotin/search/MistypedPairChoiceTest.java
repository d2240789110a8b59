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
 * Of two pairs a wrong tone could belong to ("biển Vủng", "Vủng Áng"), the one whose corrected form the archive
 * writes more often is taken, even when the other folds to a more frequent pair.
 */
class MistypedPairChoiceTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MistypedPairChoiceTest::articles);

    static final long FIRST_PORT = 100;
    static final int PORTS = 30;
    static final long FIRST_RIDDLE = 600;
    static final long FIRST_TEMPERATURE = 800;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < PORTS; i++) {
            articles.add(article(FIRST_PORT + i, "Cảng Vũng Áng đón tàu biển trọng tải lớn, chuyến " + (i + 1),
                    "Tàu cập cảng an toàn.", "Cảng đón tàu hàng rời.", "PV", date(2020, 3, 1 + i % 28), "Kinh tế",
                    List.of(), List.of()));
        }
        // "bien vung" without diacritics (35 titles) is more frequent than "vung ang" (30), but as written it is
        // mostly "biến vùng" (to turn a region), which no tone slip on "Vủng" makes
        for (int i = 0; i < 20; i++) {
            articles.add(article(300 + i, "Biến vùng đất khô cằn thành cánh đồng, mô hình " + (i + 1),
                    "Nông dân cải tạo đất.", "Mô hình mới cho năng suất cao.", "PV", date(2021, 4, 1 + i), "Nông nghiệp",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 15; i++) {
            articles.add(article(400 + i, "Tàu cá ra biển vùng Bắc Bộ, chuyến " + (i + 1), "Ngư dân bám biển.",
                    "Các tàu cá ra khơi đánh bắt.", "PV", date(2022, 5, 1 + i), "Xã hội", List.of(), List.of()));
        }
        // "do đó" (therefore) is very frequent; "đố đổ", typed on purpose, is not a tone slip of it: no single word
        // of "đố đổ" changed gives a pair the archive writes
        for (int i = 0; i < 30; i++) {
            articles.add(article(500 + i, "Do đó, giá xăng tăng mạnh, kỳ " + (i + 1), "Do đó giá cả tăng theo.",
                    "Người dân lo lắng.", "PV", date(2022, 6, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            articles.add(article(FIRST_RIDDLE + i, "Câu đố vui cho bé: cây nào đổ trước, số " + (i + 1),
                    "Những câu đố dân gian.", "Bé trả lời câu đố.", "PV", date(2023, 1, 1 + i), "Giáo dục", List.of(),
                    List.of()));
        }
        // "độ có" is a frequent pair, "do có" (because there is) another with the same folded form
        for (int i = 0; i < 30; i++) {
            articles.add(article(FIRST_TEMPERATURE + i, "Nhiệt độ có thể xuống thấp, bản tin " + (i + 1),
                    "Trời rét đậm.", "Người dân giữ ấm.", "PV", date(2023, 12, 1 + i % 28), "Thời tiết", List.of(),
                    List.of()));
            articles.add(article(700 + i, "Do có mưa lớn, nhiều tuyến đường ngập, bản tin " + (i + 1), "Mưa to.",
                    "Giao thông ùn tắc.", "PV", date(2023, 10, 1 + i % 28), "Giao thông", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void thePairWhoseCorrectionTheArchiveWritesMostIsTheMistypedOne() {
        SearchResult r = archive.search().search(SearchRequest.builder("cảng biển Vủng Áng").size(50).lenient(false)
                .build());
        assertThat(r.total()).isEqualTo(PORTS);
        assertThat(r.hits()).allMatch(h -> h.id() >= FIRST_PORT && h.id() < FIRST_PORT + PORTS);
    }

    @Test
    void theWordOfAMistypedPairTypedRightKeepsItsAccents() {
        // "độ cô" is read as "độ có"; "độ" was typed right, so "do có" is not a match
        SearchResult r = archive.search().search(SearchRequest.builder("độ cô").size(50).lenient(false).build());
        assertThat(r.total()).isEqualTo(30);
        assertThat(r.hits()).allMatch(h -> h.id() >= FIRST_TEMPERATURE && h.id() < FIRST_TEMPERATURE + 30);
    }

    @Test
    void aPairThatOnlyChangingBothWordsWouldExplainIsMeantAsTyped() {
        SearchResult r = archive.search().search(SearchRequest.builder("đố đổ").size(50).lenient(false).build());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(FIRST_RIDDLE, FIRST_RIDDLE + 1,
                FIRST_RIDDLE + 2);
    }
}
