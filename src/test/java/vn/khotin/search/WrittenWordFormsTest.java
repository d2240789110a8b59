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
 * A word typed without diacritics counts as written whole only in the forms the archive writes as a word: {@code ca
 * voi} is the whale ("cá voi"), not "mua cá với giá cao" (fish, at a high price), where "cá" and "với" meet by
 * chance. On the 82k evaluation archive, 263 of the 366 articles that wrote "ca voi" in some accented form side by
 * side were such meetings, so the count, facets and timeline of {@code ca voi} were mostly not about whales.
 */
class WrittenWordFormsTest {

    static final int WHALES = 12;
    static final int FISH_PRICES = 5;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WrittenWordFormsTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < WHALES; i++) {
            articles.add(article(1 + i, "Cá voi dạt vào bờ biển Nghi Xuân, lần " + (i + 1), "Ngư dân ứng cứu.",
                    "Con cá voi dài mười mét dạt vào bờ biển xã Xuân Liên.", "PV", date(2020, 1 + i, 5),
                    "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < FISH_PRICES; i++) {
            articles.add(article(100 + i, "Giá hải sản tăng, đợt " + (i + 1), "Chợ cá Cẩm Nhượng đông vui.",
                    "Thương lái mua cá với giá cao, bà con phấn khởi.", "PV", date(2021, 1 + i, 7), "Kinh tế",
                    List.of(), List.of()));
        }
        // what makes "cá" and "với" frequent, each without the other: chance puts them side by side
        for (int i = 0; i < 20; i++) {
            articles.add(article(200 + i, "Ngư dân vươn khơi, chuyến " + (i + 1), "Mùa cá bội thu.",
                    "Ngư dân đánh bắt cá ngừ, cá thu, cá nục trên vùng biển Hà Tĩnh.", "PV", date(2022, 1 + i % 12, 3),
                    "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            articles.add(article(300 + i, "Lãnh đạo tỉnh đối thoại, buổi " + (i + 1), "Buổi làm việc cởi mở.",
                    "Lãnh đạo tỉnh làm việc với doanh nghiệp, với người dân, với các sở ngành và với báo chí.", "PV",
                    date(2023, 1 + i % 12, 9), "Chính trị", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aWordTypedWithoutDiacriticsCountsOnlyWhereTheArchiveWritesItAsAWord() {
        SearchResult r = archive.search().search(SearchRequest.builder("ca voi").facets("category").build());

        assertThat(r.total()).as("the whales, not 'mua cá với giá cao'").isEqualTo(WHALES);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isLessThan(100));
        assertThat(r.facets()).filteredOn(f -> f.field().equals("category")).singleElement()
                .satisfies(f -> assertThat(f.values()).extracting(Facet.FacetValue::value).containsExactly("Xã hội"));
        assertThat(r.syllablesApart()).isFalse();
        assertThat(archive.search().search(SearchRequest.builder("cá voi").build()).total())
                .as("as the word typed with diacritics").isEqualTo(WHALES);
    }

    @Test
    void theMeetingsStillMatchWhenTheReaderTypesThem() {
        assertThat(archive.search().search(SearchRequest.builder("mua ca voi gia cao").build()).hits())
                .extracting(SearchHit::id).first().isEqualTo(100L);
        assertThat(archive.search().search(SearchRequest.builder("ca với").build()).total())
                .as("'với' typed with its diacritics is the function word").isGreaterThanOrEqualTo(FISH_PRICES);
    }
}
