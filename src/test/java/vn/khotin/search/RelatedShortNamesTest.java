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
 * A draft that writes a name in full ("chung cư Carina Plaza") is related to the stories that write it shorter
 * ("vụ cháy chung cư Carina"), as most of the archive's coverage of that fire does: the owner's arrest was missing
 * from the editor's trial, below other apartment fires that share the draft's everyday words.
 */
class RelatedShortNamesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelatedShortNamesTest::articles);

    static final long FIRST_FULL = 9701;
    static final int FULL = 2;
    static final long FIRST_SHORT = 9711;
    static final int SHORT = 4;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 400));
        String[] cities = {"Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nha Trang", "Vinh", "Huế", "Quy Nhơn"};
        for (int i = 0; i < cities.length; i++) {
            out.add(article(9600 + i, "Cháy chung cư mini ở " + cities[i],
                    "Ngọn lửa bùng lên từ tầng một của chung cư trong đêm.",
                    "Người dân đã kịp thoát ra ngoài; cơ quan chức năng điều tra nguyên nhân vụ cháy.", "PV",
                    date(2019, 1 + i, 10), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) { // "chung cư" is a common word of an archive, "Carina" a rare name
            out.add(article(9620 + i, "Bàn giao nhà chung cư xã hội, đợt " + (i + 1),
                    "Các hộ dân nhận chìa khóa căn hộ chung cư.", "Chung cư có sân chơi và chỗ để xe.", "PV",
                    date(2020, 1 + i % 12, 12), "Xã hội", List.of(), List.of()));
        }
        String[][] full = {
            {"Cháy chung cư Carina Plaza ở quận 8", "Vụ cháy chung cư Carina Plaza làm 13 người chết.",
                "Lực lượng cứu hộ đưa hàng trăm cư dân ra ngoài trong đêm."},
            {"Cư dân chung cư Carina Plaza tạm cư", "Sau vụ cháy, cư dân Carina Plaza được bố trí nơi ở tạm.",
                "Chính quyền quận hỗ trợ tiền thuê nhà cho các hộ dân."}};
        for (int i = 0; i < FULL; i++) {
            out.add(article(FIRST_FULL + i, full[i][0], full[i][1], full[i][2], "PV", date(2018, 3, 23 + i),
                    "Thời sự", List.of(), List.of()));
        }
        String[][] shorter = {
            {"Khởi tố vụ cháy chung cư Carina", "Cơ quan điều tra khởi tố vụ án cháy Carina.",
                "Ba cán bộ ban quản lý bị khởi tố."},
            {"Bắt giám đốc công ty chủ đầu tư Carina", "Ông chủ Carina bị bắt sau vụ cháy làm 13 người chết.",
                "Công ty chủ đầu tư bị điều tra về sai phạm."},
            {"Kết luận điều tra vụ cháy Carina", "Công an công bố kết luận điều tra vụ cháy Carina.",
                "Nguyên nhân là chập điện ở tầng hầm để xe."},
            {"Một năm sau vụ cháy Carina", "Cư dân Carina vẫn chưa được về nhà.",
                "Nhiều hộ dân vẫn phải thuê nhà ở nơi khác."}};
        for (int i = 0; i < SHORT; i++) {
            out.add(article(FIRST_SHORT + i, shorter[i][0], shorter[i][1], shorter[i][2], "PV",
                    date(2018, 6 + i, 5), "Pháp luật", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aDraftWritingTheFullNameFindsTheStoriesThatWriteItShorter() {
        RelatedResult r = new RelatedStories(archive.index()).forDraft(
                "Xét xử vụ cháy chung cư Carina Plaza",
                "Tòa án mở phiên xét xử các bị cáo trong vụ cháy chung cư Carina Plaza làm 13 người chết. Chung cư "
                        + "Carina Plaza không được nghiệm thu phòng cháy chữa cháy; các bị cáo bị truy tố.", null, 6);
        List<Long> ids = r.stories().stream().map(RelatedStory::id).toList();
        List<Long> carina = new ArrayList<>();
        for (int i = 0; i < FULL; i++) {
            carina.add(FIRST_FULL + i);
        }
        for (int i = 0; i < SHORT; i++) {
            carina.add(FIRST_SHORT + i);
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(FULL + SHORT);
        assertThat(ids.subList(0, FULL + SHORT)).containsExactlyInAnyOrderElementsOf(carina);
    }

    @Test
    void aNameIsShortenedOnlyToAForeignWordTheArchiveWritesAloneButNotForEverything() throws Exception {
        TermDocFreqs docFreqs = new TermDocFreqs(TextAnalysis.get().vietnamese().abbreviations());
        archive.index().withSearcher(s -> {
            var reader = s.getIndexReader();
            assertThat(ShortNames.shortForm("Carina Plaza", "carina_plaza", docFreqs, reader)).isEqualTo("Carina");
            // Vietnamese syllables of a name are other words and other people's names too
            assertThat(ShortNames.shortForm("Hà Nội", "hà_nội", docFreqs, reader)).isNull();
            // a name the archive never writes whole says nothing about how it writes it
            assertThat(ShortNames.shortForm("Carina Tower", "carina_tower", docFreqs, reader)).isNull();
            return null;
        });
    }
}
