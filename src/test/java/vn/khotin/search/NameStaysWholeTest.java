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
 * A name typed with its diacritics that few articles write ("Lý Sơn", three articles of the 1,500-article demo) finds
 * those articles, not every article with "lý" and "sơn" somewhere (99 there: "màu sơn xe taxi", "lý do"), which a
 * researcher would cite as the count.
 */
class NameStaysWholeTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NameStaysWholeTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(article(1000 + i, "Du khách đổ về đảo Lý Sơn, đợt " + (i + 1), "Huyện đảo Lý Sơn đón khách.",
                    "Đảo Lý Sơn nổi tiếng với tỏi.", "PV", date(2020, 4 + i, 2), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(3000 + i, "Bắt đối tượng Hoàng Đức Bình ở Hà Tĩnh, kỳ " + (i + 1),
                    "Công an Hà Tĩnh bắt Hoàng Đức Bình.", "Đối tượng bị bắt tạm giam.", "PV", date(2018, 1 + i, 3),
                    "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(4000 + i, "Hà Tĩnh bắt nhóm trộm xe máy, vụ " + (i + 1),
                    "Ông Hoàng Văn Đức cho biết đối tượng bị bắt tại Thạch Hà.", "Người dân ở Bình Định báo tin.",
                    "PV", date(2019, 1 + i % 12, 1 + i % 28), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            out.add(article(2000 + i, "Màu sơn mới của xe buýt, số " + (i + 1), "Lý do đổi màu sơn được nêu rõ.",
                    "Hãng xe sơn lại toàn bộ đội xe.", "PV", date(2021, 1 + i % 12, 1 + i % 28), "Giao thông",
                    List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aNameFewArticlesWriteFindsOnlyThem() {
        SearchResult r = archive.search().search(SearchRequest.builder("Lý Sơn").build());

        assertThat(r.total()).isEqualTo(3);
        assertThat(r.hits()).allMatch(h -> h.id() >= 1000 && h.id() < 1003);
    }

    @Test
    void aQueryThatIsOneNameIsNotRelaxedToItsSyllables() {
        // "Hoàng Đức Bình": its six articles were followed by 10,632 with two of its three syllables
        SearchResult r = archive.search().search(SearchRequest.builder("Hoàng Đức Bình").build());

        assertThat(r.relaxed()).isFalse();
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void aNameStaysWholeBesideAPlaceFewArticlesWriteItWith() {
        // the place, required whole, sent the query to its syllables anywhere, and the name with it: trial 8's
        // "Hoàng Đức Bình bị bắt ở Nghệ An" found 75 articles, 4 of them naming him
        SearchResult r = archive.search().search(SearchRequest.builder("Hoàng Đức Bình bị bắt ở Hà Tĩnh").build());

        assertThat(r.strictTotal()).isEqualTo(3);
        assertThat(r.hits().subList(0, 3)).allMatch(h -> h.id() >= 3000 && h.id() < 3003);
    }
}
