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
 * A law a story names is one term of it: a draft on the decree guiding the cybersecurity law is related to the
 * stories on that law, not to those that share its everyday words ("dữ liệu", "viễn thông", "văn phòng đại diện").
 * Read as words, the name was "An ninh" (in every story on public order) and "mạng" (too common to count).
 */
class RelatedLawNamesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelatedLawNamesTest::articles);

    static final long FIRST_LAW = 9601;
    static final int LAWS = 3;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 14; i++) {
            out.add(article(9500 + i, "Bảo đảm an ninh trật tự dịp lễ, đợt " + (i + 1),
                    "Công an tăng cường tuần tra giữ gìn an ninh trên mạng lưới giao thông.",
                    "Lực lượng an ninh phối hợp với mạng lưới dân phòng bảo vệ an ninh khu dân cư.", "PV",
                    date(2019, 1 + i % 12, 3), "Thời sự", List.of(), List.of()));
        }
        String[] companies = {"Viettel", "VNPT", "FPT", "Mobifone", "CMC"};
        for (int i = 0; i < companies.length; i++) {
            out.add(article(9550 + i, "Doanh nghiệp viễn thông " + companies[i] + " mở trung tâm lưu trữ dữ liệu",
                    "Doanh nghiệp nước ngoài cũng đặt văn phòng đại diện và lưu trữ dữ liệu người dùng trong nước.",
                    "Dịch vụ viễn thông và lưu trữ dữ liệu người dùng tăng mạnh; các doanh nghiệp nước ngoài đặt văn "
                            + "phòng đại diện để cung cấp dịch vụ.", "PV", date(2019, 3 + i, 8), "Kinh tế",
                    List.of(), List.of()));
        }
        String[] laws = {"Công bố lệnh của Chủ tịch nước về Luật An ninh mạng",
            "Quốc hội thông qua Luật An ninh mạng", "Luật An ninh mạng có hiệu lực"};
        for (int i = 0; i < LAWS; i++) {
            out.add(article(FIRST_LAW + i, laws[i], "Luật An ninh mạng gồm 7 chương, 43 điều.",
                    "Đại biểu thảo luận nhiều ý kiến trước khi biểu quyết.", "PV", date(2018, 6, 12 + i),
                    "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aDraftOnTheDecreeOfALawFindsTheLawsStories() {
        RelatedResult r = new RelatedStories(archive.index()).forDraft(
                "Chính phủ ban hành nghị định hướng dẫn Luật An ninh mạng",
                "Nghị định quy định chi tiết một số điều của Luật An ninh mạng, có hiệu lực từ ngày 1/10. Doanh "
                        + "nghiệp nước ngoài cung cấp dịch vụ viễn thông phải lưu trữ dữ liệu người dùng và đặt văn "
                        + "phòng đại diện trong nước.", null, 5);
        List<Long> ids = r.stories().stream().map(RelatedStory::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(LAWS);
        assertThat(ids.subList(0, LAWS)).containsExactlyInAnyOrder(FIRST_LAW, FIRST_LAW + 1, FIRST_LAW + 2);
    }

    /** How many articles write each phrase, as an archive would say. */
    private static int written(String key) {
        return switch (key) {
            case "luật an ninh" -> 30;
            case "luật an ninh mạng" -> 28;
            case "luật an ninh mạng quy" -> 3;
            case "bộ luật hình sự" -> 400;
            case "luật đất đai" -> 300;
            case "pháp lệnh dân số" -> 12;
            case "luật phòng chống" -> 50;
            case "luật phòng chống tác", "luật phòng chống tác hại", "luật phòng chống tác hại của" -> 30;
            case "luật phòng chống tác hại của rượu", "luật phòng chống tác hại của rượu bia" -> 22;
            case "luật bảo vệ" -> 400;
            case "luật bảo vệ môi", "luật bảo vệ môi trường" -> 60;
            case "luật bảo vệ môi trường quy" -> 40;
            default -> 0;
        };
    }

    @Test
    void aLawsNameEndsWhereTheArchiveStopsWritingIt() {
        assertThat(LawNames.of("Theo Luật An ninh mạng quy định chi tiết, doanh nghiệp phải lưu trữ dữ liệu.",
                RelatedLawNamesTest::written)).extracting(LawNames.Law::key).containsExactly("luật an ninh mạng");
        assertThat(LawNames.of("Bộ luật Hình sự năm 2015 và Luật Đất đai sửa đổi", RelatedLawNamesTest::written))
                .extracting(LawNames.Law::key).containsExactly("bộ luật hình sự", "luật đất đai");
        assertThat(LawNames.of("Pháp lệnh Dân số quy định rõ.", RelatedLawNamesTest::written))
                .extracting(LawNames.Law::written).containsExactly("Pháp lệnh Dân số");
    }

    @Test
    void aLawsNameKeepsItsCommasAndItsFamilysFirstWords() {
        assertThat(LawNames.of("Luật Phòng, chống tác hại của rượu, bia có hiệu lực.", RelatedLawNamesTest::written))
                .extracting(LawNames.Law::key, LawNames.Law::written).containsExactly(org.assertj.core.groups.Tuple
                        .tuple("luật phòng chống tác hại của rượu bia", "Luật Phòng, chống tác hại của rượu, bia"));
        // "Luật Bảo vệ" begins many laws: the longer name is written often enough to be one
        assertThat(LawNames.of("Luật Bảo vệ môi trường quy định rõ trách nhiệm.", RelatedLawNamesTest::written))
                .extracting(LawNames.Law::key).containsExactly("luật bảo vệ môi trường");
    }

    @Test
    void aLawyerOrALawOfOneWordIsNoLawsName() {
        assertThat(LawNames.of("Luật sư Nguyễn Văn An bào chữa cho bị cáo.", RelatedLawNamesTest::written)).isEmpty();
        assertThat(LawNames.of("Luật Biển của Việt Nam có hiệu lực.", RelatedLawNamesTest::written)).isEmpty();
        assertThat(LawNames.of("Luật TP HCM", RelatedLawNamesTest::written)).isEmpty();
    }

    @Test
    void aTextListingLawsByTheHundredAsksTheArchiveAFewDozenTimes() {
        String[] first = {"Đất", "Xây", "Giao", "Thuế", "Bảo", "Phòng", "Quản", "Đầu", "Thương", "Dân"};
        String[] second = {"đai", "dựng", "thông", "vụ", "hiểm", "chống", "lý", "tư", "mại", "sự"};
        StringBuilder text = new StringBuilder();
        for (String a : first) {
            for (String b : second) {
                text.append("Luật ").append(a).append(' ').append(b).append(". ");
            }
        }
        int[] asked = {0};
        List<LawNames.Law> laws = LawNames.of(text.toString(), key -> {
            asked[0]++;
            return 100;
        });
        assertThat(asked[0]).isLessThanOrEqualTo(LawNames.MAX_COUNTS);
        assertThat(laws).isNotEmpty().extracting(LawNames.Law::key).startsWith("luật đất đai");
    }
}
