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
 * A word of two syllables typed without diacritics beside accented words, whose first syllable needs none ("tham
 * nhung cán bộ"): its restoration changes one word, yet it is someone typing without diacritics, not a word as
 * typed. The new-user check on the 1,500-article demo found 72 articles for it, of "thăm", "nhưng" and "cán bộ"
 * anywhere (few articles have "tham nhũng" beside "cán bộ", so the search fell back to syllables), its first three
 * without "tham nhũng", and no accents offered; "tham nhũng cán bộ" found 8.
 */
class BarePairRestoredTest {

    static final long FIRST_STORY = 1000;
    static final int STORIES = 4;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(BarePairRestoredTest::articles).withSuggestionsReady();

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            out.add(article(FIRST_STORY + i, "Kỷ luật cán bộ tham nhũng đất đai, vụ " + (i + 1),
                    "Cán bộ xã tham nhũng tiền đền bù.", "Tỉnh xử lý nghiêm hành vi tham nhũng.", "PV",
                    date(2020, 1 + i, 5), "Pháp luật", List.of(), List.of()));
        }
        for (int i = 0; i < 12; i++) {
            out.add(article(2000 + i, "Phòng chống tham nhũng trong doanh nghiệp, kỳ " + (i + 1),
                    "Luật phòng chống tham nhũng có hiệu lực.", "Doanh nghiệp kê khai tài sản.", "PV",
                    date(2021, 1 + i % 12, 1 + i % 28), "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 40; i++) {
            out.add(article(3000 + i, "Lãnh đạo tỉnh thăm hỏi gia đình chính sách, đợt " + (i + 1),
                    "Đoàn cán bộ tỉnh đến thăm các gia đình.", "Trời mưa nhưng đoàn vẫn đến đúng hẹn.", "PV",
                    date(2022, 1 + i % 12, 1 + i % 28), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void theRestorationIsOffered() {
        SearchResult r = archive.search().search(SearchRequest.builder("tham nhung cán bộ").lenient(false).build());

        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("tham nhũng cán bộ");
        assertThat(r.suggestion().hits()).isEqualTo(STORIES);
    }

    @Test
    void itReplacesTheSyllablesAnywhere() {
        SearchResult r = archive.search().search(SearchRequest.builder("tham nhung cán bộ").build());

        assertThat(r.correctedQuery()).isEqualTo("tham nhũng cán bộ");
        assertThat(r.hits().subList(0, STORIES))
                .allMatch(h -> h.id() >= FIRST_STORY && h.id() < FIRST_STORY + STORIES);
    }

    @Test
    void aFilterNarrowsTheRestoredQueryInsteadOfReadingItAgain() {
        // the researchers' re-check: clicked into a category without the stories, the uncorrected query's syllables
        // anywhere were shown ("tham mưu", "nhưng"), since inside the filter the restoration found nothing
        SearchResult elsewhere = archive.search().search(SearchRequest.builder("tham nhung cán bộ")
                .filter(vn.khotin.index.ArticleSchema.CATEGORY, "Xã hội").build());
        SearchResult within = archive.search().search(SearchRequest.builder("tham nhung cán bộ")
                .filter(vn.khotin.index.ArticleSchema.CATEGORY, "Pháp luật").build());

        // read as on the whole archive: restored, then relaxed to most words (four articles have every word)
        assertThat(elsewhere.correctedQuery()).isEqualTo("tham nhũng cán bộ");
        assertThat(elsewhere.relaxed()).isTrue();
        assertThat(elsewhere.strictTotal()).isZero();
        assertThat(within.correctedQuery()).isEqualTo("tham nhũng cán bộ");
        assertThat(within.strictTotal()).isEqualTo(STORIES);
        assertThat(within.hits().subList(0, STORIES))
                .allMatch(h -> h.id() >= FIRST_STORY && h.id() < FIRST_STORY + STORIES);
    }
}
