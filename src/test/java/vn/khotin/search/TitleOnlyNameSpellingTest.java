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
 * A name the archive writes only in titles is still a word it writes: "Hồng Lỉnh" is offered "Hồng Lĩnh" when no
 * body has "Lĩnh" (the demo's 35 sample articles are such an archive), and that name is never taken for a slip.
 */
class TitleOnlyNameSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(TitleOnlyNameSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article(100 + i, "Hồng Lĩnh: chợ phiên ngày giáp Tết, kỳ " + (i + 1),
                    "Chợ đông vui từ sáng sớm.", "Tiểu thương bày bán nhiều mặt hàng, người dân đến mua sắm.",
                    "PV", date(2023, 1 + i, 2), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            articles.add(article(500 + i, "Nông dân trồng hoa hồng làm giàu, bài " + (i + 1),
                    "Vườn hoa hồng cho thu nhập ổn định.", "Anh Linh, chủ vườn, linh hoạt chọn giống hoa hồng mới.",
                    "PV", date(2022, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aSlipOfANameWrittenOnlyInTitlesIsOfferedThatName() {
        SearchResult typed = archive.search().search(SearchRequest.builder("Hồng Lỉnh").build());

        assertThat(typed.suggestion()).isNotNull();
        assertThat(typed.suggestion().query()).isEqualTo("Hồng Lĩnh");
        assertThat(typed.suggestion().message()).isEqualTo("Có phải bạn muốn tìm: Hồng Lĩnh");
    }

    @Test
    void aNameWrittenOnlyInTitlesIsNotASlip() {
        SearchResult meant = archive.search().search(SearchRequest.builder("Hồng Lĩnh").build());

        assertThat(meant.total()).isEqualTo(3);
        assertThat(meant.suggestion()).isNull();
    }
}
