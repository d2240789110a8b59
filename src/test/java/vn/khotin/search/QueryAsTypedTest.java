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
 * Queries as people really type them: a name without diacritics that also reads as Telex keystrokes ("Son Doong",
 * where "oo" is Telex for "ô"), typographic quotes from phones and word processors, full-width characters.
 */
class QueryAsTypedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(QueryAsTypedTest::articles).withSuggestionsReady();

    static final long FIRST_CAVE = 9500;
    static final long FIRST_STORM = 9600;
    static final long FIRST_KY_ANH = 9700;
    static final long HOA_KY_ANH = 9800;
    static final long FRANCE_AND_BRITAIN = 9801;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        for (int i = 0; i < 4; i++) {
            out.add(article(FIRST_CAVE + i, "Khám phá hang Sơn Đoòng, chuyến " + (i + 1),
                    "Đoàn thám hiểm vào hang Sơn Đoòng ở Quảng Bình.", "Sơn Đoòng là hang động lớn nhất thế giới.",
                    "PV", date(2019, 3, 1 + i), "Du lịch", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(FIRST_STORM + i, "Mưa dông ở vùng núi, ngày " + (i + 1),
                    "Khu vực miền núi có mưa dông, người dân Sơn La đề phòng lốc.", "Dông lốc gây thiệt hại.", "PV",
                    date(2020, 5, 1 + i % 28), "Thời tiết", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(FIRST_KY_ANH + i, "Thị xã Kỳ Anh thu hút đầu tư, quý " + (i + 1),
                    "Kỳ Anh có thêm dự án mới.", "Nhà đầu tư khảo sát Kỳ Anh.", "PV", date(2021, 1 + i, 1), "Kinh tế",
                    List.of(), List.of()));
        }
        out.add(article(HOA_KY_ANH, "Hội nghị quốc tế về thương mại", "Đại diện Hoa Kỳ, Anh và Pháp dự hội nghị.",
                "Các bên thống nhất.", "PV", date(2021, 6, 1), "Quốc tế", List.of(), List.of()));
        out.add(article(FRANCE_AND_BRITAIN, "Pháp ký hiệp định nghề cá", "Pháp và nước Anh ký hiệp định.",
                "Hai bên thống nhất.", "PV", date(2021, 7, 1), "Quốc tế", List.of(), List.of()));
        return out;
    }

    @Test
    void aNameTypedWithoutDiacriticsIsNotReadAsTelexKeystrokes() {
        SearchResult r = archive.search().search(SearchRequest.builder("Son Doong").build());
        assertThat(r.correctedQuery()).as("'doong' is how the archive's Đoòng is typed bare").isNull();
        assertThat(r.suggestion() == null ? null : r.suggestion().kind()).isNotEqualTo(Suggestion.Kind.TELEX);
        assertThat(ids(r)).containsExactlyInAnyOrder(FIRST_CAVE, FIRST_CAVE + 1, FIRST_CAVE + 2, FIRST_CAVE + 3);
    }

    @Test
    void typographicQuotesAreQuotes() {
        assertThat(ids(search("Anh và Pháp"))).containsExactlyInAnyOrder(HOA_KY_ANH, FRANCE_AND_BRITAIN);
        assertThat(ids(search("\"Anh và Pháp\""))).containsExactly(HOA_KY_ANH);
        assertThat(ids(search("“Anh và Pháp”"))).containsExactly(HOA_KY_ANH);
        assertThat(ids(search("„Anh và Pháp“"))).containsExactly(HOA_KY_ANH);
    }

    @Test
    void fullWidthAndZeroWidthCharactersAreReadAsTheirPlainForms() {
        assertThat(ids(search("Ｋỳ Ａｎｈ"))).isEqualTo(ids(search("Kỳ Anh")));
        assertThat(ids(search("Kỳ\u200bAnh"))).isEqualTo(ids(search("Kỳ Anh")));
        // pasted inside a word, a word joiner, soft hyphen, byte order mark or zero-width joiner is no part of it
        assertThat(ids(search("K\u2060ỳ A\u00ADnh"))).isNotEmpty().isEqualTo(ids(search("Kỳ Anh")));
        assertThat(ids(search("\uFEFFKỳ An\u200Dh"))).isEqualTo(ids(search("Kỳ Anh")));
    }

    private static SearchResult search(String query) {
        return archive.search().search(SearchRequest.builder(query).lenient(false).size(50).build());
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
