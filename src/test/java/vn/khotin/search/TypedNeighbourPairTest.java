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
 * A real word is left as typed when the archive writes it beside one of its neighbours and never writes the
 * correction there (blind trial 5: {@code ngư dân trúng sò mai Cửa Sót}, fishermen's lucky catch of clams, was shown
 * as "ngư dân trung sò mai": "dân trung" is common in titles, "trung sò" written nowhere, "trúng sò" in a title).
 */
class TypedNeighbourPairTest {

    static final long CLAMS = 1;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(TypedNeighbourPairTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(300, 10));
        out.add(article(CLAMS, "Ngư dân thu tiền triệu mỗi ngày nhờ trúng sò mai",
                "Ngư dân Cửa Sót ra khơi là trúng đậm.", "Mỗi ngày một thuyền thu được hàng tạ sò.", "PV",
                date(2019, 4, 2), "Kinh tế", List.of(), List.of()));
        for (int i = 0; i < 14; i++) { // "dân trung" is a common pair of titles
            out.add(article(10 + i, "Người dân Trung Quốc đổ xô đi mua vàng, lần " + (i + 1),
                    "Người dân Trung Quốc xếp hàng dài.", "Nhiều người mua cả sò huyết về làm quà.", "PV",
                    date(2020, 1 + i % 12, 3), "Thế giới", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) { // "dân nghe" (people listen) is a common pair
            out.add(article(200 + i, "Người dân nghe tuyên truyền về phòng dịch, buổi " + (i + 1),
                    "Người dân nghe cán bộ y tế hướng dẫn.", "Buổi tuyên truyền kéo dài hai giờ.", "PV",
                    date(2022, 1 + i % 12, 6), "Y tế", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(300 + i, "Voi rừng phá vườn của người dân Nghệ An, lần " + (i + 1),
                    "Đàn voi rừng về phá vườn nhà dân.", "Người dân Nghệ An xua voi suốt đêm.", "PV",
                    date(2023, 1 + i, 7), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 55; i++) { // "trúng" is a common word, in bodies
            out.add(article(100 + i, "Xổ số kiến thiết mở thưởng kỳ " + (i + 1), "Kết quả mở thưởng.",
                    "Một người bán vé số cho biết khách của chị đã trúng thưởng.", "PV", date(2021, 1 + i % 12, 4),
                    "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    private static boolean typedWrittenMore(String typed, String corrected) {
        return archive.index().withSearcher(s -> TypedPhrases.typedWrittenMore(s, TextAnalysis.get(), typed, corrected));
    }

    @Test
    void aWordTheArchiveWritesBesideOneNeighbourKeepsItsSpelling() {
        assertThat(typedWrittenMore("dân trúng sò", "dân trung sò")).as("'trúng sò' is written, 'trung sò' not")
                .isTrue();
        assertThat(typedWrittenMore("ngư dân trúng sò mai", "ngư dân trung sò mai")).isTrue();
    }

    @Test
    void theWidestWindowEitherWritesDecides() {
        // "dân nghe" is written far more than "dân Nghệ", but "dân Nghệ An" more than "dân Nghe An"
        assertThat(typedWrittenMore("vườn nhà dân Nghe An", "vườn nhà dân Nghệ An")).isFalse();
    }

    @Test
    void aCorrectionWrittenBesideItsNeighboursIsKept() {
        assertThat(typedWrittenMore("dân trúng quốc", "dân trung quốc")).isFalse();
    }
}
