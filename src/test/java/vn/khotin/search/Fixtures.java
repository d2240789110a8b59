package vn.khotin.search;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;

/** A small archive written for the tests (our own sentences, not corpus text). */
final class Fixtures {

    private Fixtures() {}

    static OffsetDateTime date(int y, int m, int d) {
        return OffsetDateTime.of(y, m, d, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    }

    static Article article(long id, String title, String sapo, String body, String author, OffsetDateTime published,
            String category, List<String> tags, List<Long> related) {
        return new Article(id, "https://baohatinh.vn/bai-" + id + "-post" + id + ".html", title, sapo, "Baohatinh.vn",
                List.of(body.split("\n")), List.of(new Article.Caption("Ảnh minh họa cho bài " + id, "", "")), author,
                published, null, category, List.of(category), tags, related, List.of(), ExtractionMethod.PROFILE);
    }

    /**
     * {@code count} articles about a cooking contest, ids from {@code firstId}: the rest of a small archive, sharing
     * no word with the queries of a test, so that the words a test is about stay rare and a handful of matches is
     * fewer than a page (a search relaxes).
     */
    static List<Article> unrelated(long firstId, int count) {
        List<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(article(firstId + i, "Hội thi nấu ăn ngon cấp xã, lần thứ " + (i + 1),
                    "Các đội thi trình bày món ăn truyền thống.", "Ban giám khảo chấm điểm các món ăn của từng đội.",
                    "PV", date(2021, 1 + i % 12, 3), "Đời sống", List.of(), List.of()));
        }
        return out;
    }

    static final String FLOOD_BODY = "Mưa lớn kéo dài nhiều ngày khiến nước sông Trí dâng cao, nhiều tuyến đường ở thị xã "
            + "Kỳ Anh bị ngập sâu. Lực lượng chức năng đã sơ tán hàng trăm hộ dân đến nơi an toàn.\n"
            + "Ông Nguyễn Văn Hùng, Chủ tịch UBND phường Sông Trí cho biết chính quyền đã chuẩn bị lương thực, "
            + "thuốc men và phương tiện cứu hộ để hỗ trợ người dân trong những ngày mưa lũ sắp tới.";

    static List<Article> articles() {
        return List.of(
                article(1001, "Thị xã Kỳ Anh chủ động ứng phó mưa lũ",
                        "Chính quyền thị xã Kỳ Anh triển khai nhiều biện pháp ứng phó với mưa lũ.", FLOOD_BODY,
                        "Lê Tuấn - Thành Chung", date(2024, 10, 15), "Xã hội", List.of("mưa lũ", "Kỳ Anh"), List.of(1003L)),
                // The same story republished under another ID with a light edit of the title.
                article(1002, "TX Kỳ Anh chủ động ứng phó mưa lũ",
                        "Chính quyền thị xã Kỳ Anh triển khai nhiều biện pháp ứng phó với mưa lũ.", FLOOD_BODY,
                        "Lê Tuấn", date(2024, 10, 16), "Xã hội", List.of("mưa lũ"), List.of()),
                article(1003, "Khu kinh tế Vũng Áng thu hút thêm dự án mới",
                        "KKT Vũng Áng tiếp tục là điểm sáng thu hút đầu tư của tỉnh Hà Tĩnh.",
                        "Trong năm nay, Khu kinh tế Vũng Áng đã thu hút thêm năm dự án với tổng vốn lớn. Các nhà "
                                + "đầu tư đánh giá cao hạ tầng cảng biển và nguồn nhân lực tại thị xã Kỳ Anh.\n"
                                + "Ban quản lý khu kinh tế tỉnh cho biết sẽ tiếp tục cải thiện môi trường đầu tư.",
                        "Thu Trang", date(2024, 11, 2), "Kinh tế", List.of("Vũng Áng", "đầu tư"), List.of(1001L)),
                article(1004, "Hà Tĩnh có thêm 7 sản phẩm OCOP 4 sao",
                        "Hội đồng đánh giá sản phẩm OCOP tỉnh Hà Tĩnh công nhận thêm 7 sản phẩm đạt 4 sao.",
                        "Các sản phẩm được công nhận gồm mật ong, nước mắm, cam Vũ Quang và một số đặc sản của huyện "
                                + "Hương Sơn. Ủy ban nhân dân tỉnh khuyến khích các chủ thể tiếp tục nâng hạng sản phẩm.",
                        "Thu Trang", date(2023, 3, 5), "Kinh tế", List.of("OCOP"), List.of()),
                article(1005, "Hạ thủy tàu cá mới ở Thạch Hà",
                        "Ngư dân huyện Thạch Hà hạ thủy tàu cá vỏ thép công suất lớn.",
                        "Chiếc tàu cá được đóng trong sáu tháng với sự hỗ trợ vốn vay của ngân hàng. Ngư dân kỳ vọng "
                                + "vươn khơi bám biển dài ngày, nâng cao thu nhập cho gia đình.",
                        "Ngân Giang - Anh Tấn", date(2022, 6, 20), "Kinh tế", List.of("ngư dân"), List.of()),
                article(1006, "Giải bóng đá thiếu niên thành phố Hà Tĩnh khai mạc",
                        "Giải bóng đá thiếu niên TP Hà Tĩnh năm nay có 16 đội tham gia.",
                        "Các trận đấu diễn ra tại sân vận động phường Thành Sen. Ban tổ chức kỳ vọng giải đấu góp "
                                + "phần phát hiện tài năng bóng đá trẻ cho tỉnh nhà.",
                        "PV", date(2025, 8, 1), "Thể thao", List.of("bóng đá"), List.of()),
                article(1007, "Hà Tĩnh hạ thủy và hà tiện trong chi tiêu công",
                        "Tỉnh yêu cầu các đơn vị tiết kiệm chi tiêu công, tránh lãng phí.",
                        "Các sở ngành được yêu cầu cắt giảm hội nghị và công tác phí không cần thiết trong năm.",
                        "PV", date(2025, 9, 3), "Chính trị", List.of(), List.of()));
    }

    static ArticleIndex index(Path dir) throws Exception {
        return index(dir, articles());
    }

    /** A bulk index of {@code articles} in {@code dir}, refreshed for searching. */
    static ArticleIndex index(Path dir, List<Article> articles) throws Exception {
        ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK);
        for (Article a : articles) {
            index.upsert(new IndexedArticle(a, null, null));
        }
        index.refresh();
        return index;
    }
}
