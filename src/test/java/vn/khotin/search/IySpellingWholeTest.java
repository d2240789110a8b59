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
 * A word typed with the other of i and y than the lexicon writes it is still read as the word, and required whole in
 * either spelling: on the 1,500-article demo {@code sy quan} found 255 articles ("Không quân", "Từ Sỹ Sùa … không
 * quản"), the real "sĩ quan" from page 10 on; {@code bác sỹ} 71 against 53 for "bác sĩ", the 18 more "bác bỏ … Thạc
 * sĩ"; and quoted {@code "sỹ quan"} found 2 of the 18.
 */
class IySpellingWholeTest {

    static final int OFFICERS = 12;
    static final int OFFICERS_WITH_Y = 2;
    static final int SCATTERED = 12;
    static final int DOCTORS = 11;
    static final int PLANS = 11;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(IySpellingWholeTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            out.add(article(1 + i, "Tuyển sinh quân đội, đợt " + (i + 1), "Thanh niên hăng hái.",
                    "Các sĩ quan trẻ về địa phương tuyên truyền.", "PV", date(2020, 1 + i, 11), "Quốc phòng",
                    List.of(), List.of()));
        }
        for (int i = 0; i < OFFICERS_WITH_Y; i++) {
            out.add(article(100 + i, "Gặp mặt cựu chiến binh, lần " + (i + 1), "Ôn lại truyền thống.",
                    "Nhiều sỹ quan về hưu tham dự.", "PV", date(2021, 1 + i, 11), "Quốc phòng", List.of(),
                    List.of()));
        }
        for (int i = 0; i < SCATTERED; i++) {
            // "Sỹ", "quân", "bác bỏ", "Thạc sĩ": each syllable, never the words
            out.add(article(200 + i, "Ông Nguyễn Văn Sỹ nhận giải, kỳ " + (i + 1), "Tỉnh bác bỏ tin đồn.",
                    "Thạc sĩ trẻ không quản khó khăn, lực lượng quân sự địa phương hỗ trợ.", "PV",
                    date(2022, 1 + i % 12, 3), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < PLANS; i++) {
            out.add(article(600 + i, "Điều chỉnh quy hoạch đô thị, đợt " + (i + 1), "Lấy ý kiến người dân.",
                    "Bản quy hoạch được công bố rộng rãi.", "PV", date(2024, 1 + i, 5), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 12; i++) {
            // "quí" and "hoạch" apart
            out.add(article(700 + i, "Tổng kết quí " + (1 + i % 4) + ", kỳ " + (i + 1), "Doanh nghiệp báo cáo.",
                    "Kế hoạch sản xuất hoàn thành, thu hoạch đạt cao.", "PV", date(2024, 1 + i % 12, 9), "Kinh tế",
                    List.of(), List.of()));
        }
        for (int i = 0; i < DOCTORS; i++) {
            out.add(article(300 + i, "Khám bệnh miễn phí, đợt " + (i + 1), "Người dân phấn khởi.",
                    "Các bác sĩ của bệnh viện tỉnh khám cho người cao tuổi.", "PV", date(2023, 1 + i, 5), "Y tế",
                    List.of(), List.of()));
        }
        return out;
    }

    private static long total(String query) {
        return archive.search().search(SearchRequest.builder(query).build()).total();
    }

    @Test
    void aWordTypedWithoutDiacriticsInTheOtherSpellingIsTheWordWhole() {
        assertThat(total("sy quan")).isEqualTo(OFFICERS + OFFICERS_WITH_Y);
        assertThat(total("si quan")).isEqualTo(OFFICERS + OFFICERS_WITH_Y);
        assertThat(total("bac sy")).isEqualTo(DOCTORS);
    }

    @Test
    void aWordTypedWithDiacriticsInTheOtherSpellingIsTheWordWhole() {
        assertThat(total("bác sỹ")).as("not 'bác bỏ … Thạc sĩ'").isEqualTo(DOCTORS);
        assertThat(total("sỹ quan")).isEqualTo(OFFICERS + OFFICERS_WITH_Y);
    }

    @Test
    void aBareSyllableInTheOtherSpellingBesideAnAccentedOneIsTheWord() {
        assertThat(total("qui hoạch")).as("'quy hoạch', not 'quí' and 'hoạch' apart").isEqualTo(PLANS);
    }

    @Test
    void aQuotedPhraseFindsEitherSpelling() {
        assertThat(total("\"sỹ quan\"")).isEqualTo(OFFICERS + OFFICERS_WITH_Y);
        assertThat(total("\"sĩ quan\"")).isEqualTo(OFFICERS + OFFICERS_WITH_Y);
    }
}
