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
 * When few articles have every word and the search relaxes, "every word" means every Vietnamese word: an article
 * that has each syllable of "phạm tuyển dụng" somewhere in its body ("phạm lỗi", "tuyển thêm", "vật dụng") does not
 * have the word "tuyển dụng" (recruitment) and does not jump ahead of a story about violations in teacher
 * recruitment that lacks only the place.
 */
class RelaxedWholeWordsTest {

    static final long ALL_WORDS = 1;
    static final long ALL_BUT_PLACE = 2;
    static final long SCATTERED = 3;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelaxedWholeWordsTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(ALL_WORDS, "Sai phạm trong tuyển dụng giáo viên ở Hà Tĩnh",
                "Thanh tra chỉ ra nhiều sai phạm khi tuyển dụng 214 giáo viên.",
                "Sở Nội vụ Hà Tĩnh công bố kết luận thanh tra việc tuyển dụng giáo viên.", "PV", date(2019, 8, 1),
                "Giáo dục", List.of(), List.of()));
        articles.add(article(ALL_BUT_PLACE, "Nhiều sai phạm trong tuyển dụng giáo viên hợp đồng",
                "Kết luận thanh tra nêu rõ sai phạm khi tuyển dụng giáo viên.",
                "Hội đồng tuyển dụng giáo viên của huyện bị kiểm điểm vì sai phạm.", "PV", date(2019, 9, 1),
                "Giáo dục", List.of(), List.of()));
        articles.add(article(SCATTERED, "Chuyện làng quê mùa gặt",
                "Mùa gặt năm nay đến sớm, cả làng ra đồng.",
                "Ông kể cậu con trai từng nói sai một câu rồi phạm lỗi với hàng xóm. Năm ấy làng tuyển thêm người gặt."
                        + "\nNhà nào cũng sửa sang vật dụng. Con gái ông là giáo viên ở Hà Tĩnh, về quê vào mùa gặt.",
                "PV", date(2019, 10, 1), "Đời sống", List.of(), List.of()));
        for (int i = 0; i < 12; i++) {
            articles.add(article(100 + i, "Hội giảng giáo viên dạy giỏi cấp huyện, đợt " + (i + 1),
                    "Các giáo viên trình bày tiết dạy mẫu.", "Ban giám khảo chấm tiết dạy của giáo viên các trường.",
                    "PV", date(2020, 1 + i, 3), "Giáo dục", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void anArticleWithEverySyllableButNotTheWordsDoesNotRankAsHavingEveryWord() {
        SearchResult r = archive.search().search(SearchRequest.builder("sai phạm tuyển dụng giáo viên Hà Tĩnh")
                .build());
        List<Long> ids = r.hits().stream().map(SearchHit::id).toList();

        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).as("articles with every word, ranked first; not the scattered syllables")
                .isEqualTo(1);
        assertThat(ids).startsWith(ALL_WORDS, ALL_BUT_PLACE);
    }

    @Test
    void typedWithoutDiacriticsTheWordsMustStillStandSideBySide() {
        SearchResult r = archive.search().search(SearchRequest.builder("sai pham tuyen dung giao vien ha tinh")
                .build());
        List<Long> ids = r.hits().stream().map(SearchHit::id).toList();

        assertThat(r.relaxed()).isTrue();
        assertThat(ids).startsWith(ALL_WORDS, ALL_BUT_PLACE);
    }
}
