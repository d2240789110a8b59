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
 * Words typed wrong in ways that still make real words: a name typed half without diacritics next to a word typed
 * with them ("Vu nhôm"), and a consonant swapped for one that sounds alike ("Suân" for Xuân). The archive's word
 * pairs tell what was meant; these tests pin that the evidence is read the right way.
 */
class MistypedWordsTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(MistypedWordsTest::articles);

    static final long GROUP_ON_TRIAL = 5000;
    static final long FIRST_VU_NHOM = 5100;
    static final long FIRST_XUAN_THANH = 5200;
    static final long FIRST_KIM_CU = 5500;
    static final long FIRST_HONG_LINH = 5700;
    static final long SOLDIER_AND_ROSES = 5800;
    static final long FIRST_COUNCIL_QUESTIONS = 5900;
    static final long NATURE_OF_THE_PROBLEM = 6000;
    static final long FIRST_ADMINISTRATION = 6100;
    static final long FIRST_COACH_PARK = 6200;
    static final long PAK_BENG = 6300;

    /** A name whose last syllable is mistyped as another real word ("Cụ", elder, for Cự). */
    static List<Article> voKimCu() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            out.add(article(FIRST_KIM_CU + i, "Ông Võ Kim Cự làm việc với huyện, buổi " + (i + 1),
                    "Chủ tịch tỉnh Võ Kim Cự kiểm tra tiến độ dự án.", "Ông Võ Kim Cự yêu cầu đẩy nhanh giải phóng mặt bằng.",
                    "PV", date(2015, 5, 1 + i), "Thời sự", List.of(), List.of()));
        }
        out.add(article(5600, "Mừng thọ các cụ cao tuổi", "Hội người cao tuổi mừng thọ cụ ông, cụ bà tròn 90 tuổi.",
                "Các cụ vui vẻ nhận quà.", "PV", date(2024, 1, 1), "Xã hội", List.of(), List.of()));
        return out;
    }

    /** Enough stories whose titles say "Vũ nhôm" that the folded pair "vu nhom" is frequent in titles. */
    static List<Article> vuNhom() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            out.add(article(FIRST_VU_NHOM + i, "Vũ nhôm hầu tòa phiên thứ " + (i + 1),
                    "Phan Văn Anh Vũ, tức Vũ nhôm, tiếp tục hầu tòa trong phiên xét xử thứ " + (i + 1) + ".",
                    "Bị cáo Vũ nhôm khai nhận hành vi sai phạm về đất công.", "PV", date(2019, 1, 1 + i % 28),
                    "Pháp luật", List.of(), List.of()));
        }
        return out;
    }

    /**
     * "quân" is a more frequent word than "xuân" and even forms a title pair with "Thanh", but "Trịnh Xuân Thanh"
     * is the name the archive writes again and again.
     */
    static List<Article> xuanAndQuan() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(article(FIRST_XUAN_THANH + i, "Trịnh Xuân Thanh bị đề nghị mức án mới, phiên " + (i + 1),
                    "Viện kiểm sát đề nghị mức án đối với bị cáo Trịnh Xuân Thanh.",
                    "Trịnh Xuân Thanh nguyên là chủ tịch hội đồng quản trị của tổng công ty.", "PV",
                    date(2018, 2, 1 + i), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            out.add(article(5300 + i, "Quân khu 4 diễn tập phòng thủ, đợt " + (i + 1),
                    "Lực lượng vũ trang quân khu huấn luyện quân nhân mới nhập ngũ.",
                    "Bộ đội quân khu luyện tập cùng dân quân, quân y và quân nhu của tỉnh.", "PV",
                    date(2020, 3, 1 + i % 28), "Quốc phòng", List.of(), List.of()));
        }
        for (int i = 0; i < 4; i++) {
            out.add(article(5400 + i, "Quân Thanh Hóa thắng trận thứ " + (i + 1) + " của mùa giải",
                    "Quân Thanh Hóa giành ba điểm trên sân nhà.", "Các cầu thủ quân Thanh Hóa chơi tự tin.", "PV",
                    date(2021, 4, 1 + i), "Thể thao", List.of(), List.of()));
        }
        return out;
    }

    /**
     * A place name written again and again ("Hồng Lĩnh", so "hong linh" is a frequent folded pair), and a story that
     * has its two syllables only apart ("lính", soldier; "hồng", rose) beside the same fire.
     */
    static List<Article> hongLinh() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            out.add(article(FIRST_HONG_LINH + i, "Cháy rừng trên núi Hồng Lĩnh, đợt " + (i + 1),
                    "Lửa bùng lên ở sườn núi Hồng Lĩnh, hàng trăm người tham gia dập lửa.",
                    "Đám cháy rừng thông trên núi Hồng Lĩnh đã được khống chế.", "PV", date(2019, 5, 1 + i),
                    "Thời sự", List.of(), List.of()));
        }
        out.add(article(SOLDIER_AND_ROSES, "Người lính trồng hoa hồng bên bìa rừng",
                "Sau trận cháy rừng năm ngoái, người lính già trồng lại vườn hoa hồng.",
                // "lỉnh" is a word the archive writes ("lỉnh kỉnh"), as the large archives do: the slip
                // "Hồng Lỉnh" is then read as a mistyped pair, not as a word written nowhere
                "Ông kể về những ngày dập cháy rừng thời còn là lính, đồ đạc lỉnh kỉnh.", "PV", date(2020, 6, 1),
                "Xã hội", List.of(),
                List.of()));
        return out;
    }

    /**
     * Council questioning sessions of "Hà Tĩnh", beside many titles with "tính chất" (nature): the pair "Tĩnh chất"
     * across two words reads as "tính chất" without diacritics, but "Hà Tĩnh" confirms that "Tĩnh" is meant.
     */
    static List<Article> councilQuestions() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(article(FIRST_COUNCIL_QUESTIONS + i, "Kỳ họp HĐND tỉnh Hà Tĩnh, phiên " + (i + 1),
                    "Đại biểu chất vấn giám đốc sở về đất đai và môi trường.",
                    "Tại Hà Tĩnh chất vấn diễn ra sôi nổi trong kỳ họp.", "PV", date(2022, 7, 1 + i), "Chính trị",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 24; i++) {
            out.add(article(NATURE_OF_THE_PROBLEM + i, "Tính chất phức tạp của vụ việc, phần " + (i + 1),
                    "Cơ quan điều tra làm rõ tính chất vụ việc.", "Tính chất nghiêm trọng của vụ việc được nêu rõ.",
                    "PV", date(2021, 8, 1 + i % 28), "Pháp luật", List.of(), List.of()));
        }
        out.add(article(NATURE_OF_THE_PROBLEM + 50, "Hà Nam làm rõ tính chất vấn đề môi trường",
                "Tỉnh Hà Nam công bố tính chất vấn đề ô nhiễm.", "Tỉnh nghe báo cáo.", "PV",
                date(2021, 9, 1), "Môi trường", List.of(), List.of()));
        for (int i = 0; i < 40; i++) {
            out.add(article(FIRST_ADMINISTRATION + i, "Cải cách hành chính ở cơ sở, bài " + (i + 1),
                    "Thủ tục hành chính được rút gọn cho người dân.", "Hành chính công phục vụ người dân tốt hơn.",
                    "PV", date(2023, 1, 1 + i % 28), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    /**
     * A foreign name the archive writes often ("HLV Park Hang-seo") and a rare word one letter away that the archive
     * has too, in another story ("Pak Beng", a town on the Mekong in Laos).
     */
    static List<Article> coachPark() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            out.add(article(FIRST_COACH_PARK + i, "HLV Park Hang-seo chốt danh sách đội tuyển, đợt " + (i + 1),
                    "HLV Park Hang-seo công bố danh sách cầu thủ tập trung.",
                    "Đội tuyển Việt Nam của HLV Park Hang-seo tập luyện tại Hà Nội."
                            + (i == 0 ? " Người hâm mộ viết tên ông liền một chữ: Hangseo." : ""), "PV", date(2019, 10, 1 + i),
                    "Thể thao", List.of(), List.of()));
        }
        out.add(article(PAK_BENG, "Tàu chở hàng mắc cạn gần Pak Beng", "Một tàu hàng mắc cạn trên sông Mê Kông ở Pak Beng.",
                "Thị trấn Pak Beng của Lào nằm bên sông Mê Kông.", "PV", date(2020, 2, 1), "Quốc tế", List.of(),
                List.of()));
        return out;
    }

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(GROUP_ON_TRIAL, "Nhóm côn đồ chém người phải hầu tòa",
                "Vụ án xảy ra ở thị trấn, nhóm đối tượng dùng dao tấn công người đi đường.",
                "Tòa án tỉnh đưa vụ án ra xét xử sơ thẩm.", "PV", date(2024, 2, 2), "Pháp luật", List.of(),
                List.of()));
        for (List<Article> group : List.of(vuNhom(), voKimCu(), xuanAndQuan(), hongLinh(), councilQuestions(),
                coachPark())) {
            articles.addAll(group);
        }
        return articles;
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aMistypedPairIsShownAsTheArchiveWritesItInTheCaseTyped() {
        // The search already reads the pair as meant; the suggestion tells the reader how it was read.
        SearchResult r = archive.search().search(SearchRequest.builder("cháy rừng núi Hồng Lỉnh").build());
        assertThat(ids(r)).isNotEmpty().allMatch(id -> id >= FIRST_HONG_LINH && id < FIRST_HONG_LINH + 100);
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().message()).isEqualTo("Có phải bạn muốn tìm: cháy rừng núi Hồng Lĩnh");
        assertThat(r.suggestion().kind()).isEqualTo(Suggestion.Kind.PAIR);
        assertThat(r.correctedQuery()).as("the results already read the pair as meant").isNull();

        assertThat(archive.search().search(SearchRequest.builder("chay rung hồng lỉnh").build()).suggestion().query())
                .isEqualTo("chay rung hồng lĩnh");
        assertThat(archive.search().search(SearchRequest.builder("Võ Kim Cụ").build()).suggestion().query())
                .isEqualTo("Võ Kim Cự");
    }

    @Test
    void aQuotedPairIsTakenLiterally() {
        SearchResult r = archive.search().search(SearchRequest.builder("\"Hồng Lỉnh\"").lenient(false).build());
        assertThat(r.total()).as("no article writes \"Hồng Lỉnh\"").isZero();
    }

    @Test
    void aPairTypedAsTheArchiveWritesItIsNotSuggested() {
        assertThat(archive.search().search(SearchRequest.builder("cháy rừng núi Hồng Lĩnh").build()).suggestion())
                .isNull();
        assertThat(archive.search().search(SearchRequest.builder("Hà Tĩnh chất vấn").build()).suggestion()).isNull();
    }

    @Test
    void aWordTypedWithDiacriticsKeepsThemBesideANameTypedWithout() {
        // "Vu" without its tilde also matches "vụ" (case); "nhôm" (aluminium) must not turn into "nhóm" (group)
        SearchResult r = archive.search().search(SearchRequest.builder("Vu nhôm hầu tòa").size(50).build());
        assertThat(ids(r)).isNotEmpty().doesNotContain(GROUP_ON_TRIAL)
                .allMatch(id -> id >= FIRST_VU_NHOM && id < FIRST_VU_NHOM + 100);
    }

    @Test
    void aWordTypedWithWrongDiacriticsBesideOneTypedWithoutIsStillFound() {
        // "Kim" needs no diacritics; "Cụ" is a real word, but the archive writes this pair only as "Kim Cự"
        SearchResult r = archive.search().search(SearchRequest.builder("Võ Kim Cụ").lenient(false).build());
        assertThat(ids(r)).hasSize(10).allMatch(id -> id >= FIRST_KIM_CU && id < FIRST_KIM_CU + 100);
    }

    @Test
    void aMisspelledSyllableIsCorrectedToTheCandidateTheNeighbouringWordsGoWithMost() {
        SearchResult r = archive.search().search(SearchRequest.builder("Trịnh Suân Thanh").build());
        assertThat(r.correctedQuery()).isEqualTo("Trịnh Xuân Thanh");
        assertThat(ids(r)).isNotEmpty().allMatch(id -> id >= FIRST_XUAN_THANH && id < FIRST_XUAN_THANH + 100);
    }

    @Test
    void twoWordsOfAMistypedPairAreMatchedNextToEachOther() {
        // "Lỉnh" for Lĩnh: matched without diacritics, but as the pair, not "lính" and "hồng" anywhere
        SearchResult r = archive.search().search(SearchRequest.builder("cháy rừng Hồng Lỉnh").size(50).lenient(false)
                .build());
        assertThat(ids(r)).hasSize(22).doesNotContain(SOLDIER_AND_ROSES)
                .allMatch(id -> id >= FIRST_HONG_LINH && id < FIRST_HONG_LINH + 100);
    }

    @Test
    void aWordItsOtherNeighbourConfirmsIsNotTakenForAMistypedOne() {
        // "Tĩnh chất" folds to "tính chất", but "Hà Tĩnh" is how the archive writes "Tĩnh"
        SearchResult r = archive.search().search(SearchRequest.builder("Hà Tĩnh chất vấn").size(50).lenient(false)
                .build());
        assertThat(ids(r)).hasSize(6)
                .allMatch(id -> id >= FIRST_COUNCIL_QUESTIONS && id < FIRST_COUNCIL_QUESTIONS + 100);
    }

    @Test
    void aRareWordNextToANeighbourItNeverGoesWithIsCorrectedToTheWordThatDoes() {
        // "pak" is in the archive (Pak Beng), so it is not unknown; but "HLV Pak" is never written, "HLV Park" often.
        // "Hang-seo" is indexed as "hang" and "seo", both known: not an unknown word to replace with "Hangseo".
        SearchResult r = archive.search().search(SearchRequest.builder("HLV Pak Hang-seo").build());
        assertThat(r.correctedQuery()).isEqualTo("HLV Park Hang-seo");
        assertThat(ids(r)).hasSize(10).allMatch(id -> id >= FIRST_COACH_PARK && id < FIRST_COACH_PARK + 100);
    }

    @Test
    void aRareWordItsNeighbourConfirmsIsKept() {
        SearchResult r = archive.search().search(SearchRequest.builder("Pak Beng").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(ids(r)).containsExactly(PAK_BENG);
    }

    @Test
    void anAbbreviationTypedInCapitalsIsNeverCorrected() {
        // "HĐND" is two edits from the frequent "hành"; a word typed in capitals is meant as typed
        SearchResult r = archive.search().search(SearchRequest.builder("HĐND kỳ họp").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.suggestion()).satisfiesAnyOf(s -> assertThat(s).isNull(),
                s -> assertThat(s.toString()).doesNotContain("Hành", "hành"));
        assertThat(ids(r)).contains(FIRST_COUNCIL_QUESTIONS);
    }
}
