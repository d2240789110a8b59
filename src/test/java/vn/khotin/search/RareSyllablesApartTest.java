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
 * A word typed without diacritics finds what the same word typed with them finds: "lu lut" is "lũ" and "lụt" even
 * apart, as "lũ lụt" is, when those syllables are rare; frequent ones apart say nothing ("qua" … "đời").
 */
class RareSyllablesApartTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RareSyllablesApartTest::articles);

    static final long APART = 100;
    static final long TOGETHER = 101;
    static final long FIRST_COMMON = 200;

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 60));
        out.add(article(APART, "Cận cảnh vùng rốn lũ Hương Khê – Hà Tĩnh",
                "Mưa lớn khiến nhiều xã của Hà Tĩnh ngập sâu.", "Nước lũ dâng cao, cả vùng ngập lụt trong ba ngày.",
                "PV", date(2020, 10, 15), "Xã hội", List.of(), List.of()));
        out.add(article(TOGETHER, "Hà Tĩnh khắc phục hậu quả lũ lụt", "Tỉnh hỗ trợ người dân sau lũ lụt.",
                "Các xã dọn dẹp bùn đất.", "PV", date(2020, 10, 20), "Xã hội", List.of(), List.of()));
        // "qua" and "đời" in every one of these, apart: no one has passed away
        for (int i = 0; i < 12; i++) {
            out.add(article(FIRST_COMMON + i, "Ông Trần Văn An đi qua cầu, buổi " + (i + 1),
                    "Cuộc đời ông gắn với làng.", "Ông kể chuyện đời mình.", "PV", date(2021, 1 + i, 1), "Xã hội",
                    List.of(), List.of()));
        }
        out.add(article(300, "Ông Trần Văn An qua đời", "Gia đình báo tin buồn.", "Lễ tang tổ chức tại quê nhà.",
                "PV", date(2022, 1, 1), "Xã hội", List.of(), List.of()));
        return out;
    }

    private static int strictMatches(String q) {
        return archive.index().withSearcher(s -> s.count(archive.search().query(SearchRequest.of(q, 10))));
    }

    @Test
    void aWordOfRareSyllablesTypedBareFindsThemApart() {
        assertThat(strictMatches("hà tĩnh lũ lụt")).isEqualTo(2);
        assertThat(strictMatches("ha tinh lu lut")).as("as the accented query").isEqualTo(2);
        assertThat(archive.search().search(SearchRequest.builder("ha tinh lu lut").build()).hits())
                .extracting(SearchHit::id).containsExactlyInAnyOrder(APART, TOGETHER);
    }

    @Test
    void aWordOfFrequentSyllablesTypedBareStaysWhole() {
        assertThat(strictMatches("tran van an qua doi")).isEqualTo(1);
    }
}
