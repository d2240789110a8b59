package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * A real word is replaced only by a word one slip away: "nổ sập nhà" (an explosion) is not "đổ sập nhà" (a
 * collapse), which more titles write but no finger slips into; "làm vở vương miện" is "làm vỡ" (hỏi for ngã, the
 * commonest slip of all), not "làm vợ", though more titles write that.
 */
class RealWordSlipsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RealWordSlipsTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 55; i++) { // "nổ" and "vở" are common words: real words that may be slips for others
            out.add(article(100 + i, "Nổ bình gas trong quán ăn, vụ thứ " + (i + 1), "Học sinh mua vở mới.",
                    "Tiếng nổ làm nhiều người hoảng sợ, học sinh bỏ cả vở.", "PV", date(2020, 1 + i % 12, 2), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 15; i++) {
            out.add(article(200 + i, "Mưa lớn làm cây đổ sập nhà dân, lần " + (i + 1), "Cây đổ sập nhà trong đêm.",
                    "Cây đổ sập nhà, không ai bị thương.", "PV", date(2021, 1 + i % 12, 3), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(300 + i, "Cô gái về làm vợ anh bộ đội, chuyện " + (i + 1), "Chuyện tình đẹp.",
                    "Cô về làm vợ anh sau hai năm quen nhau.", "PV", date(2019, 1 + i % 12, 4), "Đời sống", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(400 + i, "Trẻ làm vỡ bình hoa, chuyện " + (i + 1), "Cha mẹ nên bình tĩnh.",
                    "Đừng quát mắng trẻ.", "PV", date(2019, 1 + i % 12, 5), "Đời sống", List.of(), List.of()));
        }
        out.add(article(500, "Nổ lớn làm sập nhà ở Hà Tĩnh, một người chết", "Vụ nổ xảy ra trong đêm.",
                "Căn nhà bị sập hoàn toàn.", "PV", date(2022, 3, 3), "Xã hội", List.of(), List.of()));
        out.add(article(501, "Hoa hậu làm vỡ vương miện", "Chiếc vương miện bị vỡ khi chụp ảnh.",
                "Ban tổ chức cho biết sẽ sửa lại.", "PV", date(2022, 4, 4), "Giải trí", List.of(), List.of()));
        return out;
    }

    private static String pairs(String query) {
        RealWordCorrection c = new RealWordCorrection(TextAnalysis.get(),
                new WordFormsCache(archive.index(), org.slf4j.LoggerFactory.getLogger(RealWordSlipsTest.class)));
        return archive.index().withSearcher(s -> c.correct(s, query));
    }

    @Test
    void aRealWordIsNotReplacedByOneNoSlipOfTheFingersMakes() {
        assertThat(pairs("nổ sập nhà ở Hà Tĩnh")).as("left as typed").isEmpty();
    }

    @Test
    void aSoundAlikeSlipWinsOverAMoreFrequentPairOfAnotherSlip() {
        assertThat(pairs("Hoa hậu làm vở vương miện")).isEqualTo("Hoa hậu làm vỡ vương miện");
    }

    @Test
    void oneSlipIsAMarkAKeyBesideALetterTooManyOrTooFewOrTwoLettersSwapped() {
        assertThat(TypingSlips.oneSlip("vở", "vợ")).as("a wrong tone key").isTrue();
        assertThat(TypingSlips.oneSlip("thợ", "thọ")).as("a vowel's mark").isTrue();
        assertThat(TypingSlips.oneSlip("hàng", "hành")).as("g and h are side by side").isTrue();
        assertThat(TypingSlips.oneSlip("ngaa", "nga")).as("a letter too many").isTrue();
        assertThat(TypingSlips.oneSlip("mạn", "mạng")).as("a letter left out").isTrue();
        assertThat(TypingSlips.oneSlip("hnà", "nhà")).as("two letters swapped").isTrue();
        assertThat(TypingSlips.oneSlip("nổ", "đổ")).as("n is a key away from neither d nor đ").isFalse();
        assertThat(TypingSlips.oneSlip("nổ", "mổ")).as("n and m are side by side").isTrue();
        assertThat(TypingSlips.oneSlip("lũ", "sụt")).isFalse();
    }
}
