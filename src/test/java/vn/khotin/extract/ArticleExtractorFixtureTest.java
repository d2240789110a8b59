package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article.Caption;
import vn.khotin.extract.ExtractionResult.Extracted;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * Field-level checks on hand-written pages (src/test/resources/vn/khotin/extract/pages), one per template
 * variant of the site reference (§0, §6.4, §6.5) plus redesigned pages for each fallback. Every field of the
 * record is compared at once, so nothing extra (furniture) and nothing missing passes.
 */
class ArticleExtractorFixtureTest {

    private static final String CDN = "https://cdn.baohatinh.vn/images/";
    private final ArticleExtractor extractor = new ArticleExtractor(Profiles.baohatinh());

    private Article article(String url, String resource) {
        ExtractionResult r = extractor.extract(Profiles.page(url, resource));
        assertThat(r).isInstanceOf(Extracted.class);
        return ((Extracted) r).article();
    }

    private static OffsetDateTime t(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    void currentTemplateDefaultVariant() {
        String url = "https://baohatinh.vn/khanh-thanh-cau-dan-sinh-noi-hai-bo-song-nghen-post306120.html";
        Article a = article(url.replace(".html", ".amp"), "current-default.html");
        String img = CDN + "5f3a9c0d1e2b4a6f8c7d9e0a1b2c3d4e/";
        assertThat(a).isEqualTo(new Article(306120, url,
                "Khánh thành cầu dân sinh nối hai bờ sông Nghèn",
                "Cây cầu dài 120 m do Nhân dân và các nhà hảo tâm cùng góp sức xây dựng đã chính thức đưa vào sử dụng.",
                "Baohatinh.vn",
                List.of("Sáng 20/2, chính quyền xã tổ chức lễ khánh thành cầu dân sinh bắc qua sông Nghèn, nối liền hai thôn vốn chỉ qua lại bằng đò.",
                        "Công trình có tổng kinh phí gần 6 tỷ đồng, trong đó Nhân dân đóng góp hơn 1,2 tỷ đồng và hàng trăm ngày công lao động.",
                        "Theo lãnh đạo xã, cầu được thiết kế cho xe tải nhẹ, giúp vận chuyển nông sản thuận lợi hơn trong mùa mưa lũ.",
                        "“Từ nay con cháu chúng tôi đi học không còn phải lụy đò nữa.”",
                        "Ông Nguyễn Văn Hòa, thôn Trung Lộc",
                        "Hạng mục | Kinh phí",
                        "Dầm cầu | 3,5 tỷ đồng",
                        "Dịp này, địa phương biểu dương 12 tập thể và cá nhân có nhiều đóng góp cho công trình."),
                List.of(new Caption("Người dân đi bộ qua cầu trong ngày khánh thành.", "Thành Chung", img + "h3-3428.jpg")),
                "Lê Tuấn - Thành Chung",
                t("2026-02-20T07:30+07:00"), t("2026-02-20T09:05+07:00"),
                "Xã hội", List.of("Xã hội"), List.of("cầu dân sinh", "xây dựng nông thôn mới"),
                List.of(305880L, 305990L, 250100L, 306001L),
                List.of(img + "lead-cau.jpg", img + "h3-3428.jpg"),
                ExtractionMethod.PROFILE));
    }

    @Test
    void currentTemplateWeekdayDateBylineInBodyAndImageAttributeVariants() {
        String url = "https://baohatinh.vn/nong-dan-thu-hoach-lac-vu-xuan-duoc-gia-post306200.html";
        Article a = article(url, "current-weekday.html");
        String img = CDN + "aa11bb22cc33dd44ee55ff6677889900/";
        assertThat(a).isEqualTo(new Article(306200, url,
                "Nông dân thu hoạch lạc vụ xuân được giá",
                "Năng suất lạc đạt khá, giá bán tại ruộng cao hơn năm trước nên nhiều hộ có lãi.",
                "Baohatinh.vn",
                List.of("Những ngày này, trên các cánh đồng ven biển, bà con tranh thủ nắng ráo để nhổ lạc, phơi khô.",
                        "Theo ngành nông nghiệp, năng suất bình quân ước đạt 25 tạ/ha; thương lái thu mua tại ruộng với giá 32.000 đồng/kg.",
                        "Diện tích gieo trồng: 1.200 ha",
                        "Sản lượng dự kiến: 3.000 tấn"),
                List.of(new Caption("Gia đình chị Hoa thu hoạch lạc", "Nguyễn Thanh Hải", img + "34-4155.jpg"),
                        new Caption("Lạc được phơi trên sân nhà văn hóa thôn.", "Đặng Thiện Chân",
                                "https://baohatinh.vn/images/uploaded/a1-4132.png"),
                        new Caption("Ảnh minh họa", "", img + "bqbht_br_img-4653.jpg")),
                "Ngân Giang - Anh Tấn",
                t("2026-03-06T15:42+07:00"), null,
                "Nông nghiệp", List.of("Kinh tế", "Nông nghiệp"), List.of(),
                List.of(306100L, 306150L, 248794L),
                List.of(img + "lac-1.jpg", img + "34-4155.jpg", "https://baohatinh.vn/images/uploaded/a1-4132.png",
                        img + "bqbht_br_img-4653.jpg"),
                ExtractionMethod.PROFILE));
    }

    @Test
    void currentTemplatePipeDateNormalizationAndAltLines() {
        String url = "https://baohatinh.vn/truong-hoc-vung-bien-don-hoc-sinh-tro-lai-post306300.html";
        Article a = article(url, "current-pipe.html");
        String img = CDN + "0011223344556677/";
        assertThat(a).isEqualTo(new Article(306300, url,
                "Trường học vùng biển đón học sinh trở lại",
                "Các trường học vùng biển khắc phục hậu quả mưa bão, sẵn sàng cho học sinh đi học.",
                "Baohatinh.vn",
                List.of("Sau đợt nghỉ vì mưa bão, các trường ven biển đã dọn dẹp xong lớp học và đón học sinh trở lại.",
                        "Nhiều giáo viên tình nguyện đến sớm để sắp xếp bàn ghế và kiểm tra thiết bị.",
                        "Video: Học sinh vùng biển trở lại trường",
                        "Các em học sinh rất phấn khởi khi được gặp lại thầy cô và bạn bè sau nhiều ngày xa trường."),
                List.of(new Caption("Học sinh vào lớp.", "Sỹ Ngọ", img + "truong-2.jpg")),
                "PV",
                t("2026-03-06T15:42+07:00"), null,
                "Xã hội", List.of("Xã hội"), List.of("giáo dục"),
                List.of(306250L),
                List.of(img + "truong-1.jpg", img + "truong-2.jpg"),
                ExtractionMethod.PROFILE));
        assertThat(a.body().get(0)).isEqualTo(java.text.Normalizer.normalize(a.body().get(0),
                java.text.Normalizer.Form.NFC));
    }

    @Test
    void oldHtmTemplateWithSeedPageFurniture() {
        String url = "http://baohatinh.vn/xa-hoi/huyen-mien-nui-hoan-thanh-pho-cap-boi-cho-hoc-sinh/180796.htm";
        Article a = article(url, "old-2019.htm");
        assertThat(a).isEqualTo(new Article(180796, url,
                "Huyện miền núi hoàn thành phổ cập bơi cho học sinh",
                "Sau ba tháng hè, hơn 2.000 học sinh tiểu học của huyện đã biết bơi, góp phần phòng tránh đuối nước...",
                "Baohatinh.vn",
                List.of("Chương trình do Phòng Giáo dục phối hợp với Huyện đoàn triển khai tại 15 bể bơi di động đặt ở các xã.",
                        "Mỗi lớp học kéo dài 10 buổi, học sinh được học miễn phí và được cấp áo phao.",
                        "Năm tới, huyện đặt mục tiêu mở rộng chương trình cho học sinh trung học cơ sở.",
                        "Kinh phí dự kiến do ngân sách huyện và xã hội hóa cùng đảm bảo."),
                List.of(new Caption("Các em được hướng dẫn kỹ năng nổi và thở dưới nước.", "",
                        "http://i.baohatinh.vn/news/1942/77d1141442t2084l3.jpg")),
                "Thu Trang",
                t("2019-10-17T06:05+07:00"), null,
                "Xã hội", List.of("Xã hội"), List.of(),
                List.of(175000L),
                List.of("http://i.baohatinh.vn/news/1942/77d1141441t2084l2.jpg",
                        "http://i.baohatinh.vn/news/1942/77d1141442t2084l3.jpg"),
                ExtractionMethod.PROFILE));
    }

    @Test
    void redesignFallsBackToJsonLd() {
        String url = "https://baohatinh.vn/le-hoi-cau-ngu-dau-xuan-o-lang-bien-post307000.html";
        Article a = article(url + "?utm_source=x", "redesign-jsonld.html");
        assertThat(a).isEqualTo(new Article(307000, url,
                "Lễ hội cầu ngư đầu xuân ở làng biển",
                "Ngư dân làng biển tổ chức lễ hội cầu ngư, cầu mong một năm trời yên biển lặng.",
                "Baohatinh.vn",
                List.of("Từ sáng sớm, hàng nghìn người dân và du khách đã đổ về bãi biển để xem rước kiệu.",
                        "Phần hội có đua thuyền, kéo co và các trò chơi dân gian.",
                        "Ban tổ chức cho biết lễ hội năm nay được tổ chức quy mô hơn mọi năm."),
                List.of(), "Hoài Nam - Minh Đức",
                t("2026-02-25T06:10+07:00"), t("2026-02-25T08:00+07:00"),
                "Văn hóa - Giải trí", List.of("Văn hóa - Giải trí"), List.of("lễ hội", "cầu ngư", "làng biển"),
                List.of(), List.of(CDN + "ffee/cau-ngu.jpg"),
                ExtractionMethod.JSON_LD));
    }

    @Test
    void redesignFallsBackToMetaWithHeuristicBody() {
        String url = "https://baohatinh.vn/hop-tac-xa-dua-san-pham-len-san-thuong-mai-dien-tu-post307001.html";
        Article a = article(url, "redesign-meta.html");
        assertThat(a).isEqualTo(new Article(307001, url,
                "Hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
                "Nhiều hợp tác xã đã mở gian hàng trực tuyến, tiêu thụ ổn định đặc sản địa phương.",
                "Baohatinh.vn",
                List.of("Hợp tác xã nước mắm ở xã ven biển hiện bán khoảng 30% sản lượng qua các sàn thương mại điện tử.",
                        "Giám đốc hợp tác xã cho biết, nhờ bán trực tuyến, đơn hàng đến từ nhiều tỉnh phía Nam, giá bán cũng ổn định hơn.",
                        "Ngành công thương tỉnh sẽ tiếp tục tổ chức các lớp tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã."),
                List.of(new Caption("Đóng chai nước mắm để giao cho khách.", "Hải Yến", CDN + "abcd/nuoc-mam.jpg")),
                "Hải Yến",
                t("2026-03-01T10:00+07:00"), null,
                "Kinh tế", List.of(), List.of("thương mại điện tử", "hợp tác xã"),
                List.of(306900L, 306800L),
                List.of(CDN + "abcd/htx-online.jpg", CDN + "abcd/nuoc-mam.jpg"),
                ExtractionMethod.META));
    }

    @Test
    void redesignWithoutStructuredDataFallsBackToHeuristic() {
        String url = "https://baohatinh.vn/mua-hoa-sen-no-ro-tren-dam-lang-post307002.html";
        Article a = article(url, "redesign-bare.html");
        assertThat(a).isEqualTo(new Article(307002, url,
                "Mùa hoa sen nở rộ trên đầm làng", "", "",
                List.of("Đầu tháng 6, đầm sen rộng gần 5 ha của làng bước vào mùa hoa đẹp nhất, thu hút nhiều người đến tham quan, chụp ảnh.",
                        "Người dân trong làng cho biết, ngoài bán hoa, họ còn thu hoạch hạt sen, ngó sen, mang lại nguồn thu đáng kể mỗi năm.",
                        "Chính quyền xã đang lập kế hoạch phát triển du lịch trải nghiệm gắn với đầm sen, kết hợp quảng bá sản phẩm địa phương."),
                List.of(), "Thu Hà",
                t("2026-06-07T08:15+07:00"), null,
                "", List.of(), List.of(), List.of(), List.of(),
                ExtractionMethod.HEURISTIC));
    }

    @Test
    void nonArticlesAreRecognizedByKind() {
        assertThat(extractor.extract(Profiles.page("https://baohatinh.vn/lens-bao-ha-tinh-tag146757.html", "tag-page.html")))
                .isEqualTo(new NotArticle("tag", "no article ID in https://baohatinh.vn/lens-bao-ha-tinh-tag146757.html"));
        assertThat(kind("https://baohatinh.vn/xa-hoi/", "tag-page.html")).isEqualTo("listing");
        assertThat(kind("https://baohatinh.vn/", "tag-page.html")).isEqualTo("listing");
        assertThat(kind("https://baohatinh.vn/tin-moi.html", "tag-page.html")).isEqualTo("listing");
        assertThat(kind("https://baohatinh.vn/chu-de/san-pham-ocop-ha-tinh-785.html", "tag-page.html")).isEqualTo("topic");
        assertThat(kind("https://baohatinh.vn/topic/danh-bat-nuoi-trong-thuy-hai-san/432/", "tag-page.html")).isEqualTo("topic");
        assertThat(kind("https://baohatinh.vn/tag/nang-nong-dien-rong/", "tag-page.html")).isEqualTo("tag");
        assertThat(kind("https://baohatinh.vn/cong-cu/gia-xang-dau/ron95", "tag-page.html")).isEqualTo("tool");
        assertThat(kind("https://baohatinh.vn/tv/xuan-que-huong-tham-nong-cau-vi-giam-31120.html", "tag-page.html")).isEqualTo("tv");
        assertThat(kind("https://baohatinh.vn/video/chinh-tri/ha-tinh-phat-trien-do-thi-xanh-van-minh-hien-dai/161718.htm",
                "video-empty.htm")).isEqualTo("video");
    }

    private String kind(String url, String resource) {
        ExtractionResult r = extractor.extract(Profiles.page(url, resource));
        assertThat(r).isInstanceOf(NotArticle.class);
        return ((NotArticle) r).kind();
    }
}
