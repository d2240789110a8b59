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
 * A query that is a person's name is never relaxed to most of its syllables, also when a syllable of it has no
 * diacritics: on the 1,500-article demo {@code Hoàng Trung Dũng} showed 160 articles ("Mai Tiến Dũng", "Hoàng Trung
 * Thông"), {@code Võ Kim Cự} 15 (a Kim Dung novel first) and {@code Đinh Nho Liêm} 19 ("Đinh La Thăng", "Vũng
 * Liêm"). A researcher tracing a person takes such a list as evidence.
 */
class OneNameStaysWholeTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(OneNameStaysWholeTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(article(1 + i, "Ông Hoàng Trung Thông thăm cơ sở, lần " + (i + 1), "Đoàn công tác làm việc.",
                    "Cùng đi có ông Mai Tiến Dũng và ông Nguyễn Trung Kiên.", "PV", date(2020, 1 + i, 5),
                    "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            // two of the name's three syllables
            out.add(article(50 + i, "Ông Hoàng Văn Dũng nhận nhiệm vụ mới, lần " + (i + 1), "Tin nhân sự.",
                    "Quyết định được trao tại hội nghị.", "PV", date(2022, 1 + i, 5), "Chính trị", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(100 + i, "Kiếm hiệp Kim Dung, kỳ " + (i + 1), "Võ công và nhân vật.",
                    "Những chiêu thức võ công trong tiểu thuyết của Kim Dung.", "PV",
                    date(2021, 1 + i, 7), "Văn hóa", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(200 + i, "Ông Võ Kim Cự làm việc với huyện, lần " + (i + 1), "Lãnh đạo tỉnh chỉ đạo.",
                    "Ông Võ Kim Cự yêu cầu huyện đẩy nhanh tiến độ.", "PV", date(2016, 1 + i, 9), "Chính trị",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(300 + i, "Tin tổng hợp số " + (i + 1), "Thời tiết hôm nay.", "Trời nắng nhẹ ở nhiều nơi.",
                    "PV", date(2023, 1 + i % 12, 5), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aNameIsNeverRelaxedToMostOfItsSyllables() {
        SearchResult r = archive.search().search(SearchRequest.builder("Hoàng Trung Dũng").build());

        assertThat(r.relaxed()).as("not the articles with two of 'Hoàng', 'Trung', 'Dũng'").isFalse();
        assertThat(r.total()).as("only those with every syllable").isEqualTo(6);
        assertThat(r.syllablesApart()).isFalse();
    }

    @Test
    void aNameTheArchiveWritesFindsItsArticlesOnly() {
        SearchResult r = archive.search().search(SearchRequest.builder("Võ Kim Cự").build());

        assertThat(r.relaxed()).isFalse();
        assertThat(r.total()).as("not the novels' 'võ công … Kim Dung'").isEqualTo(12);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isBetween(200L, 299L));
    }

    @Test
    void aNameTypedInTelexIsNotCutToTheWordsLeft() {
        SearchResult r = archive.search().search(SearchRequest.builder("Ddinh Nho Lieem").build());

        assertThat(r.total()).isZero();
        assertThat(r.suggestion()).as("not 'Tìm với những từ còn lại: Nho'").isNull();
    }
}
