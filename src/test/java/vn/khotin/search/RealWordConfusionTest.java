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
 * Misspellings Vietnamese writers make by sound (ch/tr, final n/ng) that give real words: corrected by the word
 * pairs of the archive, also when the query as typed finds a few articles with the words scattered.
 */
class RealWordConfusionTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RealWordConfusionTest::articles).withSuggestionsReady();

    static final long FIRST_LAW = 1000;
    static final int LAWS = 120;
    static final long FIRST_CRITERIA = 2000;

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < LAWS; i++) {
            articles.add(article(FIRST_LAW + i, "Luật An ninh mạng và doanh nghiệp, kỳ " + (i + 1),
                    "Luật An ninh mạng đặt ra nghĩa vụ mới.", "Doanh nghiệp phải lưu trữ dữ liệu theo luật.", "PV",
                    date(2019, 1 + i % 12, 1 + i % 28), "Pháp luật", List.of(), List.of()));
        }
        // ten articles have "luật", "an ninh" and "mạn" (mạn tính, chronic) somewhere: the typed query finds them
        for (int i = 0; i < 10; i++) {
            articles.add(article(3000 + i, "Bệnh mạn tính ở người cao tuổi, phần " + (i + 1),
                    "Chăm sóc người bệnh mạn tính.", "Luật Khám chữa bệnh và an ninh y tế được nhắc tới.", "PV",
                    date(2020, 2, 1 + i), "Sức khỏe", List.of(), List.of()));
        }
        // "mạn" is a common word of its own (lãng mạn, romantic)
        for (int i = 0; i < 50; i++) {
            articles.add(article(5000 + i, "Mùa thu lãng mạn ở phố cổ, kỳ " + (i + 1), "Những con phố lãng mạn.",
                    "Một câu chuyện lãng mạn giữa lòng phố.", "PV", date(2023, 9, 1 + i % 28), "Văn hóa", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(article(FIRST_CRITERIA + i, "Xã đạt tiêu chí nông thôn mới, đợt " + (i + 1),
                    "Thêm xã đạt tiêu chí nông thôn mới.", "Các tiêu chí về giao thông, thủy lợi đã đạt.", "PV",
                    date(2021, 3, 1 + i), "Nông thôn mới", List.of(), List.of()));
        }
        // "trí" is a common word (an intellectual, a mind), so only its pair gives "tiêu trí" away
        for (int i = 0; i < 55; i++) {
            articles.add(article(4000 + i, "Trí thức trẻ về quê lập nghiệp, câu chuyện " + (i + 1),
                    "Những người trí thức trẻ.", "Họ dùng trí tuệ để làm giàu.", "PV", date(2022, 4, 1 + i % 28),
                    "Xã hội", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aSoundAlikeInitialIsCorrected() {
        // "chí" is two letter edits from "trí": a general speller does not offer it for a three-letter word
        SearchResult r = archive.search().search(SearchRequest.builder("tiêu trí nông thôn mới").build());
        assertThat(r.correctedQuery()).isEqualTo("tiêu chí nông thôn mới");
        assertThat(r.hits()).isNotEmpty()
                .allMatch(h -> h.id() >= FIRST_CRITERIA && h.id() < FIRST_CRITERIA + 12);
    }

    @Test
    void aSoundAlikeAndAnUnwrittenWordInOneQueryAreBothCorrected() {
        // each slip alone is corrected; together neither correction found anything while the other slip stayed
        // ("vợ chồng bị xát hại Bình Phướt", a trial)
        SearchResult r = archive.search().search(SearchRequest.builder("tiêu trí nông thônn mới").build());
        assertThat(r.correctedQuery()).isEqualTo("tiêu chí nông thôn mới");
        assertThat(r.hits()).isNotEmpty()
                .allMatch(h -> h.id() >= FIRST_CRITERIA && h.id() < FIRST_CRITERIA + 12);
    }

    @Test
    void aQueryThatFindsAFewScatteredMatchesIsStillCorrected() {
        SearchResult r = archive.search().search(SearchRequest.builder("Luật An ninh mạn").size(20).build());
        assertThat(r.correctedQuery()).isEqualTo("Luật An ninh mạng");
        assertThat(r.total()).isEqualTo(LAWS);
        assertThat(r.hits()).allMatch(h -> h.id() >= FIRST_LAW && h.id() < FIRST_LAW + LAWS);
    }

    @Test
    void theTypedQueryIsKeptWhenItFindsEnough() {
        SearchResult r = archive.search().search(SearchRequest.builder("bệnh mạn tính").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.total()).isEqualTo(10);
    }
}
