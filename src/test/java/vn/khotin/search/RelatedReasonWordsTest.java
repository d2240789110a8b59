package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * The words of a reason ("Cùng nhắc đến: …") are words: a word the lexicon does not know reaches the reasons as
 * its syllables, and is shown as the one word the story writes ("rung lắc", never "rung, lắc"); a roman numeral
 * alone ("III") is not shown.
 */
class RelatedReasonWordsTest {

    static final long QUAKE = 4001;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelatedReasonWordsTest::articles);

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        out.add(article(QUAKE, "Động đất khiến nhà cửa ở Hương Sơn rung lắc",
                "Trận động đất làm nhiều ngôi nhà ở huyện Hương Sơn rung lắc, người dân hoảng hốt.",
                "Người dân cho biết đồ đạc rung lắc khoảng mười giây. Sư đoàn III đã hỗ trợ kiểm tra nhà cửa.",
                "PV", date(2024, 5, 2), "Xã hội", List.of(), List.of()));
        String[] others = {"Nông dân thu hoạch lúa hè thu", "Khai mạc giải bóng đá thiếu niên",
            "Hội chợ hàng Việt tại thành phố", "Trường học chuẩn bị năm học mới", "Giá xăng giảm nhẹ từ chiều nay",
            "Lễ hội đua thuyền trên sông La", "Bệnh viện tiếp nhận máy chụp mới", "Người dân góp đất làm đường"};
        for (int i = 0; i < others.length; i++) {
            out.add(article(4100 + i, others[i], others[i] + " trong niềm vui của bà con.",
                    "Nhiều người dân đến tham dự và cổ vũ.", "PV", date(2024, 3, 1 + i), "Xã hội", List.of(),
                    List.of()));
        }
        return out;
    }

    @Test
    void syllablesOfOneWordAreShownAsThatWordAndARomanNumeralIsNotShown() {
        RelatedStories related = new RelatedStories(archive.index());
        RelatedResult r = related.forDraft("Hương Sơn: nhà dân rung lắc sau động đất",
                "Sáng nay nhiều nhà dân ở huyện Hương Sơn rung lắc mạnh, đồ đạc rơi vỡ. Sư đoàn III có mặt hỗ trợ.",
                date(2024, 5, 3), 5);
        RelatedStory quake = r.stories().stream().filter(s -> s.id() == QUAKE).findFirst().orElseThrow();
        assertThat(quake.reasons().words()).contains("rung lắc")
                .doesNotContain("rung", "lắc", "Rung", "III");
        assertThat(quake.reason()).contains("rung lắc").doesNotContain("rung, lắc", "III");
    }

    @Test
    void aDraftWrittenDecomposedIsShownItsReasonsPrecomposed() {
        RelatedStories related = new RelatedStories(archive.index());
        RelatedResult r = related.forDraft(
                Normalizer.normalize("Hương Sơn: nhà dân rung lắc sau động đất", Normalizer.Form.NFD),
                Normalizer.normalize("Sáng nay nhiều nhà dân ở huyện Hương Sơn rung lắc mạnh, đồ đạc rơi vỡ.",
                        Normalizer.Form.NFD), date(2024, 5, 3), 5);
        RelatedStory quake = r.stories().stream().filter(s -> s.id() == QUAKE).findFirst().orElseThrow();
        assertThat(quake.reasons().words()).contains("rung lắc");
        assertThat(Normalizer.isNormalized(quake.reason(), Normalizer.Form.NFC)).as(quake.reason()).isTrue();
    }

    @Test
    void syllablesThatOnlySometimesMeetStayApart() {
        // "rung" also stands without "lắc" in the source: not one word there
        RelatedStories related = new RelatedStories(archive.index());
        RelatedResult r = related.forDraft("Hương Sơn: nhà dân rung lắc sau động đất",
                "Nhà dân ở huyện Hương Sơn rung lắc, chuông rung, đồ đạc lắc lư.", date(2024, 5, 3), 5);
        r.stories().stream().filter(s -> s.id() == QUAKE).findFirst()
                .ifPresent(s -> assertThat(s.reasons().words()).doesNotContain("rung lắc"));
    }
}
