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
 * A misspelling the archive has a few times ("Suân", in one story) is corrected by the words on both sides of it,
 * as an unknown one is: in a large archive every misspelling occurs somewhere.
 */
class RareWordCorrectionTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RareWordCorrectionTest::articles);

    static final long FIRST_XUAN_THANH = 100;
    static final long SUAN = 900;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(FIRST_XUAN_THANH + i, "Trịnh Xuân Thanh bị đề nghị mức án mới, phiên " + (i + 1),
                    "Viện kiểm sát đề nghị mức án đối với bị cáo Trịnh Xuân Thanh.",
                    "Trịnh Xuân Thanh nguyên là chủ tịch hội đồng quản trị của tổng công ty.", "PV",
                    date(2018, 2, 1 + i), "Pháp luật", List.of(), List.of()));
        }
        // "quân Thanh" (Quân Thanh Hóa, the football club) is a more frequent pair than "Xuân Thanh" …
        for (int i = 0; i < 16; i++) {
            articles.add(article(300 + i, "Quân Thanh Hóa thắng trận thứ " + (i + 1) + " của mùa giải",
                    "Quân Thanh Hóa giành ba điểm trên sân nhà.", "Các cầu thủ quân Thanh Hóa chơi tự tin.", "PV",
                    date(2021, 4, 1 + i), "Thể thao", List.of(), List.of()));
        }
        // … and "Suân" is in the archive once, so it is not an unknown word
        articles.add(article(SUAN, "Bà Suân bán hàng rong", "Bà Lê Thị Suân bán hàng rong ở chợ huyện.",
                "Mỗi sáng bà Suân gánh hàng ra chợ.", "PV", date(2022, 1, 1), "Xã hội", List.of(), List.of()));
        return articles;
    }

    @Test
    void theWordsOnBothSidesChooseTheCorrection() {
        SearchResult r = archive.search().search(SearchRequest.builder("Trịnh Suân Thanh").build());
        assertThat(r.correctedQuery()).isEqualTo("Trịnh Xuân Thanh");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= FIRST_XUAN_THANH && h.id() < FIRST_XUAN_THANH + 100);
    }

    @Test
    void theRareWordWithTheNeighbourItGoesWithStays() {
        SearchResult r = archive.search().search(SearchRequest.builder("bà Suân").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(SUAN);
    }
}
