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
 * "tại sao" is a word of the lexicon, "vì sao" two words: both only ask the question. Required whole, "tại sao giá
 * xăng tăng" found none of the articles that answer it (every one read as having the words apart), while "vì sao
 * giá xăng tăng" found them all.
 */
class QuestionWordsWholeTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(QuestionWordsWholeTest::articles);

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(1000 + i, "Giá xăng tăng lần thứ " + (i + 1) + " trong năm",
                    "Liên bộ Công Thương - Tài chính điều chỉnh giá xăng tăng từ chiều nay.",
                    "Giá dầu thế giới đi lên kéo theo giá xăng trong nước.", "PV", date(2022, 1 + i, 3), "Kinh tế",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 20; i++) {
            articles.add(article(2000 + i, "Tại sao trẻ em cần ngủ đủ giấc, kỳ " + (i + 1),
                    "Chuyên gia giải thích tại sao giấc ngủ quan trọng.", "Trẻ ngủ đủ giấc sẽ phát triển tốt.", "PV",
                    date(2023, 1 + i % 12, 5), "Sức khỏe", List.of(), List.of()));
        }
        return articles;
    }

    @Test
    void aQuestionAskedWithTaiSaoFindsWhatVìSaoFinds() {
        SearchResult why = archive.search().search(SearchRequest.builder("vì sao giá xăng tăng").build());
        SearchResult whyLexicon = archive.search().search(SearchRequest.builder("tại sao giá xăng tăng").build());
        SearchResult bare = archive.search().search(SearchRequest.builder("tai sao gia xang tang").build());

        assertThat(why.strictTotal()).isEqualTo(12);
        assertThat(whyLexicon.strictTotal()).isEqualTo(12);
        assertThat(whyLexicon.syllablesApart()).isFalse();
        assertThat(whyLexicon.hits()).extracting(SearchHit::id).allMatch(id -> id < 2000);
        assertThat(bare.strictTotal()).isEqualTo(12);
    }
}
