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
 * A road is written three ways, "QL8A" (one term), "QL 8A" and "Quốc lộ 8A"; researchers type any of them and
 * expect the road's stories, not articles with "quốc lộ" in one place and "8A" (a class) in another.
 */
class RoadNumbersTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RoadNumbersTest::articles);

    static final long JOINED = 8000;
    static final long SPACED = 8001;
    static final long FULL = 8002;
    static final long CLASS_8A = 8003;
    static final long ROAD_12A = 8004;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        out.add(article(JOINED, "Xe đầu kéo đâm thành cầu, QL8A ùn tắc cục bộ",
                "Một xe đầu kéo mất lái trên QL8A đoạn qua Hương Sơn.", "Giao thông qua cầu bị ùn tắc hai giờ.", "PV",
                date(2019, 3, 1), "Giao thông", List.of(), List.of()));
        out.add(article(SPACED, "Sạt lở đá trên QL 8A gần cửa khẩu Cầu Treo",
                "Hàng trăm khối đá chắn ngang QL 8A.", "Lực lượng chức năng đã thông tuyến.", "PV", date(2019, 4, 1),
                "Giao thông", List.of(), List.of()));
        out.add(article(FULL, "Xe khách bốc cháy trên Quốc lộ 8A",
                "Xe giường nằm bốc cháy khi đang chạy trên Quốc lộ 8A ở Hương Sơn.", "Hành khách thoát ra an toàn.",
                "PV", date(2019, 5, 1), "Giao thông", List.of(), List.of()));
        out.add(article(CLASS_8A, "Học sinh lớp 8A đi học an toàn trên quốc lộ",
                "Nhà trường dạy học sinh lớp 8A luật giao thông khi đi trên quốc lộ 1A.", "Các em đội mũ bảo hiểm.",
                "PV", date(2019, 6, 1), "Giáo dục", List.of(), List.of()));
        out.add(article(ROAD_12A, "Mở rộng QL12A qua Quảng Bình", "Dự án mở rộng QL12A khởi công.",
                "Tuyến đường dài 40 km.", "PV", date(2019, 7, 1), "Giao thông", List.of(), List.of()));
        return out;
    }

    @Test
    void aRoadTypedAsKindAndNumberFindsItWrittenInOnePieceSpacedOrInFull() {
        assertThat(ids("quốc lộ 8A")).containsExactlyInAnyOrder(JOINED, SPACED, FULL);
        assertThat(ids("ql 8a")).containsExactlyInAnyOrder(JOINED, SPACED, FULL);
    }

    @Test
    void aRoadTypedInOnePieceFindsItWrittenInFull() {
        assertThat(ids("QL8A")).containsExactlyInAnyOrder(JOINED, SPACED, FULL);
        assertThat(ids("QL12A")).containsExactly(ROAD_12A);
    }

    @Test
    void aQuotedRoadIsFoundInEachWayItIsWritten() {
        assertThat(ids("\"quốc lộ 8A\"")).containsExactlyInAnyOrder(JOINED, SPACED, FULL);
        assertThat(ids("\"QL8A\"")).containsExactlyInAnyOrder(JOINED, SPACED, FULL);
    }

    private static List<Long> ids(String query) {
        return archive.search().search(SearchRequest.builder(query).lenient(false).size(50).build()).hits().stream()
                .map(SearchHit::id).toList();
    }
}
