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
 * A word typed with accents that no article writes ("Hồng Lỉnh") is a slip even when its folded form and the other
 * words could find many articles: a small archive, where the right name is in fewer articles than the slip's weak
 * matches (the rose growers' "hồng" and "linh hoạt"), offers "Có phải bạn muốn tìm: Hồng Lĩnh" and finds the name's
 * articles only.
 */
class UnwrittenWordSpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(UnwrittenWordSpellingTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.add(article(100 + i, "Thị xã Hồng Lĩnh ra quân làm giao thông nông thôn, đợt " + (i + 1),
                    "Người dân các phường góp công làm đường.", "Các phường của thị xã Hồng Lĩnh hoàn thành kế hoạch.",
                    "PV", date(2023, 1 + i, 2), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 50; i++) {
            articles.add(article(500 + i, "Nông dân trồng hoa hồng làm giàu, bài " + (i + 1),
                    "Vườn hoa hồng cho thu nhập ổn định.", "Anh Linh, chủ vườn, linh hoạt chọn giống hoa hồng mới.",
                    "PV", date(2022, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aSlipThatFindsManyWeakMatchesIsStillOfferedTheNameTheArchiveWrites() {
        SearchResult typed = archive.search().search(SearchRequest.builder("Hồng Lỉnh").build());
        SearchResult meant = archive.search().search(SearchRequest.builder("Hồng Lĩnh").build());

        // no article writes "Hồng Lỉnh" and titles write "Hồng Lĩnh": the slip is read as the name
        // (UnwrittenPairTest), so it no longer finds the 50 rose growers' "hồng" and "linh hoạt" apart
        assertThat(typed.total()).isEqualTo(meant.total());
        assertThat(typed.suggestion()).isNotNull();
        assertThat(typed.suggestion().query()).isEqualTo("Hồng Lĩnh");
        assertThat(typed.suggestion().message()).isEqualTo("Có phải bạn muốn tìm: Hồng Lĩnh");
    }

    @Test
    void wordsTheArchiveWritesAreNotCorrectedHoweverManyTheyFind() {
        assertThat(archive.search().search(SearchRequest.builder("hoa hồng linh hoạt").build()).suggestion()).isNull();
        assertThat(archive.search().search(SearchRequest.builder("Hồng Lĩnh").build()).suggestion()).isNull();
    }
}
