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
 * Two names typed one after the other ("Nghệ An Hà Tĩnh", "Nhật Bản Hàn Quốc") are two names, whichever comes first:
 * on the 82k archive {@code Nghệ An Hà Tĩnh} found 15 articles where 408 name both provinces ({@code Hà Tĩnh Nghệ An}
 * found 407), and {@code Trung Quốc Nhật Bản} 2 of 1,535. A form of address before a name is no part of it
 * ({@code Bà Nguyễn Thị Kim Ngân}, 29 against 351; {@code Bà Đoàn Thị Hương} 0 against 80). A person's name whose parts meet in many names stays one name.
 */
class NamesTypedTogetherTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NamesTypedTogetherTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(article(1 + i, "Nghệ An và Hà Tĩnh phối hợp phòng chống dịch, đợt " + (i + 1),
                    "Hai tỉnh thống nhất kế hoạch.", "Lãnh đạo tỉnh Nghệ An làm việc với tỉnh Hà Tĩnh về kế hoạch.",
                    "PV", date(2020, 1 + i, 5), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 2; i++) {
            out.add(article(20 + i, "Mưa lớn ở Nghệ An Hà Tĩnh, đợt " + (i + 1), "Nhiều nơi ngập sâu.",
                    "Mưa lớn kéo dài ở Nghệ An Hà Tĩnh gây ngập.", "PV", date(2021, 1 + i, 5), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 4; i++) {
            out.add(article(600 + i, "Tổng thống Trump công du châu Á, chặng " + (i + 1), "Tin thế giới.",
                    i < 2 ? "Ông Trump gặp lãnh đạo các nước." : "Tổng thống Trump gặp lãnh đạo các nước.", "PV",
                    date(2017, 11, 1 + i), "Thế giới", List.of(), List.of()));
        }
        for (int i = 0; i < 11; i++) {
            // "an hà" side by side in more articles than name both provinces, as on the 1,500-article demo
            out.add(article(60 + i, "Công an Hà Tĩnh bắt đối tượng trộm cắp, vụ " + (i + 1), "Tin an ninh.",
                    "Công an Hà Tĩnh đã bắt giữ đối tượng.", "PV", date(2022, 7, 1 + i), "Pháp luật", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(40 + i, "Nghệ An khởi công dự án, số " + (i + 1), "Tin địa phương.",
                    "Dự án ở Nghệ An được khởi công.", "PV", date(2022, 1 + i, 5), "Kinh tế", List.of(), List.of()));
            out.add(article(50 + i, "Hà Tĩnh khởi công dự án, số " + (i + 1), "Tin địa phương.",
                    "Dự án ở Hà Tĩnh được khởi công.", "PV", date(2022, 1 + i, 6), "Kinh tế", List.of(), List.of()));
        }
        out.add(article(100, "Bà Nguyễn Thị Kim Ngân thăm trường học", "Tin hoạt động.",
                "Bà Nguyễn Thị Kim Ngân tặng quà học sinh.", "PV", date(2019, 3, 5), "Chính trị", List.of(),
                List.of()));
        for (int i = 0; i < 6; i++) {
            out.add(article(110 + i, "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp xúc cử tri, lần " + (i + 1),
                    "Cử tri kiến nghị nhiều vấn đề.", i % 2 == 0 ? "Trả lời cử tri, bà cho biết Quốc hội sẽ xem xét."
                            : "Trả lời cử tri, Chủ tịch Quốc hội cho biết sẽ xem xét.", "PV",
                    date(2019, 4 + i, 5), "Chính trị", List.of(), List.of()));
        }
        out.add(article(200, "Cô giáo Nguyễn Thị Thu Hằng được khen thưởng", "Tin giáo dục.",
                "Cô giáo Nguyễn Thị Thu Hằng dạy giỏi nhiều năm.", "PV", date(2018, 3, 5), "Giáo dục", List.of(),
                List.of()));
        for (int i = 0; i < 6; i++) {
            out.add(article(210 + i, "Chị Trần Thị Thu Hà khởi nghiệp, kỳ " + (i + 1), "Gương làm kinh tế.",
                    "Chị Lê Thị Thu Trang và chị Trần Thị Thu Hà cùng làm.", "PV", date(2018, 4 + i, 5), "Kinh tế",
                    List.of(), List.of()));
            out.add(article(220 + i, "Bà Nguyễn Thị Lan nhận giải, kỳ " + (i + 1), "Gương người tốt.",
                    "Bà Nguyễn Thị Lan cùng ca sĩ Thu Hằng biểu diễn.", "PV", date(2018, 4 + i, 6), "Văn hóa",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(300 + i, "Bác Hồ với quê hương Nghệ An, kỳ " + (i + 1), "Ký ức về Người.",
                    "Những lần Bác Hồ về thăm Nghệ An.", "PV", date(2017, 5, 1 + i), "Văn hóa", List.of(), List.of()));
        }
        for (int i = 0; i < 4; i++) {
            out.add(article(310 + i, "Hồ chứa nước ở Nghệ An cạn kiệt, số " + (i + 1), "Nắng hạn kéo dài.",
                    "Nhiều hồ thủy lợi ở Nghệ An xuống mực nước chết.", "PV", date(2017, 6, 1 + i), "Xã hội",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            out.add(article(400 + i, "Ông Lê Đình Sơn kiểm tra công trình, đợt " + (i + 1), "Tin lãnh đạo tỉnh.",
                    "Phó Chủ tịch UBND tỉnh Lê Đình Sơn kiểm tra công trình thủy lợi ở Hà Tĩnh.", "PV",
                    date(2019, 7, 1 + i), "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(410 + i, "Lãnh đạo tỉnh làm việc với huyện, đợt " + (i + 1), "Tin lãnh đạo tỉnh.",
                    "Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Đình Sơn làm việc với huyện.", "PV", date(2019, 8, 1 + i),
                    "Chính trị", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(500 + i, "Thủ tướng Phạm Minh Chính làm việc với tỉnh, lần " + (i + 1), "Tin Chính phủ.",
                    "Thủ tướng Phạm Minh Chính yêu cầu đẩy nhanh tiến độ.", "PV", date(2021, 9, 1 + i), "Chính trị",
                    List.of(), List.of()));
            out.add(article(510 + i, "Ông Phạm Minh Hoàng nhận giải thưởng, lần " + (i + 1), "Tin văn hóa.",
                    "Ông Phạm Minh Hoàng cho biết sẽ tiếp tục sáng tác. Chính quyền địa phương chúc mừng.", "PV",
                    date(2021, 10, 1 + i), "Văn hóa", List.of(), List.of()));
        }
        return out;
    }

    private static SearchResult search(String query) {
        return archive.search().search(SearchRequest.builder(query).build());
    }

    @Test
    void twoProvincesTypedTogetherAreBothProvincesInEitherOrder() {
        SearchResult typed = search("Nghệ An Hà Tĩnh");
        SearchResult reversed = search("Hà Tĩnh Nghệ An");

        assertThat(typed.total()).as("every article naming both, not only the 2 writing them side by side")
                .isEqualTo(10);
        assertThat(reversed.total()).isEqualTo(10);
        assertThat(typed.relaxed()).isFalse();
        assertThat(typed.syllablesApart()).isFalse();
    }

    @Test
    void twoProvincesTypedWithoutDiacriticsAreBothProvinces() {
        SearchResult r = search("Nghe An Ha Tinh");

        assertThat(r.total()).isEqualTo(10);
        assertThat(r.syllablesApart()).isFalse();
    }

    @Test
    void aPlaceBeforeAPersonIsTheSettingNotPartOfTheName() {
        assertThat(search("Hà Tĩnh Lê Đình Sơn").total()).as("not only the 3 writing 'tỉnh Hà Tĩnh Lê Đình Sơn'")
                .isEqualTo(8);
        assertThat(search("Lê Đình Sơn Hà Tĩnh").total()).isEqualTo(8);
    }

    @Test
    void aFormOfAddressIsNeitherPartOfTheNameNorRequired() {
        SearchResult r = search("Bà Nguyễn Thị Kim Ngân");

        assertThat(r.total()).as("every article naming her, not only those writing 'Bà Nguyễn Thị Kim Ngân' (1) or"
                + " 'bà' anywhere (4)").isEqualTo(7);
        assertThat(search("Ba Nguyen Thi Kim Ngan").total()).as("typed without diacritics").isEqualTo(7);
    }

    @Test
    void aFormOfAddressBeforeAForeignNameOfOneWordIsNotRequired() {
        assertThat(search("Ông Trump").total()).as("every article naming him, not the 2 with 'ông'").isEqualTo(4);
    }

    @Test
    void aNameThatBeginsWithAFormOfAddressKeepsIt() {
        SearchResult r = search("Bác Hồ Nghệ An");

        assertThat(r.hits().subList(0, 3)).as("'Bác Hồ' and 'Nghệ An' first, not the lakes ('hồ') of Nghệ An")
                .allSatisfy(h -> assertThat(h.id()).isBetween(300L, 302L));
    }

    @Test
    void aNameWithAStopwordInItIsOneName() {
        SearchResult r = search("Phạm Minh Chính");

        assertThat(r.total()).as("not 'Phạm Minh Hoàng … Chính quyền'").isEqualTo(3);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isBetween(500L, 502L));
    }

    @Test
    void aPersonsNameWhosePartsMeetInOtherNamesStaysOneName() {
        SearchResult r = search("Nguyễn Thị Thu Hằng");

        assertThat(r.total()).as("not 'Nguyễn Thị Lan … ca sĩ Thu Hằng'").isEqualTo(1);
        assertThat(r.hits().get(0).id()).isEqualTo(200L);
    }
}
