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
 * A mistyped place name after its type word is read as the province's place of that type, even where a person's
 * name of the same letters is written more: judged dev query Q207 ("huyện Đức Thợ về đích nông thôn mới") was offered
 * "huyện Đức Thơ", after Đà Nẵng's chairman Huỳnh Đức Thơ, for the district Đức Thọ.
 */
class PlaceAfterTypeWordTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(PlaceAfterTypeWordTest::articles).withSuggestionsReady();

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 12; i++) {
            out.add(article(100 + i, "Chủ tịch Đà Nẵng Huỳnh Đức Thơ làm việc với doanh nghiệp, lần " + (i + 1),
                    "Ông Huỳnh Đức Thơ đề nghị các sở hỗ trợ doanh nghiệp.", "Chủ tịch Đức Thơ nói rõ kế hoạch.",
                    "PV", date(2019, 1 + i % 12, 2), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(200 + i, "Huyện Đức Thọ về đích nông thôn mới, đợt " + (i + 1),
                    "Huyện Đức Thọ hoàn thành các tiêu chí nông thôn mới.", "Người dân huyện Đức Thọ phấn khởi.",
                    "PV", date(2021, 3 + i, 5), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theDistrictAfterHuyenIsTheSuggestion() {
        SearchResult r = archive.search().search(SearchRequest.builder("huyện Đức Thợ").build());

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("huyện Đức Thọ");
        // the search reads the pair as the district and says so (it showed the chairman's articles, corrected)
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(200L, 201L, 202L);
    }

    @Test
    void withoutATypeWordTheArchivesCommonerSpellingStays() {
        SearchResult r = archive.search().search(SearchRequest.builder("chủ tịch Đức Thợ").build());

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("chủ tịch Đức Thơ");
    }
}
