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
 * A person's name typed capitalised with its diacritics finds the articles that write the name, not those with its
 * syllables scattered ("Lê" here, "Đình" there, "Sơn" elsewhere), so that counts, facets and exports hold the
 * person; a law's name is not taken for a person's ("Luật An ninh mạng": "An" begins "an ninh").
 */
class CapitalisedNamesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CapitalisedNamesTest::articles);

    static final long FIRST_NAMED = 1100;
    static final int NAMED = 12;
    static final long FIRST_SCATTERED = 1200;
    static final long LAW = 1300;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < NAMED; i++) {
            out.add(article(FIRST_NAMED + i, "Ông Lê Đình Sơn làm việc với huyện, buổi " + (i + 1),
                    "Bí thư Tỉnh ủy Lê Đình Sơn kiểm tra tiến độ dự án.", "Đoàn công tác đi thực địa.", "PV",
                    date(2020, 1 + i % 12, 3), "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 8; i++) {
            out.add(article(FIRST_SCATTERED + i, "Lễ hội đình làng ở Sơn La, kỳ " + (i + 1),
                    "Ông Lê Văn Tâm kể chuyện làng.", "Đình làng có từ thế kỷ trước; Sơn La khánh thành nhà văn hóa.", "PV",
                    date(2021, 1 + i, 5), "Văn hóa", List.of(), List.of()));
        }
        out.add(article(LAW, "Luật An ninh mạng có hiệu lực", "Luật An ninh mạng bảo vệ người dùng.",
                "Các doanh nghiệp chuẩn bị thực hiện luật.", "PV", date(2019, 1, 1), "Pháp luật", List.of(),
                List.of()));
        return out;
    }

    @Test
    void aNameMatchesWhereItIsWritten() {
        SearchResult r = archive.search().search(SearchRequest.builder("Lê Đình Sơn").build());
        assertThat(r.total()).isEqualTo(NAMED);
        assertThat(r.hits()).extracting(SearchHit::id).allMatch(id -> id >= FIRST_NAMED && id < FIRST_NAMED + NAMED);
    }

    @Test
    void anArticleWithTheNamesSyllablesApartDoesNotHaveEveryWord() {
        // no article names him beside "khánh thành": most words are searched, and none has them all
        SearchResult r = archive.search().search(SearchRequest.builder("Lê Đình Sơn khánh thành").build());
        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).isZero();
    }

    @Test
    void aLawsNameIsNotAPersonsName() {
        SearchResult r = archive.search().search(SearchRequest.builder("Luật An ninh mạng").build());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(LAW);
    }
}
