package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khotin.model.Article;

/**
 * A researcher reading the results page by page sees every match once: the order of the hits does not depend on how
 * far the page reaches. It did: the page's reach decided how many candidates were rescored, so hits from beyond the
 * first hundred jumped ahead on later pages, repeating some articles and never showing others (a trial counted 1,019
 * different articles in the first 1,200 of {@code ky anh}).
 */
class PagingTest {

    static final int MATCHES = 320;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PagingTest::articles);

    private static List<Article> articles() {
        Random random = new Random(13);
        String[] filler = {"Người dân", "chính quyền", "huyện", "nước sông", "đường giao thông", "hỗ trợ", "trường học",
            "cán bộ", "ngập sâu", "nhiều ngày", "mưa lớn", "Hà Tĩnh", "di dời", "bà con", "thiệt hại"};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < MATCHES; i++) {
            StringBuilder body = new StringBuilder();
            int sentences = 1 + random.nextInt(12);
            for (int s = 0; s < sentences; s++) {
                for (int w = 0; w < 3 + random.nextInt(8); w++) {
                    body.append(filler[random.nextInt(filler.length)]).append(' ');
                }
                body.append(switch (random.nextInt(4)) {
                    case 0 -> "lũ lụt ";
                    case 1 -> "lũ về, lụt ";
                    case 2 -> "lụt lội và lũ ";
                    default -> "";
                });
                body.setLength(body.length() - 1);
                body.append(". ");
            }
            body.append("Lũ và lụt.");
            String title = switch (random.nextInt(3)) {
                case 0 -> "Lũ lụt ở xã " + i;
                case 1 -> "Bản tin số " + i + ": mưa, lũ, lụt";
                default -> "Bản tin số " + i;
            };
            articles.add(article(i + 1, title, random.nextBoolean() ? "Lũ lụt gây thiệt hại." : "Tin tổng hợp.",
                    body.toString(), "PV", date(2020, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        return articles;
    }

    @ParameterizedTest
    @CsvSource({"lũ lụt, 20, true", "lũ lụt, 50, false", "lu lut, 20, false", "lũ lụt Hà Tĩnh, 10, true"})
    void pageByPageEveryMatchIsSeenOnce(String query, int size, boolean collapse) {
        List<Long> seen = new ArrayList<>();
        long total = -1;
        for (int page = 1; page <= MATCHES / size + 2; page++) {
            SearchResult r = archive.search().search(SearchRequest.builder(query).size(size).page(page)
                    .collapseDuplicates(collapse).build());
            total = r.total();
            r.hits().forEach(h -> seen.add(h.id()));
        }
        Set<Long> distinct = new HashSet<>(seen);
        assertThat(seen).as("repeated across pages").hasSameSizeAs(distinct);
        assertThat(distinct).as("every match shown once").hasSize((int) total);
        assertThat(total).isGreaterThan(200);
    }

    @ParameterizedTest
    @CsvSource({"lũ lụt", "lu lut", "lũ lụt Hà Tĩnh"})
    void anExportListsTheMatchesInThePagesOrder(String query) {
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= MATCHES / 50 + 1; page++) {
            archive.search().search(SearchRequest.builder(query).size(50).page(page).collapseDuplicates(false).build())
                    .hits().forEach(h -> paged.add(h.id()));
        }
        List<Long> exported = new ArrayList<>();
        archive.search().stream(SearchRequest.builder(query).build(), 10_000, row -> exported.add(row.article().id()));
        List<Long> firstRows = new ArrayList<>();
        archive.search().stream(SearchRequest.builder(query).build(), 130, row -> firstRows.add(row.article().id()));

        assertThat(exported).isEqualTo(paged);
        assertThat(firstRows).isEqualTo(paged.subList(0, 130));
    }
}
