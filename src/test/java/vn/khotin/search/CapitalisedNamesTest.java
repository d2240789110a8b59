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
    static final long NAMESAKE = 1301;
    static final long CABLE_CAR = 1400;
    static final long FIRST_CAVE = 1401;
    static final long FIRST_PLANT = 1410;

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
        out.add(article(NAMESAKE, "Ông Lê Đình Hùng thăm Sơn La", "Chuyến công tác kéo dài hai ngày.",
                "Đoàn làm việc với lãnh đạo tỉnh bạn.", "PV", date(2021, 9, 5), "Chính trị", List.of(), List.of()));
        out.add(article(CABLE_CAR, "Phản đối làm cáp treo vào hang Én, cửa ngõ Sơn Đoòng",
                "Các nhà khoa học lo ngại cho hệ thống hang động.", "Dự án cáp treo chưa được phê duyệt.", "PV",
                date(2019, 2, 1), "Du lịch", List.of(), List.of()));
        for (int i = 0; i < 3; i++) {
            out.add(article(FIRST_CAVE + i, "Sơn Đoòng đón đoàn thám hiểm thứ " + (i + 1),
                    "Đoàn đi bộ hai ngày xuyên rừng.", "Đoàn dựng trại bên dòng sông ngầm.", "PV",
                    date(2019, 3 + i, 1), "Du lịch", List.of(), List.of()));
            out.add(article(FIRST_PLANT + i, "Formosa Hà Tĩnh vận hành lò cao số " + (i + 1),
                    "Nhà máy tăng sản lượng thép.", "Công nhân làm việc ba ca.", "PV", date(2019, 6 + i, 1),
                    "Kinh tế", List.of(), List.of()));
        }
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

    @Test
    void aNameTypedWithoutDiacriticsMatchesWhereItIsWritten() {
        // "Le Dinh Son": "lê", "đình" and "Sơn" apart are in the stories of Sơn La's village hall too
        SearchResult r = archive.search().search(SearchRequest.builder("Le Dinh Son").build());
        assertThat(r.total()).isEqualTo(NAMED);
        assertThat(r.hits()).extracting(SearchHit::id).allMatch(id -> id >= FIRST_NAMED && id < FIRST_NAMED + NAMED);
    }

    @Test
    void aNameTypedHalfWithDiacriticsMatchesWhereItIsWritten() {
        // "Son" typed bare beside "Lê Đình": Mr Lê Đình Hùng's visit to Sơn La has the syllables, not the name
        SearchResult r = archive.search().search(SearchRequest.builder("Lê Đình Son").build());
        assertThat(r.total()).isEqualTo(NAMED);
        assertThat(r.hits()).extracting(SearchHit::id).doesNotContain(NAMESAKE);
    }

    @Test
    void twoNamesTypedWithoutDiacriticsOneAfterTheOtherAreNotOneName() {
        // articles write "Formosa Hà Tĩnh", never "Hà Tĩnh Formosa": each name is what it is
        SearchResult r = archive.search().search(SearchRequest.builder("Ha Tinh Formosa").build());
        assertThat(r.relaxed()).isFalse();
        assertThat(r.strictTotal()).isEqualTo(3);
        assertThat(r.hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder(FIRST_PLANT, FIRST_PLANT + 1, FIRST_PLANT + 2);
    }

    @Test
    void aBareWordBeforeANameTypedWithoutDiacriticsIsNotPartOfAWordWithIt() {
        // "hang Son" also reads "hàng sơn", a word: the cave's name begins at "Son", as the accented query knows
        int bare = strictMatches("cáp treo hang Son Doong");
        int accented = strictMatches("cáp treo hang Sơn Đoòng");
        assertThat(accented).isEqualTo(1);
        assertThat(bare).isEqualTo(accented);
        assertThat(archive.search().search(SearchRequest.builder("cáp treo hang Son Doong").build()).hits())
                .extracting(SearchHit::id).first().isEqualTo(CABLE_CAR);
    }

    /** Articles the strict search finds (before any fall-back to syllables or most of the words). */
    private static int strictMatches(String q) {
        return archive.index().withSearcher(s -> s.count(archive.search().query(SearchRequest.of(q, 10))));
    }
}
