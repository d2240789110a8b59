package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.model.Article;

/** A draft pasted from the CMS as HTML is read as its text; a plain draft is read exactly as typed. */
class DraftTextTest {

    @TempDir
    Path dir;

    @Test
    void htmlIsReducedToItsTextWithParagraphsKept() {
        assertThat(DraftText.plain("<h1>Kỳ Anh sơ tán dân</h1><p>Mưa lớn&nbsp;kéo dài\n  nhiều ngày.</p>"
                + "<p>Lương thực &amp; thuốc men<br>đã sẵn sàng.</p><script>track('x')</script><style>p{color:red}</style>"))
                .isEqualTo("Kỳ Anh sơ tán dân\nMưa lớn kéo dài nhiều ngày.\nLương thực & thuốc men\nđã sẵn sàng.");
        assertThat(DraftText.plain("<div><ul><li>Một</li><li>Hai</li></ul></div>")).isEqualTo("Một\nHai");
        assertThat(DraftText.plain("Mở đầu <b>đậm</b> và <i>nghiêng</i>")).isEqualTo("Mở đầu đậm và nghiêng");
    }

    @Test
    void plainTextWithAngleBracketsIsLeftAsItIs() {
        for (String s : List.of("a < b", "Giá <3 tỷ đồng, lãi suất > 5%", "x<y và y>z", "Dòng 1\n\nDòng 2  ",
                "Dùng <Enter> để xuống dòng", "&amp; không phải thẻ")) {
            assertThat(DraftText.plain(s)).as(s).isEqualTo(s);
        }
        assertThat(DraftText.plain(null)).isEmpty();
    }

    @Test
    void aPastedHtmlDraftFindsWhatItsTextFindsAndNeverItsTagNames() throws Exception {
        long sport = 3101;
        List<Article> archive = new ArrayList<>(RelatedStoriesTest.articles());
        archive.add(article(sport, "Real Madrid thắng Sevilla (2-0, H1)", "Kết thúc H1, Real dẫn Sevilla 2-0.",
                "Sau H1 đội khách chơi lấn lướt, nhưng Real giữ vững tỷ số.", "PV", date(2024, 10, 16), "Thể thao",
                List.of(), List.of()));
        String title = "Người dân Kỳ Hoa trở về nhà sau lũ";
        String text = "Nước lũ đã rút, hơn 300 hộ dân xã Kỳ Hoa, thị xã Kỳ Anh được sơ tán đã trở về dọn dẹp nhà cửa.\n"
                + "Chính quyền hỗ trợ lương thực & thuốc men.";
        try (ArticleIndex index = Fixtures.index(dir, archive)) {
            RelatedStories related = new RelatedStories(index);
            RelatedResult plain = related.forDraft(title, text, null, 5);
            RelatedResult html = related.forDraft("<h1>" + title + "</h1>",
                    "<p>Nước lũ đã rút,&nbsp;hơn 300 hộ dân xã Kỳ Hoa, thị xã Kỳ Anh được sơ tán đã trở về dọn dẹp "
                            + "nhà cửa.</p><p>Chính quyền hỗ trợ lương thực &amp; thuốc men.</p>"
                            + "<script>track('bien-tap')</script>", null, 5);
            assertThat(plain.stories()).isNotEmpty();
            assertThat(html.stories()).extracting(RelatedStory::id)
                    .doesNotContain(sport)
                    .containsExactlyElementsOf(plain.stories().stream().map(RelatedStory::id).toList());
            assertThat(html.stories()).extracting(RelatedStory::reason)
                    .containsExactlyElementsOf(plain.stories().stream().map(RelatedStory::reason).toList());
        }
    }
}
