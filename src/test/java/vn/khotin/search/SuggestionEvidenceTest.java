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
 * "Có phải bạn muốn tìm …" offers only what the archive's own text supports: a correction that unmakes a phrase
 * articles write is not offered, a restored word no article writes beside its neighbours stays as typed, and the
 * province typed without diacritics is the province, whatever a rare neighbour suggests.
 */
class SuggestionEvidenceTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(SuggestionEvidenceTest::articles).withSuggestionsReady();

    static final long FIRST_POET = 7100;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        // "thi hào" (poet) only in bodies; "thi vào" (sit the exam for) in many titles and sapos.
        out.add(article(FIRST_POET, "Phim Kiều ra rạp", "Bộ phim chuyển thể từ tác phẩm kinh điển.",
                "Phim lấy cảm hứng từ Truyện Kiều của đại thi hào Nguyễn Du.", "PV", date(2021, 3, 1), "Văn hóa",
                List.of(), List.of()));
        out.add(article(FIRST_POET + 1, "Về thăm quê hương Tiên Điền", "Du khách đến khu di tích vào dịp lễ.",
                "Khu lưu niệm đại thi hào Nguyễn Du đón nhiều đoàn khách.", "PV", date(2021, 3, 2), "Văn hóa",
                List.of(), List.of()));
        for (int i = 0; i < 14; i++) {
            out.add(article(7200 + i, "Học sinh thi vào lớp 10 năm " + (2010 + i),
                    "Hơn một vạn thí sinh thi vào lớp 10 các trường công lập.",
                    "Thí sinh thi vào lớp 10 làm bài môn ngữ văn buổi sáng.", "PV", date(2010 + i, 6, 5),
                    "Giáo dục", List.of(), List.of()));
        }
        // "hào" a common syllable (tự hào, hào hứng), so that a slip could have made it.
        for (int i = 0; i < 50; i++) {
            out.add(article(7600 + i, "Người dân hào hứng đón xuân lần " + (i + 1),
                    "Bà con tự hào về quê hương.", "Không khí hào hứng lan khắp thôn xóm.", "PV",
                    date(2020, 1 + i % 12, 1 + i % 28), "Đời sống", List.of(), List.of()));
        }
        // The province in many articles, never right after "viên"; an actress named Hà Tình (the same syllables
        // folded) in two, after "diễn viên".
        for (int i = 0; i < 12; i++) {
            out.add(article(7300 + i, "Hà Tĩnh khen thưởng giáo viên giỏi đợt " + (i + 1),
                    "Tỉnh Hà Tĩnh trao bằng khen cho nhiều giáo viên dạy giỏi.",
                    "Ở Hà Tĩnh, ngành giáo dục tuyển thêm giáo viên.", "PV", date(2022, 1, 1 + i), "Giáo dục",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 2; i++) {
            out.add(article(7400 + i, "Phim truyền hình Trung Quốc chiếu lại phần " + (i + 1),
                    "Khán giả nhớ nữ diễn viên Hà Tình.", "Nữ diễn viên Hà Tình đóng vai chính.", "PV",
                    date(2022, 2, 1 + i), "Văn hóa", List.of(), List.of()));
        }
        // "tiếc" (regret) is a frequent word; "ma túy" (drugs) is written, but no article writes "tiệc ma túy".
        for (int i = 0; i < 6; i++) {
            out.add(article(7500 + i, "Triệt phá đường dây ma túy số " + (i + 1),
                    "Công an bắt giữ đối tượng tàng trữ ma túy, nhiều người dân tiếc cho tuổi trẻ của họ.",
                    "Đáng tiếc, đối tượng mới hai mươi tuổi. Rất tiếc là ma túy vẫn len lỏi.", "PV",
                    date(2022, 3, 1 + i), "Pháp luật", List.of(), List.of()));
        }
        return out;
    }

    private static Suggestion suggestionFor(String query) {
        return archive.search().search(SearchRequest.builder(query).build()).suggestion();
    }

    @Test
    void aPhraseArticlesWriteIsNotCorrectedIntoOneNoArticleWrites() {
        SearchResult r = archive.search().search(SearchRequest.builder("đại thi hào Nguyễn Du").build());

        assertThat(r.hits()).extracting(SearchHit::id).contains(FIRST_POET, FIRST_POET + 1);
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.suggestion()).as("\"thi vào Nguyễn Du\" is written nowhere").isNull();
    }

    @Test
    void aCorrectionIsCheckedAgainstThePhrasesArticlesWrite() throws Exception {
        vn.khotin.index.TextAnalysis analysis = vn.khotin.index.TextAnalysis.get();
        boolean poet = archive.index().withSearcher(s -> TypedPhrases.typedWrittenMore(s, analysis,
                "đại thi hào Nguyễn Du", "đại thi vào Nguyễn Du"));
        boolean exam = archive.index().withSearcher(s -> TypedPhrases.typedWrittenMore(s, analysis,
                "thí sinh thi hào lớp 10", "thí sinh thi vào lớp 10"));
        boolean folded = archive.index().withSearcher(s -> TypedPhrases.typedWrittenMore(s, analysis,
                "dai thi hao nguyen du", "dai thi vao nguyen du"));

        assertThat(poet).as("\"thi hào Nguyễn\" is written, \"thi vào Nguyễn\" is not").isTrue();
        assertThat(exam).as("\"thi vào lớp\" is written, \"thi hào lớp\" is not").isFalse();
        assertThat(folded).as("compared folded when typed without diacritics").isTrue();
    }

    @Test
    void theProvinceTypedWithoutDiacriticsIsRestoredAsTheProvince() {
        assertThat(suggestionFor("giao vien ha tinh")).isNotNull()
                .extracting(Suggestion::query).isEqualTo("giáo viên hà tĩnh");
        assertThat(suggestionFor("Giao vien Ha Tinh")).isNotNull()
                .extracting(Suggestion::query).isEqualTo("Giáo viên Hà Tĩnh");
    }

    @Test
    void aRestoredWordNoArticleWritesBesideItsNeighboursStaysAsTyped() {
        Suggestion s = suggestionFor("tiec ma tuy");

        assertThat(s).isNotNull();
        assertThat(s.query()).as(s.kind().toString()).isEqualTo("tiec ma túy");
    }
}
