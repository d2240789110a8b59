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
 * Sound-alike slips that make real words (s for x, l for n …), caught even where counting hits does not tell:
 * "sử lý vi phạm" finds plenty (each word is common), and "tai lạn" is a slip the archive itself makes a few times.
 */
class SoundAlikeSlipTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SoundAlikeSlipTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(article(1000 + i, "Xử lý vi phạm trật tự đô thị, đợt " + (i + 1),
                    "Lực lượng chức năng xử lý vi phạm lấn chiếm vỉa hè.", "Nhiều trường hợp bị xử lý.", "PV",
                    date(2019, 1 + i % 12, 1 + i % 28), "Thời sự", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            out.add(article(2000 + i, "Lịch sử địa phương trong trường học, bài " + (i + 1),
                    "Giáo viên quản lý lớp học tốt.", "Học sinh vi phạm nội quy được nhắc nhở.", "PV",
                    date(2020, 1 + i % 12, 2), "Giáo dục", List.of(), List.of()));
        }
        for (int i = 0; i < 320; i++) {
            out.add(article(3000 + i, "Tai nạn giao thông trên quốc lộ 1A, vụ " + (i + 1),
                    "Tai nạn giao thông làm một người bị thương.", "Công an điều tra vụ tai nạn.", "PV",
                    date(2021, 1 + i % 12, 1 + i % 28), "Giao thông", List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            out.add(article(4000 + i, "Tai lạn giao thông ở ngã tư, vụ " + (i + 1),
                    "Một xe máy va chạm xe tải.", "Người lái bị thương nhẹ.", "PV",
                    date(2022, 1 + i, 5), "Giao thông", List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            out.add(article(5000 + i, "Tin đồn truyền tai nhau trên mạng, số " + (i + 1),
                    "Người dân truyền tai nhau tin thất thiệt.", "Cơ quan chức năng xác minh.", "PV",
                    date(2023, 1 + i % 12, 7), "Xã hội", List.of(), List.of()));
        }
        for (int i = 0; i < 300; i++) {
            out.add(article(6000 + i, "Đường dây truyền tải điện 500 kV, đoạn " + (i + 1),
                    "Công trình truyền tải điện vượt tiến độ.", "Ngành điện hoàn thành truyền tải.", "PV",
                    date(2024, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSlipFoundInPlentyOfArticlesIsOfferedItsSoundAlike() {
        SearchResult typed = archive.search().search(SearchRequest.builder("sử lý vi phạm").lenient(false).build());

        assertThat(typed.total()).as("each word is common, the words apart").isGreaterThanOrEqualTo(40);
        assertThat(typed.suggestion()).isNotNull();
        assertThat(typed.suggestion().query()).isEqualTo("xử lý vi phạm");
    }

    @Test
    void andCorrectedWhenTheTypedPairIsWrittenNowhere() {
        // "sử lý" stands in no article, "xử lý" in many (SlipBesideNeighbourTest)
        SearchResult r = archive.search().search(SearchRequest.builder("sử lý vi phạm").build());

        assertThat(r.correctedQuery()).isEqualTo("xử lý vi phạm");
        assertThat(r.typedQuery()).isEqualTo("sử lý vi phạm");
    }

    @Test
    void aSlipTheArchiveWritesAFewTimesIsCorrectedToTheFormItWritesFarMore() {
        SearchResult typed = archive.search().search(SearchRequest.builder("tai lạn giao thông").build());

        String offered = typed.suggestion() != null ? typed.suggestion().query() : typed.correctedQuery();
        assertThat(offered).isEqualTo("tai nạn giao thông");
    }

    @Test
    void aPairTheArchiveWritesOftenEnoughIsLeftAlone() {
        // "truyền tai nhau" (to pass by word of mouth) in 20 titles, "truyền tải" in 300: not far more
        SearchResult typed = archive.search().search(SearchRequest.builder("truyền tai nhau").build());

        assertThat(typed.suggestion()).isNull();
        assertThat(typed.correctedQuery()).isNull();
    }
}
