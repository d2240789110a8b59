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
 * A foreign name typed with a letter left out ("Fomosa") is corrected even when a few articles make the same slip:
 * no Vietnamese neighbour vouches for a foreign word, so its being written at all had kept it as meant.
 */
class ForeignSlipCorrectionTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(ForeignSlipCorrectionTest::articles);

    static final long FIRST_COMPENSATION = 100;
    static final int COMPENSATION = 4;
    static final long SLIP = 900;
    static final long WILCOX = 901;

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 60));
        for (int i = 0; i < COMPENSATION; i++) {
            out.add(article(FIRST_COMPENSATION + i, "Chi trả tiền bồi thường của Formosa cho ngư dân, đợt " + (i + 1),
                    "Ngư dân nhận tiền bồi thường sự cố môi trường.", "Số tiền Formosa bồi thường được chi trả đúng hạn.",
                    "PV", date(2017, 3 + i, 1), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 24; i++) {
            out.add(article(200 + i, "Formosa vận hành lò cao, tháng " + (i % 12 + 1),
                    "Nhà máy thép Formosa tăng sản lượng.", "Công nhân Formosa làm việc ba ca.", "PV",
                    date(2018 + i / 12, i % 12 + 1, 2), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(400 + i, "Ca sĩ Wilson biểu diễn đêm thứ " + (i + 1), "Khán giả đông kín nhà hát.",
                    "Wilson hát ba ca khúc.", "PV", date(2019, 1 + i % 12, 3), "Văn hóa", List.of(), List.of()));
        }
        // the slip is in the archive: one article writes it
        out.add(article(SLIP, "Nổ thiết bị lọc bụi lò vôi tại Fomosa", "Sự cố xảy ra lúc rạng sáng.",
                "Lực lượng cứu hỏa có mặt kịp thời.", "PV", date(2017, 6, 1), "Thời sự", List.of(), List.of()));
        out.add(article(WILCOX, "Nhà văn Wilcox ra mắt sách mới", "Cuốn sách kể về một thị trấn nhỏ.",
                "Buổi ra mắt có nhiều độc giả.", "PV", date(2020, 5, 1), "Văn hóa", List.of(), List.of()));
        return out;
    }

    @Test
    void aForeignNameWithALetterLeftOutIsCorrected() {
        SearchResult r = archive.search().search(SearchRequest.builder("Fomosa bồi thường").build());
        assertThat(r.correctedQuery()).isEqualTo("Formosa bồi thường");
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(FIRST_COMPENSATION,
                FIRST_COMPENSATION + 1, FIRST_COMPENSATION + 2, FIRST_COMPENSATION + 3);
    }

    @Test
    void aRareForeignNameCloseToAFrequentOneIsMeant() {
        // "Wilson" is 30 times as frequent, but not "Wilcox" with a letter left out
        SearchResult r = archive.search().search(SearchRequest.builder("Wilcox").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(WILCOX);
    }

    @Test
    void theLetterLeftOutIsOneLetter() {
        assertThat(SpellingCandidates.oneLetterLeftOut("fomosa", "formosa")).isTrue();
        assertThat(SpellingCandidates.oneLetterLeftOut("zealan", "zealand")).isTrue();
        assertThat(SpellingCandidates.oneLetterLeftOut("wilcox", "wilson")).isFalse();
        assertThat(SpellingCandidates.oneLetterLeftOut("formosa", "fomosa")).isFalse();
        assertThat(SpellingCandidates.oneLetterLeftOut("fomosa", "formosas")).isFalse();
    }
}
