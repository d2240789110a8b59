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
 * A relaxed search weighs a rare name written whole by its own rarity, though its syllables are common words
 * (after {@code buôn lậu ma túy qua Cầu Treo}, judged dev query Q211: drug smuggling abroad, whose titles have
 * the query's common words, ranked above the seizures at the Cầu Treo border gate).
 */
class RelaxedRareNameTest {

    static final long EVERY_WORD = 1;
    static final long GATE_SEIZURE = 2;
    static final long GATE_PILLS = 3;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedRareNameTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(EVERY_WORD, "Buôn lậu ma túy qua cửa khẩu Cầu Treo bị bắt quả tang",
                "Đối tượng buôn lậu 2.000 viên ma túy qua cửa khẩu Cầu Treo.", "Lực lượng biên phòng bắt giữ.",
                "PV", date(2019, 5, 3), "Pháp luật", List.of(), List.of()));
        articles.add(article(GATE_SEIZURE, "Bắt đối tượng giấu 40.000 viên ma túy trong lục bình ở Cầu Treo",
                "Tang vật được phát hiện tại cửa khẩu quốc tế Cầu Treo.", "Đối tượng khai nhận mua ở nước ngoài.",
                "PV", date(2020, 2, 11), "Pháp luật", List.of(), List.of()));
        articles.add(article(GATE_PILLS, "Hai vụ vận chuyển hồng phiến tại Cầu Treo",
                "Biên phòng cửa khẩu Cầu Treo thu giữ ma túy tổng hợp.", "Hai đối tượng bị tạm giữ.", "PV",
                date(2021, 4, 9), "Pháp luật", List.of(), List.of()));
        String[] abroad = {"Indonesia", "Colombia", "Canada", "Philippines", "Malaysia", "Thái Lan", "Mexico", "Peru"};
        for (int i = 0; i < abroad.length; i++) {
            articles.add(article(100 + i, "Cảnh sát " + abroad[i] + " triệt phá đường dây buôn lậu ma túy",
                    "Đường dây buôn lậu ma túy xuyên quốc gia bị triệt phá.",
                    "Hàng tấn ma túy bị thu giữ, nhiều đối tượng buôn lậu bị bắt.", "PV", date(2018, 1 + i, 2),
                    "Thế giới", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) { // "cầu" and "treo" are common words
            articles.add(article(200 + i, "Xây cầu mới cho dân vùng lũ, công trình " + (i + 1),
                    "Người dân yêu cầu sớm làm cầu, thay cầu treo cũ.", "Biển báo treo ở đầu cầu.", "PV",
                    date(2017, 1 + i % 12, 5), "Xã hội", List.of(), List.of()));
        }
        articles.addAll(Fixtures.unrelated(300, 20));
        return articles;
    }

    @Test
    void theRareNameWrittenWholeOutranksTheQuerysCommonWords() {
        SearchResult r = archive.search().search(SearchRequest.builder("buôn lậu ma túy qua Cầu Treo").build());
        List<Long> ids = r.hits().stream().map(SearchHit::id).toList();

        assertThat(r.relaxed()).isTrue();
        assertThat(ids).first().isEqualTo(EVERY_WORD);
        assertThat(ids.subList(1, 3)).containsExactlyInAnyOrder(GATE_SEIZURE, GATE_PILLS);
    }
}
