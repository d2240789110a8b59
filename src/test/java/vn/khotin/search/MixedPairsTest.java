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
 * A word typed with diacritics beside one typed without, forming a word ("Hà tinh"), is searched as that word:
 * half accented, "Hà tinh mưa lũ" found 337 articles with "tinh" (tình, tính) anywhere, a flood story of Hà Nội fifth.
 */
class MixedPairsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MixedPairsTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 12; i++) {
            out.add(article(8310 + i, "Hà Tĩnh: mưa lũ ở huyện miền núi, đợt " + (i + 1), "Nhiều nhà bị ngập.",
                    "Chính quyền Hà Tĩnh sơ tán dân khỏi vùng mưa lũ.", "PV", date(2020, 10, 1 + i), "Thời sự",
                    List.of(), List.of()));
        }
        out.add(article(8300, "Hà Tĩnh khắc phục hậu quả mưa lũ", "Mưa lũ gây ngập nhiều xã.",
                "Tỉnh Hà Tĩnh huy động lực lượng giúp dân sau mưa lũ.", "PV", date(2020, 10, 20), "Thời sự",
                List.of(), List.of()));
        out.add(article(8301, "Chủ tịch Hà Nội: không để dân gặp nguy hiểm do mưa lũ",
                "Thành phố tính toán phương án sơ tán.", "Ông Chủ tịch nói tình hình mưa lũ phức tạp.", "PV",
                date(2020, 10, 21), "Thời sự", List.of(), List.of()));
        out.add(article(8302, "Khám phá hang Sơn Đoòng", "Du khách chinh phục hang động lớn nhất thế giới.",
                "Hang Sơn Đoòng nằm ở Quảng Bình.", "PV", date(2019, 4, 1), "Du lịch", List.of(), List.of()));
        out.add(article(8303, "Sơn Đoòng đón đoàn thám hiểm mới", "Đoàn đi bộ hai ngày xuyên rừng.",
                "Đoàn vào hang lúc chiều, dựng trại bên dòng sông ngầm.", "PV", date(2019, 5, 1), "Du lịch",
                List.of(), List.of()));
        out.add(article(8330, "Phóng thành công vệ tinh quan sát", "Vệ tinh bay quanh Trái Đất.",
                "Trạm mặt đất đã nhận tín hiệu đầu tiên.", "PV", date(2021, 3, 1), "Khoa học", List.of(), List.of()));
        out.add(article(8331, "Bàn về tình hình bảo vệ rừng mùa khô", "Nguy cơ cháy rừng cao.",
                "Các xã tuần tra với tinh thần trách nhiệm cao.", "PV", date(2021, 4, 1), "Thời sự", List.of(), List.of()));
        out.add(article(8332, "Khởi công cao tốc Bắc - Nam đoạn qua miền Trung", "Dự án dài 100 km.",
                "Nhà thầu huy động máy móc.", "PV", date(2021, 5, 1), "Giao thông", List.of(), List.of()));
        return out;
    }

    private static List<Long> ids(String q) {
        return archive.search().search(SearchRequest.builder(q).build()).hits().stream().map(SearchHit::id).toList();
    }

    /** Articles the strict search finds, before the relaxed one adds those with most of the words. */
    private static int strictMatches(String q) {
        return archive.index().withSearcher(s -> s.count(archive.search().query(SearchRequest.of(q, 10))));
    }

    @Test
    void aHalfAccentedWordIsThatWord() {
        SearchResult half = archive.search().search(SearchRequest.builder("Hà tinh mưa lũ").size(20).build());
        assertThat(half.total()).as("the province's 13 articles, not Hà Nội's with tình and tính").isEqualTo(13);
        assertThat(half.hits()).extracting(SearchHit::id).doesNotContain(8301L);
        assertThat(archive.search().search(SearchRequest.builder("Hà Tĩnh mưa lũ").build()).total()).isEqualTo(13);
    }

    @Test
    void aPairTypedAsTheWordIsWrittenMatchesItAsWritten() {
        // "tinh" has no diacritics, yet "vệ tinh" is the word as written: "về tình hình" folds the same
        assertThat(strictMatches("vệ tinh")).as("the article with the word itself").isEqualTo(1);
        assertThat(ids("vệ tinh").get(0)).isEqualTo(8330L);
        // the word fields do not join syllables across a dash; the phrase does
        assertThat(strictMatches("cao tốc Bắc Nam")).isEqualTo(1);
        assertThat(ids("cao tốc Bắc Nam").get(0)).isEqualTo(8332L);
    }

    @Test
    void aNameIsNotPairedWithTheBareWordBeforeIt() {
        // "hang Sơn" also folds to "hàng sơn" (paint); "Sơn Đoòng" is a name
        assertThat(ids("hang Sơn Đoòng")).containsExactlyInAnyOrder(8302L, 8303L);
    }

    @Test
    void theHalfAccentedWordIsShownAsTheSearchReadsIt() {
        MixedPairs pairs = new MixedPairs(vn.khotin.analysis.VietnameseLexicon.get());
        assertThat(pairs.restored("Hà tinh mưa lũ")).isEqualTo("Hà Tĩnh mưa lũ");
        assertThat(pairs.restored("hà tinh mưa lũ")).isEqualTo("hà tĩnh mưa lũ");
        assertThat(pairs.restored("Hà Tĩnh mưa lũ")).as("nothing bare").isEqualTo("Hà Tĩnh mưa lũ");
        assertThat(pairs.restored("hang Sơn Đoòng")).as("a name's word").isEqualTo("hang Sơn Đoòng");
    }

    @Test
    void theResultsOfAHalfAccentedQueryOfferItsReading() {
        Suggestion s = archive.search().search(SearchRequest.builder("Hà tinh mưa lũ").build()).suggestion();
        assertThat(s).isNotNull();
        assertThat(s.query()).isEqualTo("Hà Tĩnh mưa lũ");
    }
}
