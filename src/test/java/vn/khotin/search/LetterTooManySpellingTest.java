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
 * A word typed with a letter too many ("Phương Ngaa") is corrected to the word without it ("Nga") when the words
 * beside it go with that: the spelling checker had offered only words of the same length or longer, and the query
 * was corrected to "hoa hậu Phương Ngay".
 */
class LetterTooManySpellingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(LetterTooManySpellingTest::articles);

    static final long FIRST_NGA = 100;
    static final int NGA = 8;

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 40));
        for (int i = 0; i < NGA; i++) {
            out.add(article(FIRST_NGA + i, "Hoa hậu Phương Nga hầu tòa, phiên " + (i + 1),
                    "Phiên tòa xét xử Phương Nga tiếp tục.", "Luật sư của Phương Nga trình bày.", "PV",
                    date(2017, 8, 1 + i), "Pháp luật", List.of(), List.of()));
        }
        // words one letter from "ngaa", each of its length: the spelling checker keeps 20 neighbours, ranking a
        // shorter word ("nga") below every one of them
        out.add(article(500, "Ghi chép vùng cao", "Những cái tên lạ tai.",
                "ngày ngàn ngai ngắm ngập ngựa ngát ngạc ngao ngẫu ngoa NOAA Naga Ngala Ngara Ngawa Ngada Ngaap "
                        + "Ndaa Ngad Ngaan Ngaau",
                "PV", date(2019, 1, 2), "Xã hội", List.of(), List.of()));
        return out;
    }

    @Test
    void aLetterTooManyIsDropped() {
        SearchResult r = archive.search().search(SearchRequest.builder("hoa hậu Phương Ngaa").build());
        assertThat(r.correctedQuery()).isEqualTo("hoa hậu Phương Nga");
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.id() >= FIRST_NGA && h.id() < FIRST_NGA + NGA);
    }
}
